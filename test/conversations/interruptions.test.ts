import { en, ja, TICKET_ID } from '../support/messages';
import { createHarness } from '../support/botHarness';
import { play } from '../support/transcript';

const OUTAGE_EN = 'Exchange Online is down for the whole company, nobody can send mail, and there is no workaround';
const OUTAGE_JA = '全社で Exchange Online のメールが送受信できません。Web版もだめで、業務が止まっています。';

describe('help, cancel, start over, language and a person, at any step', () => {
  test('English: help in the middle of a question explains and asks the same question again', async () => {
    await play(createHarness(), [
      { user: OUTAGE_EN, bot: [en('askSeverityConfirm')] },
      { user: 'help', bot: [en('help'), en('askSeverityConfirm')] },
    ]);
  });

  test('Japanese: ヘルプ explains and asks the same question again', async () => {
    await play(createHarness({ channelLocale: 'ja-JP' }), [
      { user: OUTAGE_JA, bot: [ja('askSeverityConfirm')] },
      { user: 'ヘルプ', bot: [ja('help'), ja('askSeverityConfirm')] },
    ]);
  });

  test('English: cancel ends the triage without a ticket; the next message starts afresh', async () => {
    const harness = createHarness();
    await play(harness, [
      { user: OUTAGE_EN, bot: [en('askSeverityConfirm')] },
      { user: 'cancel', bot: [en('cancelled')] },
      { user: 'hello', bot: [en('askDescription')] },
    ]);
    expect(await harness.tickets.listForUser('user1', 5)).toHaveLength(0);
  });

  test('Japanese: キャンセル ends the triage', async () => {
    await play(createHarness({ channelLocale: 'ja-JP' }), [
      { user: OUTAGE_JA, bot: [ja('askSeverityConfirm')] },
      { user: 'キャンセル', bot: [ja('cancelled')] },
    ]);
  });

  test('English: start over goes back to the description', async () => {
    await play(createHarness(), [
      { user: OUTAGE_EN, bot: [en('askSeverityConfirm')] },
      { user: 'start over', bot: [en('restarted'), en('askDescription')] },
    ]);
  });

  test('Japanese: 最初から goes back to the description', async () => {
    await play(createHarness({ channelLocale: 'ja-JP' }), [
      { user: OUTAGE_JA, bot: [ja('askSeverityConfirm')] },
      { user: '最初から', bot: [ja('restarted'), ja('askDescription')] },
    ]);
  });

  test('English → 日本語 mid-question: the same question is asked again in Japanese, and the answers are kept', async () => {
    const harness = createHarness();
    await play(harness, [
      { user: OUTAGE_EN, bot: [en('askSeverityConfirm')] },
      { user: en('severityAgree'), bot: [en('askPlan')] },
      { user: '日本語', bot: [ja('languageSwitched'), ja('askPlan')] },
      { user: 'Microsoft 365 Business Basic', bot: [ja('askChannel')] },
      { user: ja('channel.direct'), bot: [/サポート受付の結果/, TICKET_ID] },
    ]);
  });

  test('Japanese → English: the language is remembered for the next conversation turn', async () => {
    await play(createHarness({ channelLocale: 'ja-JP' }), [
      { user: 'English', bot: [en('languageSwitched')] },
      { user: 'hello', bot: [en('askDescription')] },
    ]);
  });

  test('English: talk to a person hands off with the conversation and a reference', async () => {
    const harness = createHarness();
    const [, replies] = await play(harness, [
      { user: OUTAGE_EN, bot: [en('askSeverityConfirm')] },
      { user: 'talk to a person', bot: [/handing this conversation to a person/] },
    ]);
    expect(replies.some((a) => a.type === 'event' && a.name === 'handoff.initiate')).toBe(true);
    const [handoff] = await harness.tickets.listForUser('user1', 5);
    expect(handoff).toMatchObject({ kind: 'handoff', description: OUTAGE_EN });
    expect(handoff.transcript.map((e) => e.text)).toContain(OUTAGE_EN);
  });

  test('Japanese: 担当者と話したい hands off', async () => {
    await play(createHarness({ channelLocale: 'ja-JP' }), [
      { user: OUTAGE_JA, bot: [ja('askSeverityConfirm')] },
      { user: '担当者と話したい', bot: [/サポート チームの担当者に引き継ぎます/] },
    ]);
  });
});

describe('tickets can be read back', () => {
  test('English: status <id> shows the ticket card; my tickets lists it', async () => {
    const harness = createHarness();
    const replies = await play(harness, [
      { user: OUTAGE_EN, bot: [en('askSeverityConfirm')] },
      { user: en('severityAgree'), bot: [en('askPlan')] },
      { user: 'Microsoft 365 Business Basic', bot: [en('askChannel')] },
      { user: en('channel.direct'), bot: [TICKET_ID] },
    ]);
    const id = replies[3]
      .map((r) => r.text ?? '')
      .join(' ')
      .match(TICKET_ID)![0];
    await play(harness, [
      { user: `status ${id}`, bot: [(a) => JSON.stringify(a.attachments ?? []).includes(id)] },
      { user: 'my tickets', bot: [en('myTicketsHeader'), id] },
    ]);
  });

  test('Japanese: チケット <unknown id> says it cannot be found', async () => {
    await play(createHarness({ channelLocale: 'ja-JP' }), [
      { user: 'チケット TRG-20260101-AAAAA', bot: [ja('statusNotFound', { id: 'TRG-20260101-AAAAA' })] },
      { user: 'チケット一覧', bot: [ja('myTicketsEmpty')] },
    ]);
  });
});
