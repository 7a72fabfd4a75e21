import type { Locale } from '../../src/domain/types';
import { matcher, summary } from './country.helpers';

type Case = [query: string, locale: Locale, want: string];
const SWISS = 'ambiguous[CH-de,CH-fr]';

const ambiguous: Case[] = [
  ['Schweiz oder Suisse?', 'en', SWISS],
  ['Suiza', 'en', SWISS],
  ['Helvetia', 'en', SWISS],
  ['che', 'en', SWISS],
  ['🇨🇭🇨🇭', 'ja', SWISS],
  ['We are in Switzerland', 'en', SWISS],
  ['スイスです', 'ja', SWISS],
  ['すいす', 'ja', SWISS],
  ['Switzerlad', 'en', SWISS],
  ['Dominica', 'en', 'ambiguous[DM,DO]'],
  ['ドミニカです', 'ja', 'ambiguous[DM,DO]'],
  ['the Virgin Islands', 'en', 'ambiguous[VG,VI]'],
  ['ヴァージン諸島', 'ja', 'ambiguous[VG,VI]'],
  ['France and Germany', 'en', 'ambiguous[DE,FR]'],
  ['Canada / USA', 'en', 'ambiguous[CA,US]'],
  ['日本か韓国', 'ja', 'ambiguous[JP,KR]'],
  ['Tokyo and Seoul offices', 'en', 'ambiguous[JP,KR]'],
  ['Domini', 'en', 'ambiguous[DM,DO]'],
  ['Lugano', 'en', SWISS],
];

const exactPicks: Case[] = [
  ['Commonwealth of Dominica', 'en', 'DM'],
  ['República Dominicana', 'en', 'DO'],
  ['ドミニカ共和国のサントドミンゴ', 'ja', 'DO'],
  ['Virgin Islands (British)', 'en', 'VG'],
  ['BVI', 'ja', 'VG'],
  ['英領ヴァージン諸島', 'ja', 'VG'],
  ['US Virgin Islands', 'en', 'VI'],
  ['Charlotte Amalie', 'en', 'VI'],
  ['British Honduras', 'en', 'BZ'],
];

const none: Case[] = [
  ['', 'en', 'none'],
  ['   ', 'ja', 'none'],
  ['no', 'en', 'none'],
  ['not sure', 'en', 'none'],
  ['I do not know', 'en', 'none'],
  ['Outlook keeps crashing', 'en', 'none'],
  ['password reset please', 'en', 'none'],
  ['<script>alert(1)</script>', 'en', 'none'],
  ['!!!', 'en', 'none'],
  ['qwerty', 'en', 'none'],
  ['Narnia', 'en', 'none'],
  ['わからない', 'ja', 'none'],
  ['不明', 'ja', 'none'],
  ['こんにちは', 'ja', 'none'],
  ['メールが送れません', 'ja', 'none'],
  ['タイプがわかりません', 'ja', 'none'],
  ['日本語でお願いします', 'ja', 'none'],
  // continents and regions
  ['Africa', 'en', 'none'],
  ['Latin America', 'en', 'none'],
  ['North America', 'en', 'none'],
  ['Middle East', 'en', 'none'],
  ['Oceania', 'en', 'none'],
  ['European Union', 'en', 'none'],
  ['ヨーロッパ', 'ja', 'none'],
  ['中東', 'ja', 'none'],
  ['南米', 'ja', 'none'],
  ['アフリカ', 'ja', 'none'],
  // real countries without a row: never a neighbour or a look-alike
  ['Greece', 'en', 'none'],
  ['Egypt', 'en', 'none'],
  ['Hungary', 'en', 'none'],
  ['Slovak Republic', 'en', 'none'],
  ['Czechia', 'en', 'none'],
  ['Guinea-Bissau', 'en', 'none'],
  ['Equatorial Guinea', 'en', 'none'],
  ['Grenadines', 'en', 'none'],
  ['Luxembourg', 'en', 'none'],
  ['Ukraine', 'en', 'none'],
  ['Nigerai', 'en', 'none'],
  ['Icelnd', 'en', 'none'],
  // a slip of a country without a row lands on that country, not on a look-alike with a row
  ['Turky', 'en', 'none'],
  ['Grece', 'en', 'none'],
  ['Egpyt', 'en', 'none'],
  ['Hungry', 'en', 'none'],
  ['I live in Turky', 'en', 'none'],
  // not near enough to any one country
  ['Wakanda', 'en', 'none'],
  ['Cairo', 'en', 'none'],
  ['Ankara, Türkiye', 'en', 'none'],
  ['Georgetown, Guyana', 'en', 'none'],
  ['KP', 'en', 'none'],
  ['IRN', 'en', 'none'],
  ['🇮🇸', 'en', 'none'],
  ['ギリシャ', 'ja', 'none'],
  ['アイスランド', 'ja', 'none'],
  ['北朝鮮', 'ja', 'none'],
  ['ナイジェリア', 'ja', 'none'],
  ['ニジェール', 'ja', 'none'],
  ['赤道ギニア', 'ja', 'none'],
  ['スロヴァキア', 'ja', 'none'],
  ['チェコ', 'ja', 'none'],
  ['トルコ', 'ja', 'none'],
  // a colony's old name is not the country it contains; a city that begins a longer unknown name is not that city
  ['英領ギアナ', 'ja', 'none'],
  ['Charlotte Ameliaville', 'en', 'none'],
  ['Saipan', 'en', 'none'],
  ['🇺🇲', 'en', 'none'],
];

describe('country matcher: ambiguous and none', () => {
  const m = matcher();
  test.each(ambiguous)('ambiguous %p (%s) → %s', (q, loc, want) => {
    const r = m.match(q, loc);
    expect(summary(r)).toBe(want);
    expect(r.match).toBeNull();
  });
  test.each(exactPicks)('one of a confusable pair %p (%s) → %s', (q, loc, want) => {
    expect(summary(m.match(q, loc))).toBe(want);
  });
  test.each(none)('none %p (%s)', (q, loc, want) => {
    const r = m.match(q, loc);
    expect(summary(r)).toBe(want);
    expect(r.match).toBeNull();
  });

  test('Swiss candidates carry their language; others carry null', () => {
    const r = m.match('Svájc', 'en'); // Hungarian name: whole-query lookup in any locale
    expect(r.status).toBe('ambiguous');
    expect(r.candidates.map((c) => c.language).sort()).toEqual(['de', 'fr']);
    const d = m.match('Dominica', 'en');
    expect(d.candidates.every((c) => c.language === null)).toBe(true);
  });

  test('huge and odd input does not throw', () => {
    expect(() => m.match('x'.repeat(100000), 'en')).not.toThrow();
    expect(() => m.match('\u0000\uffff\ud800', 'ja')).not.toThrow();
    expect(m.match(undefined as unknown as string, 'en').status).toBe('none');
  });

  test('match() is fast after construction (median well under 100 µs)', () => {
    const queries = ['Japan', 'スイス', 'I am in Osaka, Japan', 'Canda', 'Europe', '東京にいます', 'hello', 'GBR'];
    const times: number[] = [];
    for (let round = 0; round < 50; round++) {
      for (const q of queries) {
        const t = process.hrtime.bigint();
        m.match(q, 'en');
        times.push(Number(process.hrtime.bigint() - t) / 1000);
      }
    }
    times.sort((a, b) => a - b);
    expect(times[times.length >> 1]).toBeLessThan(100);
  });
});
