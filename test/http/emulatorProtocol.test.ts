import { t } from '../../src/i18n/catalog';
import { EmulatorUser, visibleText, useRunningBot } from '../support/emulator';
import { TICKET_ID } from '../support/messages';

describe('the Emulator protocol against the running server', () => {
  const server = useRunningBot();
  const connector = server.connector;

  const allText = (replies: Array<Parameters<typeof visibleText>[0]>) => replies.map(visibleText).join('\n');

  test('English: a whole triage from greeting to ticket id', async () => {
    const user = new EmulatorUser(server.bot().url, connector, 'en-US');
    expect(allText(await user.join())).toContain(t('en', 'welcome'));
    expect(allText(await user.say('hello'))).toContain(t('en', 'askDescription'));
    expect(
      allText(
        await user.say(
          'SharePoint Online is down for every user in the company; no one can open any site and there is no workaround.',
        ),
      ),
    ).toContain(t('en', 'askSeverityConfirm'));
    expect(allText(await user.say(t('en', 'severityAgree')))).toContain(t('en', 'askPlan'));
    expect(allText(await user.say('Microsoft 365 Business Standard'))).toContain(t('en', 'askChannel'));
    expect(allText(await user.say(t('en', 'channel.csp')))).toMatch(TICKET_ID);
  });

  test('Japanese: a whole triage from greeting to ticket id', async () => {
    const user = new EmulatorUser(server.bot().url, connector, 'ja-JP');
    expect(allText(await user.join())).toContain(t('ja', 'welcome'));
    expect(allText(await user.say('こんにちは'))).toContain(t('ja', 'askDescription'));
    expect(allText(await user.say('MOC のコースウェア教材を注文したいのですが、窓口を教えてください。'))).toContain(
      t('ja', 'askCountry'),
    );
    expect(allText(await user.say('日本'))).toMatch(TICKET_ID);
  });

  test('health check answers ok', async () => {
    const response = await fetch(`${server.bot().url}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  test('malformed JSON gets 400, not a crash', async () => {
    const response = await fetch(`${server.bot().url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"type":',
    });
    expect(response.status).toBe(400);
    expect((await fetch(`${server.bot().url}/healthz`)).status).toBe(200);
  });
});

describe('with an app id configured', () => {
  const server = useRunningBot({
    MicrosoftAppId: '00000000-0000-0000-0000-000000000001',
    MicrosoftAppPassword: 'not-a-real-secret',
  });
  const connector = server.connector;

  test('a request without a token gets 401', async () => {
    const response = await new EmulatorUser(server.bot().url, connector, 'en-US').post({ type: 'message', text: 'hi' });
    expect(response.status).toBe(401);
  });

  test('a request with a garbage token gets 401', async () => {
    const response = await new EmulatorUser(server.bot().url, connector, 'en-US').post(
      { type: 'message', text: 'hi' },
      { authorization: 'Bearer not.a.token' },
    );
    expect(response.status).toBe(401);
  });
});
