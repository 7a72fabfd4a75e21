import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { t } from '../../src/i18n/catalog';
import { EmulatorConnector, EmulatorUser, startBot, visibleText, type ReceivedReply } from '../support/emulator';
import { TICKET_ID } from '../support/messages';

const OUTAGE_EN = 'Exchange Online is down for the whole company, nobody can send mail, and there is no workaround';
const OUTAGE_JA = '全社で Exchange Online のメールが送受信できません。Web版もだめで、業務が止まっています。';

const allText = (replies: ReceivedReply[]) => replies.map(visibleText).join('\n');

/** A webhook on 127.0.0.1 that records the alerts it is sent. */
async function startWebhook(): Promise<{
  url: string;
  received: Array<Record<string, unknown>>;
  stop: () => Promise<void>;
}> {
  const received: Array<Record<string, unknown>> = [];
  const server: Server = createServer(async (req, res) => {
    let body = '';
    for await (const chunk of req) body += chunk;
    received.push(JSON.parse(body) as Record<string, unknown>);
    res.end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hook`,
    received,
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

describe('manners and hand-off over the Emulator protocol', () => {
  const connector = new EmulatorConnector();
  let webhook: Awaited<ReturnType<typeof startWebhook>>;
  let bot: Awaited<ReturnType<typeof startBot>>;
  beforeAll(async () => {
    await connector.start();
    webhook = await startWebhook();
    bot = await startBot({ ALERT_WEBHOOK_URL: webhook.url, ALERT_FIRST_DELAY_MS: '10' });
  });
  afterAll(async () => {
    await bot?.close();
    await webhook?.stop();
    await connector.stop();
  });

  test('English: thanks and "how are you?" get a short answer; no triage starts', async () => {
    const user = new EmulatorUser(bot.url, connector, 'en-US');
    await user.join();
    expect(allText(await user.say('thanks a lot!'))).toContain(t('en', 'smallTalk.thanks'));
    expect(allText(await user.say('how are you?'))).toContain(t('en', 'smallTalk.howAreYou'));
    expect(allText(await user.say(OUTAGE_EN))).toContain(t('en', 'askSeverityConfirm'));
  });

  test('Japanese: 「了解しました」 and 「お世話になっております。」 start no ticket; the problem after them is triaged', async () => {
    const user = new EmulatorUser(bot.url, connector, 'ja-JP');
    await user.join();
    expect(allText(await user.say('了解しました'))).toContain(t('ja', 'smallTalk.acknowledgement'));
    expect(allText(await user.say('お世話になっております。'))).toContain(t('ja', 'askDescription'));
    expect(allText(await user.say(`お世話になっております。${OUTAGE_JA}`))).toContain(t('ja', 'askSeverityConfirm'));
  });

  test('English: a Severity A problem handed to a person alerts, and later messages go to the hand-off', async () => {
    const user = new EmulatorUser(bot.url, connector, 'en-US');
    await user.join();
    expect(allText(await user.say(OUTAGE_EN))).toContain(t('en', 'askSeverityConfirm'));
    const handoff = await user.say('can I talk to a human?');
    expect(handoff.some((a) => a.type === 'event' && (a as { name?: string }).name === 'handoff.initiate')).toBe(true);
    expect(allText(handoff)).toContain(t('en', 'alertSent'));
    const id = allText(handoff).match(TICKET_ID)![0];
    await bot.app.alerter.settled();
    expect(webhook.received.map((a) => a.ticketId)).toContain(id);
    expect(allText(await user.say('It is also affecting Teams meetings now'))).toContain(
      t('en', 'handoffFollowUp', { id }),
    );
  });

  test('Japanese: 「オペレーターにつないでください」 hands off; the next message is added to the hand-off', async () => {
    const user = new EmulatorUser(bot.url, connector, 'ja-JP');
    await user.join();
    const handoff = await user.say('オペレーターにつないでください');
    const id = allText(handoff).match(TICKET_ID)![0];
    expect(allText(await user.say('Outlook が起動しません'))).toContain(t('ja', 'handoffFollowUp', { id }));
  });

  test('English: a button of a finished triage is ignored with a hint', async () => {
    const user = new EmulatorUser(bot.url, connector, 'en-US');
    await user.join();
    expect(allText(await user.submit({ choice: t('en', 'severityAgree') }))).toContain(t('en', 'staleClick'));
  });

  test('German is answered in English, saying which languages the bot speaks', async () => {
    const user = new EmulatorUser(bot.url, connector, 'de-DE');
    await user.join();
    expect(allText(await user.say('Mein Drucker funktioniert seit heute Morgen nicht mehr'))).toContain(
      t('en', 'otherLanguage'),
    );
  });
});
