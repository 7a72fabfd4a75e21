import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ChannelRequestError, ReplyPoster } from '../../src/adapter/replyPoster';

/** A channel whose answers are scripted: each request takes the next [status, headers] (the last one repeats). */
function scriptedChannel(answers: Array<[number, Record<string, string>?]>) {
  let server: Server;
  const seen: string[] = [];
  return {
    seen,
    url: () => `http://127.0.0.1:${(server.address() as AddressInfo).port}/v3/conversations/c1/activities/a1`,
    start: () =>
      new Promise<void>((resolve) => {
        server = createServer((req, res) => {
          let body = '';
          req.on('data', (chunk: Buffer) => (body += chunk));
          req.on('end', () => {
            seen.push(body);
            const [status, headers = {}] = answers[Math.min(seen.length - 1, answers.length - 1)];
            res.writeHead(status, { 'content-type': 'application/json', ...headers });
            res.end(status < 300 ? '{"id":"reply-1"}' : '{"error":{"code":"x"}}');
          });
        });
        server.listen(0, '127.0.0.1', resolve);
      }),
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Runs a check against a scripted channel that is started before and stopped after it. */
async function withChannel(
  answers: Array<[number, Record<string, string>?]>,
  check: (channel: ReturnType<typeof scriptedChannel>) => Promise<void>,
): Promise<void> {
  const channel = scriptedChannel(answers);
  await channel.start();
  try {
    await check(channel);
  } finally {
    await channel.stop();
  }
}

describe('posting a reply to the channel', () => {
  const poster = new ReplyPoster({ retries: 2, firstRetryDelayMs: 5 });
  afterAll(() => poster.close());

  test('throttled (429 with Retry-After): tried again after the wait, and delivered once', () =>
    withChannel([[429, { 'retry-after': '0' }], [200]], async (channel) => {
      await expect(poster.postJson(channel.url(), { type: 'message', text: 'hi' })).resolves.toEqual({ id: 'reply-1' });
      expect(channel.seen).toEqual(['{"type":"message","text":"hi"}', '{"type":"message","text":"hi"}']);
    }));

  test('still unavailable (503) after the retries: fails with the status, having tried 1 + retries times', () =>
    withChannel([[503]], async (channel) => {
      const failure = poster.postJson(channel.url(), { type: 'message' });
      await expect(failure).rejects.toBeInstanceOf(ChannelRequestError);
      await expect(failure).rejects.toMatchObject({ statusCode: 503 });
      expect(channel.seen).toHaveLength(3);
    }));

  test('refused (400): fails at once, not retried', () =>
    withChannel([[400]], async (channel) => {
      await expect(poster.postJson(channel.url(), { type: 'message' })).rejects.toMatchObject({ statusCode: 400 });
      expect(channel.seen).toHaveLength(1);
    }));

  test('the signed Authorization header goes with the reply when there is one', async () => {
    let authorization: string | undefined;
    const server = createServer((req, res) => {
      authorization = req.headers.authorization;
      req.resume();
      req.on('end', () => res.end('{"id":"r"}'));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      await poster.postJson(
        `http://127.0.0.1:${(server.address() as AddressInfo).port}/v3/conversations/c/activities`,
        {},
        'Bearer abc',
      );
      expect(authorization).toBe('Bearer abc');
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});
