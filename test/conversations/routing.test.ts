import { loadTriageData } from '../../src/domain/data/loadData';
import type { Category, Locale } from '../../src/domain/types';
import { createHarness } from '../support/botHarness';
import { play } from '../support/transcript';

const data = loadTriageData();
const routeOf = (category: Category, locale: Locale) => data.support.categories.categories[category].route[locale];
const labelOf = (category: Category, locale: Locale) => data.support.categories.categories[category].label[locale];

// One description per category and language, each clearly of that category.
const CASES: Array<[Locale, Category, string]> = [
  ['en', 'billing', 'We were charged twice on this month’s invoice for our subscription.'],
  ['ja', 'billing', '今月の請求書で同じサブスクリプションが二重に請求されています。'],
  ['en', 'presales', 'Before we buy, what is the price difference between Business Basic and Business Standard?'],
  ['ja', 'presales', '購入を検討しています。Business Standard と E3 の価格と機能の違いを教えてください。'],
  ['en', 'courseware', 'How do I order Microsoft Official Courseware (MOC) student kits for our training centre?'],
  ['ja', 'courseware', 'MOC の公式コースウェアの教材を注文したいです。'],
  ['en', 'certification', 'My exam result for AZ-104 is not showing on my certification profile.'],
  ['ja', 'certification', '認定試験の予約を変更したいです。'],
  ['en', 'network', 'Our own firewall blocks Teams traffic from the office network; which ports should we open?'],
  ['ja', 'network', '社内のプロキシ サーバーのせいで Teams の通話が切れます。'],
  ['en', 'thirdparty', 'The DocuSign add-in for Word stopped loading after the update.'],
  ['ja', 'thirdparty', 'Zoom のアドインが Outlook に表示されなくなりました。'],
  ['en', 'scripting', 'My VBA macro in Excel fails with a type mismatch error when it loops over the rows.'],
  ['ja', 'scripting', 'Excel の VBA マクロが実行時エラーになります。コードを見てください。'],
  ['en', 'developer', 'I am building an app that calls the Microsoft Graph API and get 401 when reading mail.'],
  ['ja', 'developer', '自社アプリから Microsoft Graph API を呼ぶと 403 エラーになります。'],
];

describe('each category is routed where the seeds send it', () => {
  test.each(CASES)('%s %s', async (locale, category, description) => {
    const harness = createHarness({ channelLocale: locale === 'ja' ? 'ja-JP' : 'en-US' });
    const [replies] = await play(harness, [
      { user: description, bot: [`**${labelOf(category, locale)}**`, routeOf(category, locale)] },
    ]);
    expect(replies.length).toBeGreaterThan(0);
  });
});
