import { t } from '../../src/i18n/catalog';
import { createHarness, replyText, say } from '../support/botHarness';
import { play } from '../support/transcript';
import { en, ja, TICKET_ID } from '../support/messages';
import { TYPED_PERSONAS, playTypedTriage } from '../support/typedTriages';

describe("every answer typed in the user's own words reaches the ticket", () => {
  test.each(TYPED_PERSONAS.map((p) => [p.name, p] as const))('%s', async (_name, persona) => {
    const harness = createHarness({ channelLocale: persona.locale === 'ja' ? 'ja-JP' : 'en-US' });
    const send = async (text: string) =>
      (await say(harness, text)).map((a) => `${replyText(a)} ${JSON.stringify(a.attachments ?? [])}`);
    const { ticketId } = await playTypedTriage(persona, send);
    const [ticket] = await harness.tickets.listForUser('user1', 5);
    expect(ticket?.id).toBe(ticketId);
    expect(ticket).toMatchObject(persona.ticket);
  });
});

describe('an answer that says more than was asked fills the later questions', () => {
  test('English: "just me, and the web version works" answers the workaround question too', async () => {
    await play(createHarness(), [
      { user: 'Outlook freezes whenever the shared calendar is opened', bot: [en('askScope')] },
      { user: 'just me, and the web version works meanwhile', bot: [/Severity C/, en('askSeverityConfirm')] },
    ]);
  });

  test('Japanese: a plan answer that names the purchase channel skips the channel question', async () => {
    await play(createHarness({ channelLocale: 'ja-JP' }), [
      { user: '今朝から全社でメールが送れなくなっています。回避策はありません。', bot: [ja('askSeverityConfirm')] },
      { user: 'はい', bot: [ja('askPlan')] },
      { user: 'E3 を販売代理店から買っています', bot: [TICKET_ID] },
    ]);
  });

  test('English: the purchase channel said instead of the plan is kept: the plan is asked again, the channel is not', async () => {
    const harness = createHarness();
    await play(harness, [
      {
        user: 'Exchange Online is down for the whole company, nobody can send mail, and there is no workaround',
        bot: [en('askSeverityConfirm')],
      },
      { user: 'yes', bot: [en('askPlan')] },
      {
        user: 'we go through a partner, Contoso IT does our licensing',
        bot: [(a) => JSON.stringify(a).includes(en('retryWithHint', { hint: en('hintPlan') }))],
      },
      { user: 'E3', bot: [TICKET_ID] },
    ]);
    const [ticket] = await harness.tickets.listForUser('user1', 5);
    expect(ticket).toMatchObject({ plan: 'e3', purchaseChannel: 'csp' });
  });

  test('Japanese: the purchase channel said instead of the plan is kept, and the plan taken as not known', async () => {
    const harness = createHarness({ channelLocale: 'ja-JP' });
    await play(harness, [
      { user: '今朝から全社でメールが送れなくなっています。回避策はありません。', bot: [ja('askSeverityConfirm')] },
      { user: 'はい', bot: [ja('askPlan')] },
      { user: '販売代理店から買っています', bot: [TICKET_ID] },
    ]);
    const [ticket] = await harness.tickets.listForUser('user1', 5);
    expect(ticket).toMatchObject({ purchaseChannel: 'csp' });
  });

  test('English: a plan and channel named when confirming the severity are not asked again', async () => {
    const harness = createHarness();
    await play(harness, [
      {
        user: 'Exchange Online is down for the whole company, nobody can send mail, and there is no workaround',
        bot: [en('askSeverityConfirm')],
      },
      { user: "yes that fits, we're on E3 and bought it through a reseller", bot: [TICKET_ID] },
    ]);
    const [ticket] = await harness.tickets.listForUser('user1', 5);
    expect(ticket).toMatchObject({ plan: 'e3', purchaseChannel: 'csp' });
  });

  test('Japanese: a plan and channel named when confirming the severity are not asked again', async () => {
    const harness = createHarness({ channelLocale: 'ja-JP' });
    await play(harness, [
      { user: '今朝から全社でメールが送れなくなっています。回避策はありません。', bot: [ja('askSeverityConfirm')] },
      { user: 'はい、合っています。E3 を販売代理店から買っています', bot: [TICKET_ID] },
    ]);
    const [ticket] = await harness.tickets.listForUser('user1', 5);
    expect(ticket).toMatchObject({ plan: 'e3', purchaseChannel: 'csp' });
  });

  test('English: a channel named at the workaround question is kept; only the plan is asked', async () => {
    const harness = createHarness();
    await play(harness, [
      { user: 'The shared calendar will not load in Outlook', bot: [en('askWorkaround')] },
      { user: 'no workaround, and we buy everything through a partner', bot: [en('askSeverityConfirm')] },
      { user: 'yes', bot: [en('askPlan')] },
      { user: 'E5', bot: [TICKET_ID] },
    ]);
    const [ticket] = await harness.tickets.listForUser('user1', 5);
    expect(ticket).toMatchObject({ plan: 'e5', purchaseChannel: 'csp' });
  });

  test('English: "no, it\'s an A" sets the user\'s severity without asking which one', async () => {
    await play(createHarness(), [
      { user: 'The shared calendar will not load in Outlook', bot: [en('askWorkaround')] },
      { user: 'no', bot: [en('askSeverityConfirm')] },
      { user: "no, it's an A", bot: [en('askOverrideReason')] },
    ]);
  });
});

describe('"higher" and "lower" move one step from the bot\'s severity', () => {
  test('English: "less urgent than that" after a proposed A records B, without asking which', async () => {
    await play(createHarness(), [
      {
        user: 'Exchange Online is down for the whole company, nobody can send mail, and there is no workaround',
        bot: [/Severity A/, en('askSeverityConfirm')],
      },
      { user: 'less urgent than that', bot: [en('askOverrideReason')] },
      { user: 'only internal mail is affected', bot: [en('severityOverridden', { user: 'B', bot: 'A' })] },
    ]);
  });

  test('Japanese: 「もっと緊急です」 after a proposed B records A', async () => {
    await play(createHarness({ channelLocale: 'ja-JP' }), [
      {
        user: '営業部の何人かで、Outlookの予定表が同期されず会議室の予約が重なっています',
        bot: [/重大度 B/, ja('askSeverityConfirm')],
      },
      { user: 'いいえ、もっと緊急です', bot: [ja('askOverrideReason')] },
      { user: '決算の締めが今日です', bot: [ja('severityOverridden', { user: 'A', bot: 'B' })] },
    ]);
  });
});

describe('the severity the user picks is read from their words', () => {
  test('Japanese: 「重大度は高で」 names High (B): 重大度 is the word for severity, not "critical"', async () => {
    await play(createHarness({ channelLocale: 'ja-JP' }), [
      {
        user: '今朝から全社でメールが送れなくなっています。回避策はありません。',
        bot: [/重大度 A/, ja('askSeverityConfirm')],
      },
      { user: 'いいえ、変えたいです', bot: [ja('askSeverityOverride')] },
      { user: '重大度は高でお願いします', bot: [ja('askOverrideReason')] },
      { user: '社外とのやり取りは電話でできています', bot: [ja('severityOverridden', { user: 'B', bot: 'A' })] },
    ]);
  });

  test('English: "not an outage, but high" names High (B), not Critical', async () => {
    await play(createHarness(), [
      {
        user: 'Exchange Online is down for the whole company, nobody can send mail, and there is no workaround',
        bot: [/Severity A/, en('askSeverityConfirm')],
      },
      { user: "no, I'd like to change it", bot: [en('askSeverityOverride')] },
      { user: 'not an outage for us, but high', bot: [en('askOverrideReason')] },
      { user: 'only internal mail is affected', bot: [en('severityOverridden', { user: 'B', bot: 'A' })] },
    ]);
  });
});

describe('a plan or a channel typed before the problem is not asked for again', () => {
  test('English: "we\'re on E3, through our reseller", then the problem: the ticket comes without a plan or channel question', async () => {
    const replies = await play(createHarness(), [
      { user: "we're on E3, through our reseller", bot: [/^Thanks, noted: .*E3/, en('askDescription')] },
      { user: 'Outlook crashes for me when I open the shared calendar', bot: [en('askWorkaround')] },
      { user: 'yes, the web version works', bot: [/Severity C/, en('askSeverityConfirm')] },
      { user: 'yes', bot: [TICKET_ID] },
    ]);
    const said = replies
      .flat()
      .map((r) => JSON.stringify(r))
      .join('\n');
    expect(said).not.toContain(en('askPlan'));
    expect(said).not.toContain(en('askChannel'));
    expect(said).toContain(en('channel.csp'));
  });

  test('Japanese: 「販売代理店経由です」, then a billing question: the ticket comes without the channel question', async () => {
    const replies = await play(createHarness({ channelLocale: 'ja-JP' }), [
      { user: '販売代理店経由です', bot: [/と承りました/, ja('askDescription')] },
      { user: 'サブスクリプションを解約したいです。', bot: [TICKET_ID] },
    ]);
    const said = replies
      .flat()
      .map((r) => JSON.stringify(r))
      .join('\n');
    expect(said).not.toContain(ja('askChannel'));
    expect(said).toContain(ja('channel.csp'));
  });
});

describe("how the organisation bought is read from the user's words", () => {
  test("Japanese: 「代理店は入っていません」 is a direct purchase, not a partner's", async () => {
    await play(createHarness({ channelLocale: 'ja-JP' }), [
      { user: 'サブスクリプションを解約したいです。', bot: [ja('askChannel')] },
      {
        user: '代理店は入っていません、マイクロソフトと直接契約です',
        bot: [(a) => JSON.stringify(a).includes(ja('channel.direct'))],
      },
    ]);
  });
});

describe('a disagreement worded with the verb of agreeing is a disagreement', () => {
  test('Japanese: 「その判定には同意しかねます」 asks which severity fits better', async () => {
    await play(createHarness({ channelLocale: 'ja-JP' }), [
      { user: '今朝から全社でメールが送れなくなっています。回避策はありません。', bot: [ja('askSeverityConfirm')] },
      { user: 'その判定には同意しかねます', bot: [ja('askSeverityOverride')] },
    ]);
  });
});

describe('agreement typed in one word is agreement', () => {
  test('English: "Confirmed." keeps the bot\'s severity and moves on to the plan', async () => {
    await play(createHarness(), [
      {
        user: 'Exchange Online is down for the whole company, nobody can send mail, and there is no workaround',
        bot: [/Severity A/, en('askSeverityConfirm')],
      },
      { user: 'Confirmed.', bot: [en('askPlan')] },
    ]);
  });
});

describe("who is affected is read from the user's words", () => {
  test('English: "only me, nobody else has it" is one person, so a problem with a workaround is C', async () => {
    await play(createHarness(), [
      { user: 'Outlook crashes when I open the shared calendar', bot: [en('askScope')] },
      { user: 'only me, nobody else has it', bot: [en('askWorkaround')] },
      { user: 'yes, the web version works', bot: [/Severity C/, en('askSeverityConfirm')] },
    ]);
  });
});

describe('an answer still not understood is asked again once, then the bot moves on', () => {
  test('English: a second miss at the plan question is taken as "don\'t know", never a third ask', async () => {
    await play(createHarness(), [
      {
        user: 'Exchange Online is down for the whole company, nobody can send mail, and there is no workaround',
        bot: [en('askSeverityConfirm')],
      },
      { user: 'yes', bot: [en('askPlan')] },
      { user: 'banana', bot: [(a) => JSON.stringify(a).includes(en('retryWithHint', { hint: en('hintPlan') }))] },
      { user: 'pineapple', bot: [en('fallbackUnknown'), en('askChannel')] },
    ]);
  });

  test("Japanese: a second miss at the severity question keeps the bot's severity and offers a person", async () => {
    const harness = createHarness({ channelLocale: 'ja-JP' });
    await play(harness, [
      { user: '今朝から全社でメールが送れなくなっています。回避策はありません。', bot: [ja('askSeverityConfirm')] },
      { user: 'うーむ', bot: [(a) => JSON.stringify(a).includes(ja('retryWithHint', { hint: ja('hintConfirm') }))] },
      { user: 'ほげほげ', bot: [/重大度 A/, ja('askPlan')] },
    ]);
    const texts = (await say(harness, 'E3')).map(replyText).join('\n');
    expect(texts).toContain(t('ja', 'askChannel'));
  });
});
