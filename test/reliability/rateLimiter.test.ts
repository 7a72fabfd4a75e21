import { RateLimiter } from '../../src/reliability/rateLimiter';

function limiter(maxKeys?: number) {
  let now = 0;
  const rateLimiter = new RateLimiter({ capacity: 3, windowMs: 60_000, maxKeys, now: () => now });
  return { rateLimiter, advance: (ms: number) => (now += ms) };
}

describe('rate limiter per conversation', () => {
  test('a burst over capacity is refused, told once, then let through again as tokens come back', () => {
    const { rateLimiter, advance } = limiter();
    expect(['a', 'a', 'a', 'a', 'a'].map((key) => rateLimiter.take(key))).toEqual([
      'allowed',
      'allowed',
      'allowed',
      'limited-first',
      'limited',
    ]);
    advance(20_000);
    expect(rateLimiter.take('a')).toBe('allowed');
  });

  test('conversations idle for a whole window are forgotten, so memory follows the active ones only', () => {
    const { rateLimiter, advance } = limiter();
    for (let i = 0; i < 1000; i++) rateLimiter.take(`old-${i}`);
    advance(60_000);
    rateLimiter.take('new');
    expect(rateLimiter.size).toBe(1);
    // A forgotten conversation starts again with a full bucket.
    expect(rateLimiter.take('old-1')).toBe('allowed');
  });

  test('a flood of new conversations within one window keeps at most maxKeys buckets', () => {
    const { rateLimiter } = limiter(100);
    for (let i = 0; i < 1000; i++) rateLimiter.take(`c-${i}`);
    expect(rateLimiter.size).toBe(100);
  });
});
