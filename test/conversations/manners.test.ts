import { en, ja, TICKET_ID } from '../support/messages';
import { createHarness, type Harness } from '../support/botHarness';
import { play } from '../support/transcript';

const OUTAGE_EN = 'Exchange Online is down for the whole company, nobody can send mail, and there is no workaround';
const OUTAGE_JA = '全社で Exchange Online のメールが送受信できません。Web版もだめで、業務が止まっています。';

async function ticketsOf(harness: Harness) {
  return harness.tickets.listForUser('user1', 10);
}

describe('small talk, thanks and goodbyes get a short answer and start no triage', () => {
  test.each([
    ['thanks a lot!', 'smallTalk.thanks'],
    ['Thank you so much for your help!!', 'smallTalk.thanks'],
    ['ok thanks, bye', 'smallTalk.goodbye'],
    ['have a nice day :)', 'smallTalk.goodbye'],
    ['how are you?', 'smallTalk.howAreYou'],
    ['ok', 'smallTalk.acknowledgement'],
  ] as const)('English: "%s" is answered politely, and no ticket is opened', async (text, key) => {
    const harness = createHarness();
    await play(harness, [{ user: text, bot: [en(key)] }]);
    expect(await ticketsOf(harness)).toHaveLength(0);
    // nothing was begun: the next message is a problem of its own
    await play(harness, [{ user: OUTAGE_EN, bot: [en('askSeverityConfirm')] }]);
  });

  test.each([
    ['ありがとうございました', 'smallTalk.thanks'],
    ['ありがとうございます！助かりました', 'smallTalk.thanks'],
    ['了解しました', 'smallTalk.acknowledgement'],
    ['承知いたしました。', 'smallTalk.acknowledgement'],
    ['それでは失礼いたします。', 'smallTalk.goodbye'],
  ] as const)('Japanese: 「%s」 is answered politely, and no ticket is opened', async (text, key) => {
    const harness = createHarness({ channelLocale: 'ja-JP' });
    await play(harness, [{ user: text, bot: [ja(key)] }]);
    expect(await ticketsOf(harness)).toHaveLength(0);
    await play(harness, [{ user: OUTAGE_JA, bot: [ja('askSeverityConfirm')] }]);
  });

  test('Japanese: 「お世話になっております。」 alone is not a problem; the problem that follows is what counts', async () => {
    const harness = createHarness({ channelLocale: 'ja-JP' });
    await play(harness, [
      { user: 'お世話になっております。', bot: [ja('askDescription')] },
      { user: 'よろしくお願いいたします。', bot: [ja('smallTalkMidFlow.greeting'), ja('askDescription')] },
      { user: 'ありがとうございます', bot: [ja('smallTalkMidFlow.thanks'), ja('askDescription')] },
      { user: OUTAGE_JA, bot: [ja('askSeverityConfirm')] },
    ]);
  });

  // a word to get attention, or only where the user is: no problem yet
  test.each([
    ['ja-JP', 'すみません', ja('askDescription'), OUTAGE_JA, ja('askSeverityConfirm')],
    ['en-US', 'excuse me', en('askDescription'), OUTAGE_EN, en('askSeverityConfirm')],
    ['ja-JP', '私は韓国にいます', ja('askDescription'), OUTAGE_JA, ja('askSeverityConfirm')],
    ['en-US', 'I am in Germany', en('askDescription'), OUTAGE_EN, en('askSeverityConfirm')],
  ] as const)('[%s] 「%s」 is not a problem: the bot asks for one', async (locale, first, ask, problem, next) => {
    const harness = createHarness({ channelLocale: locale });
    await play(harness, [
      { user: first, bot: [ask] },
      { user: problem, bot: [next] },
    ]);
    expect(await ticketsOf(harness)).toHaveLength(0);
  });

  test.each([
    [
      'en-US',
      'I am in Germany',
      'I need to order MOC courseware for a trainer, who do I contact?',
      en('askCountry'),
      'Germany',
    ],
    [
      'ja-JP',
      '私はドイツにいます',
      'MOC のコースウェア教材を注文したいのですが、窓口を教えてください。',
      ja('askCountry'),
      'ドイツ',
    ],
  ] as const)(
    '[%s] the place said first is offered when the country is asked',
    async (locale, where, problem, askCountry, place) => {
      const harness = createHarness({ channelLocale: locale });
      await play(harness, [
        { user: where, bot: [/./] },
        { user: problem, bot: [(a) => JSON.stringify(a).includes(askCountry) && JSON.stringify(a).includes(place)] },
      ]);
    },
  );

  test('Japanese: a problem opened with business courtesies is triaged without them in its description', async () => {
    const harness = createHarness({ channelLocale: 'ja-JP' });
    await play(harness, [
      {
        user: `いつもお世話になっております。株式会社サンプルの山田と申します。${OUTAGE_JA}よろしくお願いいたします。`,
        bot: [ja('askSeverityConfirm')],
      },
      { user: 'はい', bot: [ja('askPlan')] },
      { user: 'E3', bot: [ja('askChannel')] },
      { user: 'マイクロソフトから直接', bot: [TICKET_ID] },
    ]);
    const [ticket] = await ticketsOf(harness);
    expect(ticket.description).toContain('Exchange Online');
    expect(ticket.description).not.toMatch(/お世話|申します|よろしく/);
  });

  test('English: "Hi team," and "Thanks in advance!" around a problem are not part of its description', async () => {
    const harness = createHarness();
    await play(harness, [
      { user: `Hi team, ${OUTAGE_EN}. Thanks in advance!`, bot: [en('askSeverityConfirm')] },
      { user: 'yes', bot: [en('askPlan')] },
      { user: 'E3', bot: [en('askChannel')] },
      { user: 'direct from Microsoft', bot: [TICKET_ID] },
    ]);
    const [ticket] = await ticketsOf(harness);
    expect(ticket.description).toMatch(/^Exchange Online is down/);
    expect(ticket.description).not.toMatch(/Hi team|Thanks/);
  });

  test('English: thanks mid-question is answered and the same question is asked again', async () => {
    await play(createHarness(), [
      { user: OUTAGE_EN, bot: [en('askSeverityConfirm')] },
      { user: 'thank you!', bot: [en('smallTalkMidFlow.thanks'), en('askSeverityConfirm')] },
      { user: 'yes', bot: [en('askPlan')] },
    ]);
  });

  test('English: a description that is only politeness is not accepted as the problem', async () => {
    const harness = createHarness();
    await play(harness, [
      { user: 'hello', bot: [en('askDescription')] },
      { user: 'thanks', bot: [en('smallTalkMidFlow.thanks'), en('askDescription')] },
    ]);
    expect(await ticketsOf(harness)).toHaveLength(0);
  });

  test('Japanese: 「ありがとうございました」 after the ticket is thanked, not triaged', async () => {
    const harness = createHarness({ channelLocale: 'ja-JP' });
    await play(harness, [
      { user: OUTAGE_JA, bot: [ja('askSeverityConfirm')] },
      { user: 'はい', bot: [ja('askPlan')] },
      { user: 'E3', bot: [ja('askChannel')] },
      { user: '直接', bot: [TICKET_ID] },
      { user: 'ありがとうございました', bot: [ja('smallTalk.thanks')] },
    ]);
    expect(await ticketsOf(harness)).toHaveLength(1);
  });
});

describe('a button of a finished triage is ignored with a hint', () => {
  test('English: clicking an old answer button after the ticket opens nothing', async () => {
    const harness = createHarness();
    await play(harness, [
      { user: OUTAGE_EN, bot: [en('askSeverityConfirm')] },
      { user: { value: { choice: en('severityAgree') } }, bot: [en('askPlan')] },
      { user: 'E3', bot: [en('askChannel')] },
      { user: { value: { choice: en('channel.direct') } }, bot: [TICKET_ID] },
      { user: { value: { choice: en('severityAgree') } }, bot: [en('staleClick')] },
    ]);
    expect(await ticketsOf(harness)).toHaveLength(1);
  });

  test('Japanese: 古いボタンを押しても新しい受付は始まらない', async () => {
    const harness = createHarness({ channelLocale: 'ja-JP' });
    await play(harness, [
      { user: OUTAGE_JA, bot: [ja('askSeverityConfirm')] },
      { user: 'はい', bot: [ja('askPlan')] },
      { user: 'E3', bot: [ja('askChannel')] },
      { user: '直接', bot: [TICKET_ID] },
      { user: { value: { choice: ja('channel.csp') } }, bot: [ja('staleClick')] },
    ]);
    expect(await ticketsOf(harness)).toHaveLength(1);
  });
});
