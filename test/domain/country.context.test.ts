import type { Locale } from '../../src/domain/types';
import { cuesOf } from '../../src/domain/country/context';
import { normalizeCountryText } from '../../src/domain/country';
import { matcher, summary } from './country.helpers';

type Case = [query: string, locale: Locale, want: string];

/** Two places named: the one the user says they are in now. */
const whereNow: Case[] = [
  // English: living in, based in, moved to, currently, now …
  ["I'm from Vietnam but living in Thailand", 'en', 'TH'],
  ['Uruguayan by birth, residing in Paraguay', 'en', 'PY'],
  ['Relocated to Sweden from Finland', 'en', 'SE'],
  ['moved from Denmark to Norway in 2019', 'en', 'NO'],
  ['Was in Belgium, now in the Netherlands', 'en', 'NL'],
  ['born in Peru, currently in Ecuador', 'en', 'EC'],
  ['I used to live in Guatemala, now I live in Honduras', 'en', 'HN'],
  ['Nicaragua now, Costa Rica before', 'en', 'NI'],
  ['I live in Jamaica but my company is in the US', 'en', 'JM'],
  ['My manager sits in Germany, I am in Austria', 'en', 'AT'],
  ['I work in Chile for a US company', 'en', 'CL'],
  ['living in Canada, moving to the USA next year', 'en', 'CA'],
  ['planning to move to Spain, currently in Portugal', 'en', 'PT'],
  ['Colombia, but originally from Venezuela', 'en', 'CO'],
  ['Indonesia (originally Malaysia)', 'en', 'ID'],
  ['Our office is in Japan but I am working remotely from Korea', 'en', 'KR'],
  ['Taiwan-born, Singapore-based', 'en', 'SG'],
  // a country the user left, and a city elsewhere they say they are in
  ['From Italy, now working in Marseille', 'en', 'FR'],
  ['Left Mexico, settled in Bogotá', 'en', 'CO'],
  // the place they are in now has no row: none, not the other country
  ['Moved from Japan to Greece', 'en', 'none'],
  ['Born in Korea, now living in Egypt', 'en', 'none'],
  // Japanese: 在住, に住んでいます, 今は…にいます, 駐在, 引っ越しました
  ['ペルー出身、チリ在住', 'ja', 'CL'],
  ['韓国出身で、今は日本にいます', 'ja', 'JP'],
  ['メキシコに住んでいますが、出身はアメリカです', 'ja', 'MX'],
  ['本社は日本ですが、私はベトナムに駐在しています', 'ja', 'VN'],
  ['マレーシアからシンガポールに引っ越しました', 'ja', 'SG'],
  ['以前はフランス、現在はベルギーにいます', 'ja', 'BE'],
  ['赴任先はインドです。出身は日本', 'ja', 'IN'],
  ['大阪出身、台北在住', 'ja', 'TW'],
  ['日本からギリシャに移住しました', 'ja', 'none'],
];

/** Where the words do not settle it, or name no country with a row: ambiguous or none, never a pick. */
const staysOpen: Case[] = [
  ['Chile and Peru', 'en', 'ambiguous[CL,PE]'],
  ['Chile or Peru?', 'en', 'ambiguous[CL,PE]'],
  ['I live in Japan and Korea', 'en', 'ambiguous[JP,KR]'],
  ['I split my time between France and Belgium', 'en', 'ambiguous[BE,FR]'],
  ['Moving from the US to Canada next month', 'en', 'ambiguous[CA,US]'],
  ['Japan, but I live in Seoul now', 'en', 'ambiguous[JP,KR]'],
  ['日本と韓国に住んでいます', 'ja', 'ambiguous[JP,KR]'],
  ['アメリカから日本に引っ越す予定です', 'ja', 'ambiguous[JP,US]'],
  ['ドイツとオーストリアに拠点があります', 'ja', 'ambiguous[AT,DE]'],
  // a bare "from" may be where the user writes from: no pick by elimination
  ["I'm from Japan and need help with Korea licences", 'en', 'ambiguous[JP,KR]'],
  ['Moved from Greece to Turkey', 'en', 'none'],
  ['I live here', 'en', 'none'],
  ['I moved to a new office', 'en', 'none'],
  ['Hello from the other side', 'en', 'none'],
  ['moved to the Middle East', 'en', 'none'],
  ['海外在住です', 'ja', 'none'],
  ['ヨーロッパに住んでいます', 'ja', 'none'],
];

describe('country matcher: where the user is now', () => {
  const m = matcher();
  test.each(whereNow)('%p (%s) → %s', (q, loc, want) => {
    expect(summary(m.match(q, loc))).toBe(want);
  });
  test.each(staysOpen)('stays open: %p (%s) → %s', (q, loc, want) => {
    expect(summary(m.match(q, loc))).toBe(want);
  });
});

describe('country context cues', () => {
  /** The cue of each name in `text` (names marked [like this]). */
  const cues = (marked: string) => {
    const spans: Array<{ start: number; end: number }> = [];
    let plain = '';
    for (const part of marked.split(/(\[[^\]]+\])/)) {
      if (part.startsWith('[')) {
        const name = normalizeCountryText(part.slice(1, -1));
        const start = plain ? plain.length + 1 : 0;
        plain = plain ? `${plain} ${name}` : name;
        spans.push({ start, end: start + name.length });
      } else {
        const words = normalizeCountryText(part);
        if (words) plain = plain ? `${plain} ${words}` : words;
      }
    }
    return cuesOf(plain, spans);
  };

  test.each([
    ['born in [Chile] living in [Peru]', ['past', 'current']],
    ['was in [Chile] now in [Peru]', ['past', 'current']],
    ['[Chile] now', ['current']],
    ['my company is in [Chile] and I am in [Peru]', ['other', 'current']],
    ['moving to [Chile]', ['future']],
    ['moved from [Chile] to [Peru]', ['past', 'current']],
    ['I am from [Chile]', ['origin']],
    ['[Chile] 出身 今は [Peru] にいます', ['past', 'current']],
    ['[Chile] and [Peru]', [null, null]],
    ['I live in [Chile] and [Peru]', ['current', 'current']],
    ['[Chile] or [Peru]', [null, null]],
  ] as Array<[string, Array<string | null>]>)('%p → %p', (marked, want) => {
    expect(cues(marked)).toEqual(want);
  });
});
