import type { Locale } from '../../src/domain/types';
import { matcher, summary } from './country.helpers';

type Case = [query: string, locale: Locale, want: string];

const englishAndEndonyms: Case[] = [
  ['Canada', 'en', 'CA'],
  ['  united   KINGDOM ', 'en', 'GB'],
  ['Great Britain', 'ja', 'GB'],
  ['Scotland', 'en', 'GB'],
  ['Holland', 'en', 'NL'],
  ['Burma', 'en', 'MM'],
  ['Republic of China', 'en', 'TW'],
  ['The Bahamas', 'en', 'BS'],
  ['St. Kitts & Nevis', 'en', 'KN'],
  ['Trinidad & Tobago', 'en', 'TT'],
  ['Curaçao', 'en', 'CW'],
  ['Nederland', 'en', 'NL'],
  ['Danmark', 'en', 'DK'],
  ['Norge', 'en', 'NO'],
  ['Belgique', 'en', 'BE'],
  ['Perú', 'en', 'PE'],
  ['Россия', 'en', 'RU'],
  ['ישראל', 'en', 'IL'],
  ['Magyarország', 'en', 'none'],
  ['日本', 'en', 'JP'],
  ['台灣', 'en', 'TW'],
];

const japanese: Case[] = [
  ['カナダ', 'ja', 'CA'],
  ['あめりか', 'ja', 'US'],
  ['ちゅうごく', 'ja', 'CN'],
  ['にっぽん', 'ja', 'JP'],
  ['英国', 'ja', 'GB'],
  ['スコットランド', 'ja', 'GB'],
  ['ヴェトナム', 'ja', 'VN'],
  ['スエーデン', 'ja', 'SE'],
  ['ノルウエー', 'ja', 'NO'],
  ['モルジブ', 'ja', 'MV'],
  ['仏領ギアナ', 'ja', 'GF'],
  ['イギリス領バージン諸島', 'ja', 'VG'],
  ['米領ヴァージン諸島', 'ja', 'VI'],
  ['オランダ領アンティル', 'ja', 'AN'],
  ['南ア', 'ja', 'ZA'],
  ['ミャンマー（ビルマ）', 'ja', 'MM'],
];

const codesAndFlags: Case[] = [
  ['ca', 'en', 'CA'],
  ['GB', 'ja', 'GB'],
  ['uk', 'en', 'GB'],
  ['CAN', 'en', 'CA'],
  ['nld', 'en', 'NL'],
  ['USA', 'ja', 'US'],
  ['UAE', 'en', 'AE'],
  ['USVI', 'en', 'VI'],
  ['🇨🇦', 'en', 'CA'],
  ['🇬🇧', 'ja', 'GB'],
  ['🇹🇷', 'en', 'none'],
  ['ＣＡＮＡＤＡ', 'en', 'CA'],
  ['ｕｓａ', 'en', 'US'],
  ['ＤＥ', 'ja', 'DE'],
];

const typos: Case[] = [
  ['Canda', 'en', 'CA'],
  ['Argentinia', 'en', 'AR'],
  ['Belguim', 'en', 'BE'],
  ['Portgual', 'en', 'PT'],
  ['Malasia', 'en', 'MY'],
  ['Thialand', 'ja', 'TH'],
  ['Guatamala', 'en', 'GT'],
  ['Jamacia', 'en', 'JM'],
  ['Nwe Zealand', 'en', 'NZ'],
  ['Srilanka', 'en', 'LK'],
  ['Swedan', 'en', 'SE'],
  ['Indonisia', 'en', 'ID'],
  // fuse.js typo step: swaps, drops, a swap plus another slip
  ['Jpaan', 'en', 'JP'],
  ['Itlay', 'en', 'IT'],
  ['Argentna', 'en', 'AR'],
  ['Swedn', 'en', 'SE'],
  ['Germnay', 'en', 'DE'],
  ['Pihlippinees', 'en', 'PH'],
  ['Untied Kingdom', 'en', 'GB'],
  ['Columbia', 'en', 'CO'],
  ['Deutchland', 'en', 'DE'],
  ['スウェーデソ', 'ja', 'SE'],
  ['I am in Germnay', 'en', 'DE'],
  ['Austr', 'en', 'ambiguous[AT,AU]'],
];

const phrases: Case[] = [
  ['I live in Toronto', 'en', 'CA'],
  ['Madrid', 'en', 'ES'],
  ['Our team sits in Kuala Lumpur', 'en', 'MY'],
  ['Buenos Aires', 'en', 'AR'],
  ['Montréal, Québec', 'en', 'CA'],
  ['Atlanta, Georgia', 'en', 'US'],
  ['Texas', 'en', 'US'],
  ['Manchester, UK', 'en', 'GB'],
  ['I am in the US', 'en', 'US'],
  ['Shanghai, China', 'en', 'CN'],
  ['Kowloon, Hong Kong, China', 'en', 'HK'],
  ['San Juan, Puerto Rico, USA', 'en', 'PR'],
  ['Perth, Australia', 'en', 'AU'],
  ['Lima, Peru', 'en', 'PE'],
  ['We are based in Bogotá', 'en', 'CO'],
  ['I work from Colombo', 'en', 'LK'],
  ['大阪にいます', 'ja', 'JP'],
  ['名古屋の会社です', 'ja', 'JP'],
  ['アメリカのシアトルです', 'ja', 'US'],
  ['オーストリアのウィーン', 'ja', 'AT'],
  ['オーストラリアのシドニー', 'ja', 'AU'],
  ['シンガポール在住の日本人です', 'ja', 'SG'],
  ['韓国に住んでいる日本人', 'ja', 'KR'],
  ['香港です', 'ja', 'HK'],
  ['中国香港', 'ja', 'HK'],
  ['バンコク', 'ja', 'TH'],
  ['ロンドン在住', 'ja', 'GB'],
  ['ペルーのリマ', 'ja', 'PE'],
  // a province right after a city decides the country; the largest city of a small island counts
  ['Paris, Texas', 'en', 'US'],
  ['London, Ontario', 'en', 'CA'],
  ['Willemstad', 'en', 'CW'],
  // a city beside an ambiguous name resolves it; a country the user is not in is dropped
  ['Roseau, Dominica', 'en', 'DM'],
  ['中国出身ではなく台湾です', 'ja', 'TW'],
  // 「在米」, historic names, names and cities written with a middle dot
  ['在米です', 'ja', 'US'],
  ['Ceylon', 'en', 'LK'],
  ['セブ島にいます', 'ja', 'PH'],
  ['ព្រះរាជាណាចក្រកម្ពុជា', 'en', 'KH'],
];

const swissLanguage: Case[] = [
  ['La Suisse', 'en', 'CH-fr'],
  ['Je suis en Suisse', 'en', 'CH-fr'],
  ['Schweiz', 'ja', 'CH-de'],
  ['Switzerland (French)', 'en', 'CH-fr'],
  ['Switzerland, German-speaking', 'en', 'CH-de'],
  ['Zürich', 'en', 'CH-de'],
  ['Geneva, Switzerland', 'en', 'CH-fr'],
  ['🇨🇭 French', 'en', 'CH-fr'],
  ['スイス（ドイツ語）', 'ja', 'CH-de'],
  ['スイス、フランス語', 'ja', 'CH-fr'],
  ['スイスのジュネーブ', 'ja', 'CH-fr'],
  ['チューリッヒ', 'ja', 'CH-de'],
  ['スイス・バーゼル', 'ja', 'CH-de'],
];

describe('country matcher: matches', () => {
  const m = matcher();
  test.each([...englishAndEndonyms, ...japanese])('name %p (%s) → %s', (q, loc, want) => {
    expect(summary(m.match(q, loc))).toBe(want);
  });
  test.each(codesAndFlags)('code/flag/width %p (%s) → %s', (q, loc, want) => {
    expect(summary(m.match(q, loc))).toBe(want);
  });
  test.each(typos)('typo %p (%s) → %s', (q, loc, want) => {
    expect(summary(m.match(q, loc))).toBe(want);
  });
  test.each(phrases)('phrase %p (%s) → %s', (q, loc, want) => {
    expect(summary(m.match(q, loc))).toBe(want);
  });
  test.each(swissLanguage)('Swiss row by language %p (%s) → %s', (q, loc, want) => {
    expect(summary(m.match(q, loc))).toBe(want);
  });

  test('a match carries its row and one candidate', () => {
    const r = m.match('Canada', 'en');
    expect(r.status).toBe('match');
    expect(r.match?.row.id).toBe('CA');
    expect(r.match?.language).toBeNull();
    expect(r.candidates).toHaveLength(1);
    expect(r.candidates[0]?.score).toBeGreaterThan(0);
  });
});
