import { en, ja, TICKET_ID } from '../support/messages';
import { createHarness } from '../support/botHarness';
import { play } from '../support/transcript';

const COURSEWARE_EN = 'Where can our training centre order Microsoft Official Courseware (MOC) kits?';
const COURSEWARE_JA = 'トレーニング センターで MOC の公式コースウェアを注文するにはどこに連絡すればよいですか。';

describe('courseware: the regional MOC contact for the user country', () => {
  test('English: a matched country gets its phones by language, hours and whether the desk is open now', async () => {
    const harness = createHarness({ now: new Date('2026-11-23T15:00:00Z') }); // Monday 10:00 in Bogotá
    await play(harness, [
      { user: COURSEWARE_EN, bot: [en('askCountry')] },
      {
        user: 'Brasil',
        bot: [en('countryMatched', { country: 'Brazil' }), '+1 305 715-1491', 'Portuguese', /Open now/, TICKET_ID],
      },
    ]);
  });

  test('Japanese: Switzerland has two rows, so the bot asks which, then shows that row', async () => {
    const harness = createHarness({ channelLocale: 'ja-JP' });
    await play(harness, [
      { user: COURSEWARE_JA, bot: [ja('askCountry')] },
      { user: 'スイス', bot: [/スイス \(フランス語\)[\s\S]*スイス \(ドイツ語\)/] },
      {
        user: 'スイス (ドイツ語)',
        bot: [ja('countryMatched', { country: 'スイス (ドイツ語)' }), '0800-835716', TICKET_ID],
      },
    ]);
  });

  test('English: Dominica could be two rows, and the bot asks instead of guessing', async () => {
    const harness = createHarness();
    await play(harness, [
      { user: COURSEWARE_EN, bot: [en('askCountry')] },
      { user: 'Dominica', bot: [/Dominica[\s\S]*Dominican Republic/] },
      { user: 'Dominican Republic', bot: [en('countryMatched', { country: 'Dominican Republic' }), TICKET_ID] },
    ]);
  });

  test('Japanese: a country with no row is said so, never matched to a neighbour, and the user can try again', async () => {
    const harness = createHarness({ channelLocale: 'ja-JP' });
    await play(harness, [
      { user: COURSEWARE_JA, bot: [ja('askCountry')] },
      { user: 'トルコ', bot: [ja('countryNone', { query: 'トルコ' }), ja('countryTryAgain')] },
      { user: ja('countryTryAgain'), bot: [ja('askCountryAgain')] },
      { user: '日本', bot: [ja('countryMatched', { country: '日本' }), '0120-77-2057', TICKET_ID] },
    ]);
  });

  test('English: the user may continue without a contact', async () => {
    const harness = createHarness();
    await play(harness, [
      { user: COURSEWARE_EN, bot: [en('askCountry')] },
      { user: 'Atlantis', bot: [en('countryNone', { query: 'Atlantis' })] },
      { user: en('countrySkip'), bot: [en('card.noContact'), TICKET_ID] },
    ]);
  });

  test('Japanese: a closed desk says when it next opens', async () => {
    const harness = createHarness({ channelLocale: 'ja-JP', now: new Date('2026-11-28T03:00:00Z') }); // Saturday noon JST
    await play(harness, [
      { user: COURSEWARE_JA, bot: [ja('askCountry')] },
      { user: 'Japan', bot: [/現在受付時間外。次の受付開始: 11月30日\(月\) 09:00/] },
    ]);
  });

  test('Japanese: the channel locale (ja-JP) proposes Japan as a button, but the user may type anything else', async () => {
    const harness = createHarness({ channelLocale: 'ja-JP' });
    await play(harness, [
      { user: COURSEWARE_JA, bot: [(a) => JSON.stringify(a.attachments ?? []).includes('"title":"日本"')] },
      { user: 'Korea', bot: [ja('countryMatched', { country: '韓国' })] },
    ]);
  });

  test('English: the country chosen last time is offered first next time', async () => {
    const harness = createHarness();
    await play(harness, [
      { user: COURSEWARE_EN, bot: [en('askCountry')] },
      { user: 'Deutschland', bot: [en('countryMatched', { country: 'Germany' }), TICKET_ID] },
      { user: COURSEWARE_EN, bot: [(a) => JSON.stringify(a.attachments ?? []).includes('"title":"Germany"')] },
      { user: 'Germany', bot: [en('countryMatched', { country: 'Germany' }), TICKET_ID] },
    ]);
  });
});
