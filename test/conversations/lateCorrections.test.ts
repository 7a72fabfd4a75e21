import { en, ja, TICKET_ID } from '../support/messages';
import { createHarness, replyText } from '../support/botHarness';
import { play } from '../support/transcript';

// Seed table over these answers: many + no workaround → A; many + workaround → B; one + workaround → C.
const CRASH_EN = 'Outlook crashes every time I open an attachment';
const CRASH_JA = 'Outlook が起動するたびに落ちます';

/** The proposal of a severity, in the words the severity step uses. */
const proposes = (locale: 'en' | 'ja', severity: string) =>
  locale === 'en'
    ? new RegExp(`I'd classify this as \\*\\*Severity ${severity} `)
    : new RegExp(`\\*\\*重大度 ${severity} `);

describe('a scope or workaround corrected after the severity was settled', () => {
  test('English, at the plan: "actually it\'s only me" re-proposes from every answer (the workaround too), the plan is asked again', async () => {
    const harness = createHarness();
    await play(harness, [
      { user: CRASH_EN, bot: [en('askScope')] },
      { user: 'the whole team', bot: [en('askWorkaround')] },
      { user: 'yes, the web version works', bot: [proposes('en', 'B'), en('askSeverityConfirm')] },
      { user: 'yes', bot: [en('askPlan')] },
      {
        user: "actually it's only me",
        bot: [
          en('correctionNoted', { changes: `affected: ${en('scopeOne')}` }),
          proposes('en', 'C'),
          en('askSeverityConfirm'),
        ],
      },
      { user: 'ok', bot: [en('askPlan')] },
      { user: 'E3', bot: [en('askChannel')] },
      { user: 'direct', bot: [TICKET_ID] },
    ]);
    const [ticket] = await harness.tickets.listForUser('user1', 5);
    expect(ticket.severity).toMatchObject({ bot: 'C' });
    expect(ticket.severity?.user).toBeUndefined();
    expect(ticket.plan).toBe('e3');
  });

  test('Japanese, at the purchase channel: 「やっぱり回避策ありました、ブラウザ版で使えます」 re-proposes and keeps the plan', async () => {
    const harness = createHarness({ channelLocale: 'ja-JP' });
    await play(harness, [
      { user: CRASH_JA, bot: [ja('askScope')] },
      { user: '全社員が影響を受けています', bot: [ja('askWorkaround')] },
      { user: 'いいえ', bot: [proposes('ja', 'A'), ja('askSeverityConfirm')] },
      { user: 'はい', bot: [ja('askPlan')] },
      { user: 'E3', bot: [ja('askChannel')] },
      {
        user: 'やっぱり回避策ありました、ブラウザ版で使えます',
        bot: [
          ja('correctionNoted', { changes: ja('correctionWorkaroundYes') }),
          proposes('ja', 'B'),
          ja('askSeverityConfirm'),
        ],
      },
      { user: 'はい', bot: [ja('askChannel')] },
      { user: '直接', bot: [TICKET_ID] },
    ]);
    const [ticket] = await harness.tickets.listForUser('user1', 5);
    expect(ticket.severity).toMatchObject({ bot: 'B' });
    expect(ticket).toMatchObject({ plan: 'e3', purchaseChannel: 'direct' });
  });

  test('English, at the purchase channel: "oh wait, there is a workaround after all, the browser version works"', async () => {
    const harness = createHarness();
    await play(harness, [
      { user: CRASH_EN, bot: [en('askScope')] },
      { user: 'everyone in the company', bot: [en('askWorkaround')] },
      { user: 'no', bot: [proposes('en', 'A')] },
      { user: 'yes', bot: [en('askPlan')] },
      { user: 'E5', bot: [en('askChannel')] },
      {
        user: 'oh wait, there is a workaround after all, the browser version works',
        bot: [
          en('correctionNoted', { changes: en('correctionWorkaroundYes') }),
          proposes('en', 'B'),
          en('askSeverityConfirm'),
        ],
      },
      { user: 'yes', bot: [en('askChannel')] },
      { user: 'direct', bot: [TICKET_ID] },
    ]);
    const [ticket] = await harness.tickets.listForUser('user1', 5);
    expect(ticket).toMatchObject({ severity: { bot: 'B' }, plan: 'e5', purchaseChannel: 'direct' });
  });

  test('Japanese, at the plan: 「やっぱり自分だけでした」 re-proposes from the scope and the workaround given before', async () => {
    const harness = createHarness({ channelLocale: 'ja-JP' });
    await play(harness, [
      { user: CRASH_JA, bot: [ja('askScope')] },
      { user: '全社員が影響を受けています', bot: [ja('askWorkaround')] },
      { user: 'はい、ブラウザ版なら使えます', bot: [proposes('ja', 'B')] },
      { user: 'はい', bot: [ja('askPlan')] },
      {
        user: 'やっぱり自分だけでした',
        bot: [
          ja('correctionNoted', { changes: `影響範囲: ${ja('scopeOne')}` }),
          proposes('ja', 'C'),
          ja('askSeverityConfirm'),
        ],
      },
      { user: 'はい', bot: [ja('askPlan')] },
      { user: 'E3', bot: [ja('askChannel')] },
      { user: '直接', bot: [TICKET_ID] },
    ]);
    const [ticket] = await harness.tickets.listForUser('user1', 5);
    expect(ticket.severity).toMatchObject({ bot: 'C' });
  });

  test("English: a severity the user chose stays theirs; only the bot's own assessment follows the correction", async () => {
    const harness = createHarness();
    const replies = await play(harness, [
      { user: CRASH_EN, bot: [en('askScope')] },
      { user: 'the whole team', bot: [en('askWorkaround')] },
      { user: 'no', bot: [proposes('en', 'A')] },
      { user: "no, it's a C", bot: [en('askOverrideReason')] },
      { user: 'we can wait until Monday', bot: [en('askPlan')] },
      { user: "actually it's only me", bot: [/my own assessment is now Severity B/, en('askPlan')] },
      { user: 'E3', bot: [en('askChannel')] },
      { user: 'direct', bot: [TICKET_ID] },
    ]);
    expect(replies[5].map(replyText).join('\n')).not.toContain(en('askSeverityConfirm'));
    const [ticket] = await harness.tickets.listForUser('user1', 5);
    expect(ticket.severity).toMatchObject({ bot: 'B', user: 'C', userReason: 'we can wait until Monday' });
  });

  test('Japanese: お客様が選んだ重大度は、訂正してもそのまま', async () => {
    const harness = createHarness({ channelLocale: 'ja-JP' });
    await play(harness, [
      { user: CRASH_JA, bot: [ja('askScope')] },
      { user: '全社員が影響を受けています', bot: [ja('askWorkaround')] },
      { user: 'いいえ', bot: [proposes('ja', 'A')] },
      { user: 'いいえ、C です', bot: [ja('askOverrideReason')] },
      { user: '月曜まで待てます', bot: [ja('askPlan')] },
      { user: 'やっぱり回避策ありました、ブラウザ版で使えます', bot: [/重大度 B/, ja('askPlan')] },
      { user: 'E3', bot: [ja('askChannel')] },
      { user: '直接', bot: [TICKET_ID] },
    ]);
    const [ticket] = await harness.tickets.listForUser('user1', 5);
    expect(ticket.severity).toMatchObject({ bot: 'B', user: 'C' });
  });
});
