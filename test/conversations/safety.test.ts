import type { Activity } from 'botbuilder';
import { en, ja, TICKET_ID } from '../support/messages';
import { createHarness, replyText } from '../support/botHarness';
import { play } from '../support/transcript';
import { renderedAsWebChat } from '../support/renderedMarkup';

/** Markup a user might type, on purpose or by pasting: none of it may come back live. */
const HOSTILE = '<img src=x onerror=alert(1)> [click](https://evil.example) **urgent** `code` _x_';
const LIVE = ['<img', '[click]', '**urgent**', '`code`', '_x_'];

/** What the user typed that a renderer would make live: as raw text, or once rendered the way Web Chat does. */
const RENDERED_LIVE = [/<img/, /<a [^>]*evil/, /<code>code/, /<strong>urgent/, /<em>x/];

function echoesMarkup(replies: Partial<Activity>[][]): string[] {
  const shown = replies.flat().map(replyText).join('\n');
  const rendered = renderedAsWebChat(replies.flat());
  return [
    ...LIVE.filter((fragment) => shown.includes(fragment)),
    ...RENDERED_LIVE.filter((pattern) => pattern.test(rendered)).map(String),
  ];
}

describe('user text never becomes live markup in what the bot sends', () => {
  test('English: a hostile country answer is quoted inert', async () => {
    const replies = await play(createHarness(), [
      { user: 'I want to order MOC courseware for my class, who do I contact?', bot: [en('askCountry')] },
      { user: `Atlantis ${HOSTILE}`, bot: [/can't find a regional MOC contact/] },
    ]);
    expect(echoesMarkup(replies)).toEqual([]);
    expect(replies[1].map(replyText).join(' ')).toContain('［click］');
  });

  test('Japanese: 国名に入れたマークアップもそのまま表示されない', async () => {
    const replies = await play(createHarness({ channelLocale: 'ja-JP' }), [
      { user: 'MOC のコースウェア教材を注文したいのですが、窓口を教えてください。', bot: [ja('askCountry')] },
      { user: `アトランティス ${HOSTILE}`, bot: [] },
    ]);
    expect(echoesMarkup(replies)).toEqual([]);
  });

  test('English: the description quoted in the severity reasons, the ticket card and a hand-off is inert', async () => {
    const harness = createHarness();
    const description = `Exchange Online is down for the whole company ${HOSTILE}, nobody can send mail, no workaround`;
    const replies = await play(harness, [
      { user: description, bot: [en('askSeverityConfirm')] },
      { user: `also my printer doesn't work ${HOSTILE}`, bot: [] },
      { user: 'talk to a person', bot: [/handing this conversation/] },
    ]);
    expect(echoesMarkup(replies)).toEqual([]);
  });

  test('Japanese: 説明文・重大度の理由・チケット カードのマークアップは無害化される', async () => {
    const harness = createHarness({ channelLocale: 'ja-JP' });
    const replies = await play(harness, [
      {
        user: `全社で Exchange Online のメールが送受信できません。Web版もだめで、業務が止まっています。${HOSTILE}`,
        bot: [ja('askSeverityConfirm')],
      },
      { user: 'はい', bot: [ja('askPlan')] },
      { user: 'E3', bot: [ja('askChannel')] },
      { user: '直接', bot: [TICKET_ID] },
    ]);
    expect(echoesMarkup(replies)).toEqual([]);
  });

  test('Japanese: 引き継ぎ後の追記の受付にもユーザーの文字は生きたまま出ない', async () => {
    const harness = createHarness({ channelLocale: 'ja-JP' });
    const replies = await play(harness, [
      { user: `全社でメールが送れません ${HOSTILE}`, bot: [] },
      { user: '担当者に代わってください', bot: [/引き継ぎます/] },
      { user: HOSTILE, bot: [] },
    ]);
    expect(echoesMarkup(replies)).toEqual([]);
  });
});
