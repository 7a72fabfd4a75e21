import { Writable } from 'node:stream';
import { createLogger, scrubText } from '../../src/observability/logging';
import { EmulatorUser, useRunningBot } from '../support/emulator';
import { playTechnicalTriage } from '../support/triageScript';

const EMAIL = 'taro.yamada@example.co.jp';
const PHONE = '+81 3-1234-5678';
const PASSWORD = 'S3cret-app-password-value';
const TOKEN = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl';

function captureLogs() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(...String(chunk).split('\n').filter(Boolean));
      done();
    },
  });
  return { lines, stream, records: () => lines.map((l) => JSON.parse(l) as Record<string, unknown>) };
}

describe('logs', () => {
  test('the logger scrubs secrets, tokens, e-mail addresses and phone numbers wherever they are put', () => {
    const capture = captureLogs();
    const logger = createLogger({ level: 'info', secrets: [PASSWORD], destination: capture.stream });
    logger.info(
      { req: { headers: { authorization: `Bearer ${TOKEN}` } }, config: { MicrosoftAppPassword: PASSWORD } },
      'config loaded',
    );
    logger.warn(
      { err: new Error(`user wrote ${EMAIL}, call ${PHONE}, password ${PASSWORD}`) },
      `contact ${EMAIL} or 03 1234 5678`,
    );
    logger.info({ ticketId: 'TRG-20261123-7KQ4M', at: '2026-11-23T01:00:00.000Z' }, 'ticket');
    const output = capture.lines.join('\n');
    for (const leaked of [EMAIL, PHONE, '03 1234 5678', PASSWORD, TOKEN]) expect(output).not.toContain(leaked);
    // Ids and timestamps are left alone.
    expect(output).toContain('TRG-20261123-7KQ4M');
    expect(output).toContain('2026-11-23T01:00:00.000Z');
    expect(scrubText(`mail ${EMAIL}`)).toBe('mail [email]');
  });

  describe('over HTTP', () => {
    const capture = captureLogs();
    const server = useRunningBot({}, createLogger({ level: 'info', destination: capture.stream }));
    const connector = server.connector;

    test('each request has an id; activities are logged by id, type and channel, never their text or contact details', async () => {
      const user = new EmulatorUser(server.bot().url, connector, 'en-US');
      const description = `SharePoint Online is down for every user in the company; no one can open any site and there is no workaround. Mail me at ${EMAIL} or call ${PHONE}.`;
      await playTechnicalTriage(user, description);
      const response = await user.post({ type: 'message', text: 'help' }, { 'x-request-id': 'trace-abc-123' });
      expect(response.headers.get('x-request-id')).toBe('trace-abc-123');

      const output = capture.lines.join('\n');
      for (const leaked of [EMAIL, PHONE, 'SharePoint Online is down']) expect(output).not.toContain(leaked);
      const records = capture.records();
      // One line per request, carrying the activity's ids and type.
      const received = records.filter((r) => r.msg === 'request' && r.conversationId === user.conversationId);
      expect(received.length).toBe(7); // join, five answers, help
      for (const r of received)
        expect(r).toEqual(
          expect.objectContaining({
            reqId: expect.any(String),
            activityId: expect.any(String),
            type: expect.any(String),
            channelId: 'emulator',
            status: 200,
          }),
        );
      expect(new Set(received.map((r) => r.reqId)).size).toBe(received.length);
      expect(records.some((r) => r.msg === 'request' && r.reqId === 'trace-abc-123' && r.status === 200)).toBe(true);
    });
  });

  describe('with an app id configured', () => {
    const capture = captureLogs();
    const env = { MicrosoftAppId: '00000000-0000-0000-0000-000000000001', MicrosoftAppPassword: PASSWORD };
    const server = useRunningBot(
      env,
      createLogger({ level: 'trace', secrets: [PASSWORD], destination: capture.stream }),
    );
    const connector = server.connector;

    test('a rejected token is answered 401 and appears nowhere in the logs, nor does the password', async () => {
      const response = await new EmulatorUser(server.bot().url, connector, 'en-US').post(
        { type: 'message', text: 'hi' },
        { authorization: `Bearer ${TOKEN}` },
      );
      expect(response.status).toBe(401);
      server
        .bot()
        .app.services.logger.info({ settings: { MicrosoftAppPassword: PASSWORD } }, `started with ${PASSWORD}`);
      const output = capture.lines.join('\n');
      expect(capture.lines.some((l) => l.includes('"status":401'))).toBe(true);
      expect(output).not.toContain(TOKEN);
      expect(output).not.toContain(PASSWORD);
    });
  });
});
