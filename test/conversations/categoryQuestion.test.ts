import { loadTriageData } from '../../src/domain/data/loadData';
import type { Category, Locale } from '../../src/domain/types';
import { t } from '../../src/i18n/catalog';
import { createHarness } from '../support/botHarness';
import { play } from '../support/transcript';

const data = loadTriageData();
const label = (category: Category, locale: Locale) => data.support.categories.categories[category].label[locale];

describe('when two categories fit, one short question decides', () => {
  test('Japanese: prices and this month’s invoice in one message → pre-sales or billing?', async () => {
    await play(createHarness({ channelLocale: 'ja-JP' }), [
      {
        user: 'E5 にアップグレードした場合の価格と、今月の請求額が増えた理由を教えてください。',
        bot: [t('ja', 'askCategory'), label('presales', 'ja'), label('billing', 'ja')],
      },
      { user: label('billing', 'ja'), bot: [`**${label('billing', 'ja')}**`, t('ja', 'askChannel')] },
    ]);
  });

  test('English: MOC course and its exam → courseware or certification?', async () => {
    await play(createHarness(), [
      {
        user: 'We finished the MOC course last week; what about the certification exam that follows it?',
        bot: [t('en', 'askCategory'), label('courseware', 'en'), label('certification', 'en')],
      },
      { user: label('certification', 'en'), bot: [`**${label('certification', 'en')}**`] },
    ]);
  });

  test("English: an outage for everyone told beside a vendor's phones → that vendor's desk, or technical support?", async () => {
    await play(createHarness(), [
      {
        user: 'Nobody in the company can take calls: all 60 of our Poly desk phones fail to sign in to Teams since the firmware update last night.',
        bot: [t('en', 'askCategory'), label('thirdparty', 'en'), label('technical', 'en')],
      },
      { user: label('technical', 'en'), bot: [`**${label('technical', 'en')}**`] },
    ]);
  });

  test('Japanese: the firewall named beside an outage for everyone → network, or technical support?', async () => {
    await play(createHarness({ channelLocale: 'ja-JP' }), [
      {
        user: 'ファイアウォールの設定を変えてから、全社でSharePoint Onlineに一切つながらなくなりました。',
        bot: [t('ja', 'askCategory'), label('network', 'ja'), label('technical', 'ja')],
      },
      { user: label('network', 'ja'), bot: [`**${label('network', 'ja')}**`] },
    ]);
  });

  test('English: a product of another maker the bot cannot know, named in Teams → third-party, or technical support?', async () => {
    await play(createHarness(), [
      {
        user: 'Since Tuesday the GrainDesk tab in our Teams channel only shows a spinning wheel.',
        bot: [t('en', 'askCategory'), label('thirdparty', 'en'), label('technical', 'en')],
      },
      { user: 'third party', bot: [`**${label('thirdparty', 'en')}**`] },
    ]);
  });

  test('Japanese: a product said to be another company’s → third-party, or technical support?', async () => {
    await play(createHarness({ channelLocale: 'ja-JP' }), [
      {
        user: 'Teams の会議を開くと毎回「ホシゾラが応答しません」と出て落ちます。ホシゾラは別の会社の製品です。',
        bot: [t('ja', 'askCategory'), label('thirdparty', 'ja'), label('technical', 'ja')],
      },
      { user: 'サードパーティです', bot: [`**${label('thirdparty', 'ja')}**`] },
    ]);
  });

  test('English: an answer that is neither button is asked again with the same buttons', async () => {
    await play(createHarness(), [
      {
        user: 'We want to add 20 licences and also compare prices with Business Premium before buying',
        bot: [t('en', 'askCategory')],
      },
      {
        user: 'whatever',
        bot: [
          t('en', 'retryWithHint', { hint: t('en', 'hintChoice') }),
          label('presales', 'en'),
          label('billing', 'en'),
        ],
      },
    ]);
  });
});
