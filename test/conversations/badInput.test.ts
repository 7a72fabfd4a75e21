import { en, ja } from '../support/messages';
import { createHarness } from '../support/botHarness';
import { play } from '../support/transcript';

const OUTAGE_EN = 'Exchange Online is down for the whole company, nobody can send mail, and there is no workaround';

describe('input the bot does not expect gets a clear answer', () => {
  test('English: an empty message is explained', async () => {
    await play(createHarness(), [{ user: { type: 'message', text: '' }, bot: [en('unsupportedAttachment')] }]);
  });

  test('Japanese: a file without text is explained', async () => {
    await play(createHarness({ channelLocale: 'ja-JP' }), [
      {
        user: {
          type: 'message',
          attachments: [{ contentType: 'image/png', contentUrl: 'https://example.invalid/x.png' }],
        },
        bot: [ja('unsupportedAttachment')],
      },
    ]);
  });

  test('English: an answer that is not one of the buttons gets a re-prompt with the buttons', async () => {
    await play(createHarness(), [
      { user: OUTAGE_EN, bot: [en('askSeverityConfirm')] },
      { user: en('severityAgree'), bot: [en('askPlan')] },
      { user: 'banana', bot: [(a) => JSON.stringify(a).includes(en('retryWithHint', { hint: en('hintPlan') }))] },
    ]);
  });

  test('Japanese: a description too short to triage is asked for again', async () => {
    await play(createHarness({ channelLocale: 'ja-JP' }), [
      { user: 'こんにちは', bot: [ja('askDescription')] },
      { user: 'あ', bot: [ja('descriptionTooShort')] },
    ]);
  });

  test('English: a first message that only says how the organisation bought is no problem: noted, and the bot asks for one', async () => {
    await play(createHarness(), [
      { user: 'through our reseller', bot: [/^Thanks, noted: /, en('askDescription')] },
      { user: 'we bought it directly', bot: [/^Thanks, noted: /, en('askDescription')] },
    ]);
  });

  test('Japanese: a purchase channel typed after a ticket does not start a new triage of it', async () => {
    await play(createHarness({ channelLocale: 'ja-JP' }), [
      { user: 'サブスクリプションを解約したいです。', bot: [ja('askChannel')] },
      { user: 'マイクロソフトから直接買いました', bot: [(a) => JSON.stringify(a).includes('TRG-')] },
      { user: '販売代理店経由です', bot: [/と承りました/, ja('askDescription')] },
    ]);
  });

  test('English: markup and Markdown in the description are shown as text, never as active content', async () => {
    const hostile =
      'We were charged twice this month <script>alert(1)</script> [pay here](https://evil.example) **now**';
    const harness = createHarness();
    const replies = await play(harness, [
      { user: hostile, bot: [en('askCategory')] },
      { user: 'Billing and subscription management support', bot: [en('askChannel')] },
      { user: en('channel.direct'), bot: [(a) => (a.attachments?.length ?? 0) > 0] },
    ]);
    const card = JSON.stringify(replies[2].find((a) => a.attachments?.length)!.attachments);
    expect(card).not.toContain('<script>');
    expect(card).not.toContain('](https://evil.example)');
    expect(card).not.toContain('**now**');
    expect(card).toContain('＜script＞');
  });

  test('English: in a Teams channel the @mention is not part of what the user said', async () => {
    await play(createHarness(), [
      {
        user: {
          type: 'message',
          text: '<at>Triage</at> help',
          recipient: { id: 'bot', name: 'Triage' },
          entities: [{ type: 'mention', mentioned: { id: 'bot', name: 'Triage' }, text: '<at>Triage</at>' }],
        },
        bot: [en('help')],
      },
    ]);
  });
});
