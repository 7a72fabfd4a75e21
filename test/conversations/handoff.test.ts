import { en, ja, TICKET_ID } from '../support/messages';
import { createHarness } from '../support/botHarness';
import { play } from '../support/transcript';

const OUTAGE_EN = 'Exchange Online is down for the whole company, nobody can send mail, and there is no workaround';
const OUTAGE_JA = '全社で Exchange Online のメールが送受信できません。Web版もだめで、業務が止まっています。';

describe('"a person", in its many phrasings, idle or mid-flow', () => {
  test.each(['can I talk to a human?', 'real person please', 'agent', 'Hi, could I speak to someone please?'])(
    'English, idle: "%s" hands off',
    async (text) => {
      const harness = createHarness();
      await play(harness, [{ user: text, bot: [/handing this conversation to a person/] }]);
      const [handoff] = await harness.tickets.listForUser('user1', 5);
      expect(handoff).toMatchObject({ kind: 'handoff' });
    },
  );

  test.each(['オペレーターにつないでください', '人と話したい', '担当者に代わって', '有人対応をお願いします'])(
    'Japanese, idle: 「%s」 hands off',
    async (text) => {
      const harness = createHarness({ channelLocale: 'ja-JP' });
      await play(harness, [{ user: text, bot: [/サポート チームの担当者に引き継ぎます/] }]);
      expect(await harness.tickets.listForUser('user1', 5)).toHaveLength(1);
    },
  );

  test('English: a Severity A problem handed to a person carries the triage so far and alerts the team', async () => {
    const harness = createHarness();
    await play(harness, [
      { user: OUTAGE_EN, bot: [en('askSeverityConfirm')] },
      {
        user: 'can I talk to a human?',
        bot: [/handing this conversation/, /Exchange Online is down/, en('alertSent')],
      },
    ]);
    const [handoff] = await harness.tickets.listForUser('user1', 5);
    expect(handoff).toMatchObject({ kind: 'handoff', description: OUTAGE_EN, category: 'technical' });
    expect(handoff.severity?.bot).toBe('A');
    expect(harness.alerter.alerted.map((t) => t.id)).toEqual([handoff.id]);
  });

  test('Japanese: 「オペレーターにつないでください」 mid-flow carries the severity so far and alerts', async () => {
    const harness = createHarness({ channelLocale: 'ja-JP' });
    await play(harness, [
      { user: OUTAGE_JA, bot: [ja('askSeverityConfirm')] },
      { user: 'オペレーターにつないでください', bot: [/担当者に引き継ぎます/, /現時点の重大度 A/, ja('alertSent')] },
    ]);
    const [handoff] = await harness.tickets.listForUser('user1', 5);
    expect(handoff.severity?.bot).toBe('A');
    expect(harness.alerter.alerted).toHaveLength(1);
  });

  test('English: a hand-off of a minor problem alerts no one', async () => {
    const harness = createHarness();
    await play(harness, [
      { user: 'How do I change the colour theme in Outlook? Just curious, nothing is broken', bot: [] },
      { user: 'talk to a person', bot: [/handing this conversation/] },
    ]);
    expect(harness.alerter.alerted).toHaveLength(0);
  });

  test('English: messages after a hand-off go to the hand-off until the user starts over', async () => {
    const harness = createHarness();
    const replies = await play(harness, [
      { user: 'I need a human', bot: [TICKET_ID] },
      {
        user: 'Also, Outlook crashes every time I open a PDF',
        bot: [en('handoffFollowUp', { id: '' }).split('**')[0]],
      },
      { user: 'thanks!', bot: [en('smallTalk.thanks')] },
      { user: 'start over', bot: [en('restarted'), en('askDescription')] },
      { user: OUTAGE_EN, bot: [en('askSeverityConfirm')] },
    ]);
    const id = (replies[0]
      .map((r) => r.text ?? '')
      .join(' ')
      .match(TICKET_ID) ?? [''])[0];
    expect(replies[1].map((r) => r.text).join(' ')).toContain(id);
    expect(await harness.tickets.listForUser('user1', 5)).toHaveLength(1);
  });

  test('Japanese: 引き継ぎ後のメッセージは引き継ぎに追記され、「別の問題です」で新しい受付になる', async () => {
    const harness = createHarness({ channelLocale: 'ja-JP' });
    await play(harness, [
      { user: '担当者と話したいです', bot: [TICKET_ID] },
      { user: 'Outlook が PDF を開くたびに落ちます', bot: [/引き継ぎ \*\*TRG-/] },
      { user: `別の問題です。${OUTAGE_JA}`, bot: [ja('askSeverityConfirm')] },
    ]);
    expect(await harness.tickets.listForUser('user1', 5)).toHaveLength(1);
  });
});
