export interface RateLimiterOptions {
  /** Messages a conversation may send in a burst. */
  capacity: number;
  /** ...and how long it takes to earn them all back (a token bucket refilled evenly). */
  windowMs: number;
  now?: () => number;
  /** Buckets kept at most; the longest-idle are forgotten first. */
  maxKeys?: number;
}

export type RateDecision = 'allowed' | 'limited-first' | 'limited';

/** A token bucket per conversation, in this process. */
export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number; warned: boolean }>();
  private readonly now: () => number;

  constructor(private readonly options: RateLimiterOptions) {
    this.now = options.now ?? Date.now;
  }

  /** Takes a token; the first refusal of a flood is told apart so the user is told once, not once per message. */
  take(key: string): RateDecision {
    const now = this.now();
    const { capacity, windowMs, maxKeys = 10_000 } = this.options;
    const bucket = this.buckets.get(key) ?? { tokens: capacity, at: now, warned: false };
    bucket.tokens = Math.min(capacity, bucket.tokens + ((now - bucket.at) * capacity) / windowMs);
    bucket.at = now;
    this.buckets.delete(key);
    this.buckets.set(key, bucket);
    this.forgetIdle(now, windowMs, maxKeys);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      bucket.warned = false;
      return 'allowed';
    }
    if (bucket.warned) return 'limited';
    bucket.warned = true;
    return 'limited-first';
  }

  get size(): number {
    return this.buckets.size;
  }

  /**
   * Buckets are kept least recently used first. One idle for a whole window has earned all its tokens back, so it
   * is the same as no bucket and is dropped: memory follows the conversations active in the last window, not all
   * conversations ever seen. maxKeys bounds it even under a flood of new conversations.
   */
  private forgetIdle(now: number, windowMs: number, maxKeys: number): void {
    for (const [key, bucket] of this.buckets) {
      if (this.buckets.size <= maxKeys && now - bucket.at < windowMs) break;
      this.buckets.delete(key);
    }
  }
}
