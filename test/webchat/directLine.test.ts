import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { t } from '../../src/i18n/catalog';
import { webChatBundlePath } from '../../src/webchat/routes';
import { TokenSigner } from '../../src/webchat/tokens';
import { startBot, type RunningBot } from '../support/emulator';

interface Grant {
  conversationId: string;
  token: string;
  expires_in: number;
}
interface Activity {
  type: string;
  id: string;
  timestamp: string;
  text?: string;
  from: { id: string; role?: string };
  replyToId?: string;
  channelData?: { clientActivityID?: string };
  attachments?: unknown[];
}

/** A Direct Line 3.0 client, as Web Chat uses it with webSocket: false. */
class DirectLineClient {
  constructor(
    private readonly base: string,
    readonly grant: Grant,
  ) {}

  static async start(botUrl: string, locale = 'en-US'): Promise<DirectLineClient> {
    const response = await fetch(`${botUrl}/v3/directline/conversations`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ locale }),
    });
    expect(response.status).toBe(201);
    return new DirectLineClient(`${botUrl}/v3/directline`, (await response.json()) as Grant);
  }

  request(path: string, init: RequestInit = {}, token = this.grant.token): Promise<Response> {
    return fetch(`${this.base}${path}`, {
      ...init,
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, ...init.headers },
    });
  }

  send(text: string, clientActivityID: string, conversationId = this.grant.conversationId): Promise<Response> {
    return this.request(`/conversations/${conversationId}/activities`, {
      method: 'POST',
      body: JSON.stringify({
        type: 'message',
        text,
        locale: 'en-US',
        from: { id: 'someone-else', role: 'user' },
        channelData: { clientActivityID },
      }),
    });
  }

  async read(watermark = ''): Promise<{ activities: Activity[]; watermark: string }> {
    const response = await this.request(
      `/conversations/${this.grant.conversationId}/activities?watermark=${watermark}`,
    );
    expect(response.status).toBe(200);
    return (await response.json()) as { activities: Activity[]; watermark: string };
  }

  /** Polls (as Web Chat does) until `done` holds for all activities so far; bounded. */
  async until(done: (activities: Activity[]) => boolean, timeoutMs = 10_000): Promise<Activity[]> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const { activities } = await this.read();
      if (done(activities)) return activities;
      if (Date.now() > deadline)
        throw new Error(`timed out; activities so far: ${JSON.stringify(activities.map((a) => a.text ?? a.type))}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

const bySomeone = (role: string) => (a: Activity) => a.from.role === role;

describe('the local Direct Line 3.0 endpoint (no cloud account)', () => {
  let bot: RunningBot;
  beforeAll(async () => {
    bot = await startBot({ LOG_LEVEL: 'silent' });
  });
  afterAll(async () => {
    await bot.close();
  });

  test('a new conversation is greeted by the bot in the language it started with', async () => {
    const client = await DirectLineClient.start(bot.url, 'ja-JP');
    expect(client.grant).toEqual({
      conversationId: expect.any(String),
      token: expect.any(String),
      expires_in: 1800,
      userId: expect.stringMatching(/^u_/),
    });
    const activities = await client.until((list) => list.some(bySomeone('bot')));
    expect(activities[0].text).toBe(t('ja', 'welcome'));
  });

  test("the user's activity is echoed with its id and clientActivityID, then the bot answers it; ids unique, timestamps increasing", async () => {
    const client = await DirectLineClient.start(bot.url);
    await client.until((list) => list.length >= 1);
    const posted = await client.send('hello', 'client-1');
    expect(posted.status).toBe(200);
    const { id } = (await posted.json()) as { id: string };

    const activities = await client.until((list) => list.some((a) => a.replyToId === id));
    const echo = activities.find((a) => a.id === id)!;
    expect(echo).toMatchObject({ type: 'message', text: 'hello', channelData: { clientActivityID: 'client-1' } });
    // The user is who the token says, not who the activity claims to be.
    expect(echo.from.id).toBe((client.grant as Grant & { userId: string }).userId);
    expect(activities.find((a) => a.replyToId === id)?.text).toBe(t('en', 'askDescription'));

    const ids = activities.map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
    const times = activities.map((a) => Date.parse(a.timestamp));
    times.slice(1).forEach((time, i) => expect(time).toBeGreaterThan(times[i]));
  });

  test('the watermark returns only what is new; reconnecting gives a fresh token and watermark 0 replays the history', async () => {
    const client = await DirectLineClient.start(bot.url);
    await client.until((list) => list.length >= 1);
    const first = await client.read();
    expect((await client.read(first.watermark)).activities).toEqual([]);

    await client.send('hello', 'client-2');
    await client.until((list) => list.length >= 3);
    const reconnect = await client.request(`/conversations/${client.grant.conversationId}?watermark=`);
    expect(reconnect.status).toBe(200);
    const renewed = (await reconnect.json()) as Grant;
    expect(renewed.conversationId).toBe(client.grant.conversationId);
    expect(renewed.token).not.toBe(client.grant.token);

    const again = new DirectLineClient(`${bot.url}/v3/directline`, renewed);
    const history = await again.read('0');
    expect(history.activities.map((a) => a.text)).toEqual([t('en', 'welcome'), 'hello', t('en', 'askDescription')]);

    const refreshed = await client.request('/tokens/refresh', { method: 'POST' });
    expect(refreshed.status).toBe(200);
    expect(((await refreshed.json()) as Grant).conversationId).toBe(client.grant.conversationId);
  });

  test('a token reads and writes its own conversation only', async () => {
    const alice = await DirectLineClient.start(bot.url);
    const bob = await DirectLineClient.start(bot.url);
    const bobs = bob.grant.conversationId;

    expect((await alice.request(`/conversations/${bobs}/activities?watermark=`)).status).toBe(403);
    expect((await alice.send('let me in', 'x', bobs)).status).toBe(403);
    expect((await alice.request(`/conversations/${bobs}?watermark=`)).status).toBe(403);

    for (const token of [
      '',
      'not-a-token',
      `${bob.grant.token}x`,
      bob.grant.token.replace(
        /^[^.]+/,
        Buffer.from(JSON.stringify({ c: alice.grant.conversationId })).toString('base64url'),
      ),
    ]) {
      expect((await bob.request(`/conversations/${bobs}/activities?watermark=`, {}, token)).status).toBe(403);
    }
    expect((await bob.request(`/conversations/${bobs}/activities?watermark=`)).status).toBe(200);
    expect((await alice.request('/tokens/refresh', { method: 'POST' }, 'forged')).status).toBe(403);
  });

  test('nothing but the bot can add to a conversation through the reply route', async () => {
    const client = await DirectLineClient.start(bot.url);
    const forged = await fetch(
      `${bot.url}/directline/bot/guessed-key/v3/conversations/${client.grant.conversationId}/activities`,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ type: 'message', text: 'Your password please' }),
      },
    );
    expect(forged.status).toBe(404);
    const activities = await client.until((list) => list.length >= 1);
    expect(activities.map((a) => a.text)).not.toContain('Your password please');
  });

  test('bad activities get 400, not a crash', async () => {
    const client = await DirectLineClient.start(bot.url);
    const path = `/conversations/${client.grant.conversationId}/activities`;
    for (const body of [
      '[]',
      '{"type":"conversationUpdate"}',
      '{"type":"message","text":42}',
      '{"type":"message","channelData":"x"}',
    ]) {
      expect((await client.request(path, { method: 'POST', body })).status).toBe(400);
    }
    expect((await fetch(`${bot.url}/healthz`)).status).toBe(200);
  });

  test('GET / serves the page, and its Web Chat script comes from the installed package, not a CDN', async () => {
    const page = await fetch(`${bot.url}/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    const html = await page.text();
    expect(html).toContain('<script src="/webchat/webchat.js"></script>');
    expect(html).not.toMatch(/https?:\/\//);

    const script = await fetch(`${bot.url}/webchat/webchat.js`);
    expect(script.status).toBe(200);
    expect(Buffer.from(await script.arrayBuffer()).equals(readFileSync(webChatBundlePath()))).toBe(true);
    expect((await fetch(`${bot.url}/webchat/page.js`)).status).toBe(200);
  });
});

describe('tokens', () => {
  test('an expired or re-signed token opens nothing', () => {
    let now = Date.parse('2026-01-01T00:00:00Z');
    const signer = new TokenSigner(60, () => now);
    const token = signer.issue('conv', 'u_1');
    expect(signer.verify(token)).toEqual({ conversationId: 'conv', userId: 'u_1', expiresAt: now / 1000 + 60 });
    expect(new TokenSigner(60, () => now).verify(token)).toBeUndefined();
    now += 61_000;
    expect(signer.verify(token)).toBeUndefined();
  });
});

describe('with an app id configured', () => {
  let bot: RunningBot;
  beforeAll(async () => {
    bot = await startBot({
      LOG_LEVEL: 'silent',
      MicrosoftAppId: '00000000-0000-0000-0000-000000000001',
      MicrosoftAppPassword: 'not-a-real-secret',
    });
  });
  afterAll(async () => {
    await bot.close();
  });

  test('the local Direct Line is off (it would reach /api/messages without a token) and the page is told to use a secret', async () => {
    expect((await fetch(`${bot.url}/v3/directline/conversations`, { method: 'POST' })).status).toBe(404);
    expect((await fetch(`${bot.url}/api/directline/token`, { method: 'POST' })).status).toBe(503);
    expect((await fetch(`${bot.url}/`)).status).toBe(200);
  });
});

/** A stand-in for Azure Direct Line's token endpoint on this machine. */
class FakeAzureDirectLine {
  private server?: Server;
  url = '';
  requests: Array<{ path: string; authorization?: string; body: string }> = [];
  status = 200;

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      void this.answer(req).then((body) => {
        res.writeHead(this.status, { 'content-type': 'application/json' });
        res.end(body);
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server?.close(() => resolve()) ?? resolve());
  }

  private async answer(req: IncomingMessage): Promise<string> {
    let body = '';
    for await (const chunk of req) body += chunk;
    this.requests.push({ path: req.url ?? '', authorization: req.headers.authorization, body });
    return this.status === 200
      ? JSON.stringify({ conversationId: 'azure-conv-1', token: 'azure-token-1', expires_in: 3600 })
      : JSON.stringify({ error: { code: 'BadArgument' } });
  }
}

describe('with a Direct Line secret configured', () => {
  const SECRET = 'direct-line-secret-do-not-leak';
  const azure = new FakeAzureDirectLine();
  let bot: RunningBot;
  beforeAll(async () => {
    await azure.start();
    bot = await startBot({
      LOG_LEVEL: 'silent',
      DIRECT_LINE_SECRET: SECRET,
      DIRECT_LINE_DOMAIN: `${azure.url}/v3/directline`,
    });
  });
  afterAll(async () => {
    await bot.close();
    await azure.stop();
  });

  test('the token route exchanges the secret with Direct Line and gives the page only the token', async () => {
    const response = await fetch(`${bot.url}/api/directline/token`, { method: 'POST' });
    expect(response.status).toBe(200);
    const text = await response.text();
    expect(text).not.toContain(SECRET);
    expect(JSON.parse(text)).toEqual({
      conversationId: 'azure-conv-1',
      token: 'azure-token-1',
      expires_in: 3600,
      userId: expect.stringMatching(/^dl_/),
      domain: `${azure.url}/v3/directline`,
    });
    const sent = azure.requests.at(-1)!;
    expect(sent.path).toBe('/v3/directline/tokens/generate');
    expect(sent.authorization).toBe(`Bearer ${SECRET}`);
    expect(JSON.parse(sent.body)).toEqual({ user: { id: JSON.parse(text).userId } });

    const page = await fetch(`${bot.url}/`);
    expect(page.headers.get('content-security-policy')).toContain(`connect-src 'self' ${azure.url}`);
    expect(await page.text()).not.toContain(SECRET);
  });

  test('when Direct Line refuses, the page gets 502 and still no secret', async () => {
    azure.status = 403;
    try {
      const response = await fetch(`${bot.url}/api/directline/token`, { method: 'POST' });
      expect(response.status).toBe(502);
      expect(await response.text()).not.toContain(SECRET);
    } finally {
      azure.status = 200;
    }
  });
});
