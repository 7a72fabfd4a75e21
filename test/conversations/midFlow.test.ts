import { en, ja, TICKET_ID } from '../support/messages';
import { createHarness } from '../support/botHarness';
import { play } from '../support/transcript';

const OUTAGE_EN = 'Exchange Online is down for the whole company, nobody can send mail, and there is no workaround';
const OUTAGE_JA = '全社で Exchange Online のメールが送受信できません。Web版もだめで、業務が止まっています。';
const CRASH_EN = 'Outlook crashes every time I open an attachment';
const CRASH_JA = 'Outlook が起動するたびに落ちます';

describe('corrections update an earlier answer and the triage goes on', () => {
  test('English: "actually it\'s only me" after the proposal makes the bot propose again from the corrected scope', async () => {
    const harness = createHarness();
    await play(harness, [
      { user: OUTAGE_EN, bot: [/Severity A/, en('askSeverityConfirm')] },
      {
        user: "actually it's only me",
        bot: [en('correctionNoted', { changes: `affected: ${en('scopeOne')}` }), en('askSeverityConfirm')],
      },
    ]);
  });

  test('Japanese: 「やっぱり自分だけです」 corrects the scope answered before', async () => {
    const harness = createHarness({ channelLocale: 'ja-JP' });
    await play(harness, [
      { user: CRASH_JA, bot: [ja('askScope')] },
      { user: '部署の全員です', bot: [] },
      { user: 'やっぱり自分だけです', bot: [ja('correctionNoted', { changes: `影響範囲: ${ja('scopeOne')}` })] },
    ]);
  });

  test('English: "wait, we bought it from a partner" before the channel question is kept, and not asked again', async () => {
    const harness = createHarness();
    await play(harness, [
      { user: OUTAGE_EN, bot: [en('askSeverityConfirm')] },
      { user: 'yes', bot: [en('askPlan')] },
      { user: 'wait, we bought it from a partner', bot: [/bought: /, en('askPlan')] },
      { user: 'E3', bot: [TICKET_ID] },
    ]);
    const [ticket] = await harness.tickets.listForUser('user1', 5);
    expect(ticket.purchaseChannel).toBe('csp');
  });

  test('Japanese: 「あ、パートナー経由で買いました」 is kept as the purchase channel', async () => {
    const harness = createHarness({ channelLocale: 'ja-JP' });
    await play(harness, [
      { user: OUTAGE_JA, bot: [ja('askSeverityConfirm')] },
      { user: 'はい', bot: [ja('askPlan')] },
      { user: 'あ、パートナー経由で買いました', bot: [/購入経路/, ja('askPlan')] },
      { user: 'E3', bot: [TICKET_ID] },
    ]);
    const [ticket] = await harness.tickets.listForUser('user1', 5);
    expect(ticket.purchaseChannel).toBe('csp');
  });
});

describe('a second problem mentioned mid-flow is offered after this one', () => {
  test('English: "also my printer doesn\'t work" is remembered and offered when the ticket is done', async () => {
    const harness = createHarness();
    await play(harness, [
      { user: OUTAGE_EN, bot: [en('askSeverityConfirm')] },
      { user: 'yes', bot: [en('askPlan')] },
      { user: "also my printer doesn't work", bot: [/I'll offer to look at/, en('askPlan')] },
      { user: 'E3', bot: [en('askChannel')] },
      { user: 'direct', bot: [TICKET_ID, /You also mentioned: “my printer doesn't work”/] },
      { user: 'yes', bot: [] },
    ]);
    expect(await harness.tickets.listForUser('user1', 5)).toHaveLength(1);
  });

  test('Japanese: 「あと、別件ですが…」 is offered after the ticket; いいえ ends politely', async () => {
    const harness = createHarness({ channelLocale: 'ja-JP' });
    await play(harness, [
      { user: OUTAGE_JA, bot: [ja('askSeverityConfirm')] },
      {
        user: 'あと、別件ですが、プリンターで印刷できません',
        bot: [/プリンターで印刷できません/, ja('askSeverityConfirm')],
      },
      { user: 'はい', bot: [ja('askPlan')] },
      { user: 'E3', bot: [ja('askChannel')] },
      { user: '直接', bot: [TICKET_ID, /先ほど「プリンターで印刷できません」/] },
      { user: 'いいえ', bot: [ja('secondProblemLater')] },
    ]);
  });

  test('English: an answer and a second problem in one message: the answer counts, the problem is kept', async () => {
    await play(createHarness(), [
      { user: CRASH_EN, bot: [en('askScope')] },
      { user: "just me. Also my printer doesn't work either", bot: [/I'll offer to look at/] },
    ]);
  });
});

describe('a language switch keeps every answer', () => {
  test('English → 日本語 inside the severity questions: the scope already given is not asked again', async () => {
    const harness = createHarness();
    const replies = await play(harness, [
      { user: CRASH_EN, bot: [en('askScope')] },
      { user: 'just me', bot: [en('askWorkaround')] },
      { user: '日本語', bot: [ja('languageSwitched'), ja('askWorkaround')] },
    ]);
    expect(replies[2].map((r) => JSON.stringify(r)).join(' ')).not.toContain(ja('askScope'));
  });

  test('日本語 → English at the severity proposal: the proposal is made again in English, nothing re-asked', async () => {
    const harness = createHarness({ channelLocale: 'ja-JP' });
    const replies = await play(harness, [
      { user: CRASH_JA, bot: [ja('askScope')] },
      { user: '自分だけです', bot: [] },
      { user: 'English', bot: [en('languageSwitched')] },
    ]);
    expect(replies[2].map((r) => JSON.stringify(r)).join(' ')).not.toContain(en('askScope'));
  });
});

describe('languages other than Japanese and English are answered in English', () => {
  test.each([
    ['German', 'Mein Drucker funktioniert seit heute Morgen nicht mehr'],
    ['Chinese', '我的邮箱从今天早上开始无法发送邮件，请帮忙'],
    ['Spanish', 'Outlook no funciona desde ayer por la tarde'],
  ])('%s, idle: the bot says which languages it speaks', async (_language, text) => {
    const harness = createHarness({ channelLocale: 'ja-JP' });
    await play(harness, [{ user: text, bot: [en('otherLanguage')] }]);
    expect(await harness.tickets.listForUser('user1', 5)).toHaveLength(0);
  });

  test('Japanese user writing Chinese mid-flow: answered in English, the question asked again', async () => {
    await play(createHarness({ channelLocale: 'ja-JP' }), [
      { user: OUTAGE_JA, bot: [ja('askSeverityConfirm')] },
      { user: '我的邮箱从今天早上开始无法发送邮件', bot: [en('otherLanguage'), ja('askSeverityConfirm')] },
    ]);
  });

  test.each(['OK', 'E3', 'Microsoft 365 Business Basic', 'meeru ga okurenai', '障害発生中'])(
    'short or mixed text "%s" is not taken for another language',
    async (text) => {
      const replies = await play(createHarness(), [{ user: text, bot: [] }]);
      expect(replies[0].map((r) => r.text).join(' ')).not.toContain(en('otherLanguage'));
    },
  );
});
