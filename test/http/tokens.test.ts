import { Writable } from 'node:stream';
import { createLogger } from '../../src/observability/logging';
import { startBot, type RunningBot } from '../support/emulator';
import { freePort } from '../support/processes';

const APP_ID = '00000000-0000-0000-0000-000000000001';
const CHANNEL_ISSUER = 'https://api.botframework.com';

/** A JWT with the given header and payload and a signature nobody can check (the keys are never reached). */
function token(header: Record<string, unknown>, payload: Record<string, unknown>): string {
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${part({ alg: 'RS256', typ: 'JWT', ...header })}.${part(payload)}.c2lnbmF0dXJl`;
}

const inOneHour = () => Math.floor(Date.now() / 1000) + 3600;
const claims = (extra: Record<string, unknown> = {}) => ({
  iss: CHANNEL_ISSUER,
  aud: APP_ID,
  exp: inOneHour(),
  serviceurl: 'https://smba.trafficmanager.net/jp/',
  ...extra,
});

describe('request tokens, with an app id and the signing keys out of reach', () => {
  const lines: string[] = [];
  let bot: RunningBot;
  let consoleError: jest.SpyInstance;

  beforeAll(async () => {
    // Nothing listens on this port: fetching the OpenID metadata (and so the keys) fails.
    const closedPort = await freePort();
    const logger = createLogger({
      level: 'info',
      destination: new Writable({
        write(chunk, _encoding, done) {
          lines.push(...String(chunk).split('\n').filter(Boolean));
          done();
        },
      }),
    });
    bot = await startBot(
      {
        MicrosoftAppId: APP_ID,
        MicrosoftAppPassword: 'not-a-real-secret',
        ToBotFromChannelOpenIdMetadataUrl: `http://127.0.0.1:${closedPort}/v1/.well-known/openidconfiguration`,
        ToBotFromEmulatorOpenIdMetadataUrl: `http://127.0.0.1:${closedPort}/v2.0/.well-known/openid-configuration`,
      },
      logger,
    );
  });
  afterAll(() => bot.close());
  beforeEach(() => {
    lines.length = 0;
    consoleError = jest.spyOn(console, 'error').mockImplementation(() => undefined);
  });
  afterEach(() => consoleError.mockRestore());

  const post = (authorization: string) =>
    fetch(`${bot.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization },
      body: JSON.stringify({
        type: 'message',
        text: 'Outlook does not start',
        channelId: 'msteams',
        serviceUrl: 'https://smba.trafficmanager.net/jp/',
        conversation: { id: 'a:conversation' },
        from: { id: 'user' },
        recipient: { id: 'bot' },
      }),
    });

  /** The log lines about the token (the request line is logged besides). */
  const tokenLines = () => lines.filter((l) => l.includes('request token'));

  test.each([
    ['has no key id', `Bearer ${token({}, claims())}`, 'the token has no key id'],
    ['comes from another issuer', `Bearer ${token({ kid: 'key-1' }, claims({ iss: 'https://issuer.example' }))}`, ''],
    ['has expired', `Bearer ${token({ kid: 'key-1' }, claims({ exp: inOneHour() - 7200 }))}`, 'the token has expired'],
    ['is no JWT', 'Bearer not-a-token', ''],
    ['has a header that is no JSON', `Bearer bm90IGpzb24.${token({}, claims()).split('.')[1]}.c2ln`, ''],
    ['is no bearer token', 'Basic dXNlcjpwYXNz', ''],
  ])('a token that %s is answered 401 with one log line, no stack', async (_what, authorization, reason) => {
    const response = await post(authorization);
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ code: 'Unauthorized', message: 'the request token was not accepted' });
    expect(tokenLines()).toHaveLength(1);
    if (reason) expect(JSON.parse(tokenLines()[0]!)).toMatchObject({ status: 401, reason });
    expect(lines.join('\n')).not.toMatch(/\n\s+at |"stack"/);
    expect(lines.join('\n')).not.toContain(authorization.split(' ')[1]);
    expect(consoleError).not.toHaveBeenCalled();
  });

  test('a well-formed token whose signing key cannot be fetched is answered 503 with one log line, no stack', async () => {
    const authorization = `Bearer ${token({ kid: 'key-1' }, claims())}`;
    const response = await post(authorization);
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({ code: 'ServiceUnavailable' });
    expect(tokenLines()).toHaveLength(1);
    const line = JSON.parse(tokenLines()[0]!) as { status: number; reason: string; msg: string };
    expect(line).toMatchObject({ status: 503, msg: expect.stringContaining('signing keys are unreachable') });
    expect(line.reason).not.toContain('\n');
    expect(lines.join('\n')).not.toMatch(/\n\s+at |"stack"/);
    expect(lines.join('\n')).not.toContain(authorization.split(' ')[1]);
    expect(consoleError).not.toHaveBeenCalled();
    // the server carries on
    expect((await fetch(`${bot.url}/healthz`)).status).toBe(200);
  });
});
