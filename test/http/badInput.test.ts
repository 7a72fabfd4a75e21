import { t } from '../../src/i18n/catalog';
import { EmulatorUser, useRunningBot } from '../support/emulator';
import { fetchMetrics, metricValue } from '../support/metricsText';
import { allText, TICKET_ID } from '../support/triageScript';

describe('bad input over HTTP', () => {
  const server = useRunningBot({ RATE_LIMIT_MESSAGES: '4', RATE_LIMIT_WINDOW_SECONDS: '3600' });
  const connector = server.connector;

  const postRaw = (body: string) =>
    fetch(`${server.bot().url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    });

  test('a body over 256 KiB gets 413 with a JSON body, and the server carries on', async () => {
    const response = await postRaw(JSON.stringify({ type: 'message', text: 'x'.repeat(300 * 1024) }));
    expect(response.status).toBe(413);
    expect(response.headers.get('content-type')).toContain('application/json');
    expect(await response.json()).toMatchObject({ code: 'PayloadTooLarge' });
    expect((await fetch(`${server.bot().url}/healthz`)).status).toBe(200);
  });

  test('JSON that is not an activity (no type) gets 400, not 500', async () => {
    for (const body of ['{}', '[]', '"text"', '{"type":42}']) expect((await postRaw(body)).status).toBe(400);
  });

  test('an unknown activity type is accepted and ignored: no reply, and the conversation still works', async () => {
    const user = new EmulatorUser(server.bot().url, connector, 'en-US');
    const response = await user.post({ type: 'somethingFromTheFuture', value: { a: 1 } });
    expect(response.status).toBeLessThan(300);
    expect(connector.take(user.conversationId)).toEqual([]);
    expect(allText(await user.say('hello'))).toContain(t('en', 'askDescription'));
  });

  test.each([
    ['en-US', 'en', 'Outlook on the web shows a blank page for everyone in the company and nobody can read mail. '],
    ['ja-JP', 'ja', '全社で Outlook on the web が真っ白になり、誰もメールを読めません。'],
  ] as const)(
    'text over 4,000 characters is cut, and the user (%s) is told in their language',
    async (channelLocale, locale, sentence) => {
      const user = new EmulatorUser(server.bot().url, connector, channelLocale);
      await user.join();
      const long = sentence.repeat(Math.ceil(5000 / sentence.length));
      const replies = allText(await user.say(long));
      expect(replies).toContain(t(locale, 'input.textTruncated', { limit: 4000, length: long.length }));
      // The triage goes on with the first 4,000 characters.
      expect(replies).toMatch(locale === 'en' ? /\*\*Technical support\*\*/ : /\*\*テクニカル サポート\*\*/);
    },
  );

  test('a flood from one conversation gets one polite note in its language, and the extra messages are not processed', async () => {
    const user = new EmulatorUser(server.bot().url, connector, 'ja-JP');
    const other = new EmulatorUser(server.bot().url, connector, 'en-US');
    const before = metricValue(await fetchMetrics(server.bot().url), 'triage_bot_rate_limited_messages_total', {
      channel: 'emulator',
    });
    const answers: string[] = [];
    for (let i = 0; i < 7; i++) answers.push(allText(await user.say('ヘルプ')));
    expect(answers.slice(0, 4).every((a) => a.includes(t('ja', 'help')))).toBe(true);
    expect(answers[4]).toBe(t('ja', 'input.rateLimited'));
    expect(answers.slice(5)).toEqual(['', '']);
    expect(
      metricValue(await fetchMetrics(server.bot().url), 'triage_bot_rate_limited_messages_total', {
        channel: 'emulator',
      }) - before,
    ).toBe(3);
    // Another conversation is not held back.
    expect(allText(await other.say('help'))).toContain(t('en', 'help'));
  });

  test('hostile markup in the description never comes back as active content', async () => {
    const user = new EmulatorUser(server.bot().url, connector, 'en-US');
    await user.join();
    const hostile =
      'My Excel macro <script>alert(1)</script> <img src=x onerror=alert(2)> [click me](javascript:alert(3)) **bold** `code` stopped working in VBA.';
    const replies = await user.say(hostile);
    const id = allText(replies).match(TICKET_ID)?.[0];
    expect(id).toBeDefined();
    const everything = JSON.stringify([...replies, ...(await user.say(`status ${id}`))]);
    for (const active of ['<script', '<img', '](javascript:', '**bold**', '`code`'])
      expect(everything).not.toContain(active);
    // The words are still there, made inert.
    expect(everything).toContain('alert(1)');
  });
});
