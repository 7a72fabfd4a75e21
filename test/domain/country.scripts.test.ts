import type { Locale } from '../../src/domain/types';
import { matcher, summary } from './country.helpers';

type Case = [query: string, locale: Locale, want: string];

/** Names in the country's own official languages and scripts (CLDR territoryInfo + Intl.DisplayNames), in phrases too. */
const nativeScripts: Case[] = [
  ['한국', 'en', 'KR'],
  ['저는 한국에 살아요', 'en', 'KR'],
  ['臺灣', 'en', 'TW'],
  ['我住在新加坡', 'en', 'SG'],
  ['சிங்கப்பூர்', 'en', 'SG'],
  ['இந்தியா', 'en', 'IN'],
  ['ভারত', 'en', 'IN'],
  ['ශ්‍රී ලංකාව', 'en', 'LK'],
  ['இலங்கை', 'en', 'LK'],
  ['नेपाल', 'en', 'NP'],
  ['বাংলাদেশ', 'en', 'BD'],
  ['မြန်မာ', 'en', 'MM'],
  ['ไทย', 'en', 'TH'],
  ['المغرب', 'en', 'MA'],
  ['الإمارات', 'en', 'AE'],
  ['أعيش في الإمارات', 'en', 'AE'],
  ['إسرائيل', 'en', 'IL'],
  ['Российская Федерация', 'en', 'RU'],
  // local-language names and case forms inside a sentence
  ['Живу в Канаде', 'en', 'CA'],
  ['Мы сейчас в Польше', 'en', 'PL'],
  ['أنا بالمغرب', 'en', 'MA'],
  ['Suid-Afrika', 'en', 'ZA'],
  ['Noreg', 'en', 'NO'],
  ['Pilipinas', 'en', 'PH'],
  ['Ich wohne in Österreich', 'en', 'AT'],
  ['Moro no Brasil', 'en', 'BR'],
  ['Bor i Sverige', 'en', 'SE'],
  // no row: still none
  ['Ελλάς', 'en', 'none'],
  ['Ζω στην Ελλάδα', 'en', 'none'],
  ['Қазақстан', 'en', 'none'],
  ['საქართველო', 'en', 'none'],
];

/** Kana spellings folded to one form on both sides: ティ/チ, ディ/ジ, デュ/ジュ, ヴ, i-row + ヤ/ア, hiragana, readings. */
const kanaVariants: Case[] = [
  ['ハイティ', 'ja', 'HT'],
  ['ホンデュラス', 'ja', 'HN'],
  ['モルディヴ', 'ja', 'MV'],
  ['アンティグア・バーブーダ', 'ja', 'AG'],
  ['ボリヴィア', 'ja', 'BO'],
  ['イタリヤ', 'ja', 'IT'],
  ['マレーシヤ', 'ja', 'MY'],
  ['カンボジャ', 'ja', 'KH'],
  ['ミヤンマー', 'ja', 'MM'],
  ['パラグァイ', 'ja', 'PY'],
  ['エル・サルバドル', 'ja', 'SV'],
  ['パプア・ニューギニア', 'ja', 'PG'],
  ['ヴィエトナム', 'ja', 'VN'],
  ['メヒコ', 'ja', 'MX'],
  ['エスパーニャ', 'ja', 'ES'],
  ['べねずえら', 'ja', 'VE'],
  ['ぽーらんど', 'ja', 'PL'],
  ['ぶらじるにすんでいます', 'ja', 'BR'],
  // kana readings of kanji names
  ['ホンコン', 'ja', 'HK'],
  ['たいわん', 'ja', 'TW'],
  ['えいこく', 'ja', 'GB'],
  ['カンコク', 'ja', 'KR'],
  // a name in hiragana is a word only before a particle: 「たいへん」「ちりがみ」 name no country
  ['たいへんです', 'ja', 'none'],
  ['ちりがみ', 'ja', 'none'],
  ['ぎりしゃ', 'ja', 'none'],
  ['ギリシア', 'ja', 'none'],
];

/** Old kanji names (当て字), kanji + 国 abbreviations, old and traditional character forms. */
const oldKanji: Case[] = [
  ['独逸', 'ja', 'DE'],
  ['獨逸', 'ja', 'DE'],
  ['佛蘭西', 'ja', 'FR'],
  ['伊太利亜', 'ja', 'IT'],
  ['西班牙', 'ja', 'ES'],
  ['葡萄牙', 'ja', 'PT'],
  ['和蘭', 'ja', 'NL'],
  ['瑞典', 'ja', 'SE'],
  ['瑞西', 'ja', 'ambiguous[CH-de,CH-fr]'],
  ['丁抹', 'ja', 'DK'],
  ['波蘭', 'ja', 'PL'],
  ['墺地利', 'ja', 'AT'],
  ['印度', 'ja', 'IN'],
  ['印度尼西亜', 'ja', 'ID'],
  ['泰', 'ja', 'TH'],
  ['泰国', 'ja', 'TH'],
  ['比律賓', 'ja', 'PH'],
  ['濠太剌利', 'ja', 'AU'],
  ['亜米利加', 'ja', 'US'],
  ['亜爾然丁', 'ja', 'AR'],
  ['智利', 'ja', 'CL'],
  ['秘露', 'ja', 'PE'],
  ['墨西哥', 'ja', 'MX'],
  ['南阿', 'ja', 'ZA'],
  ['露西亜', 'ja', 'RU'],
  ['越南', 'ja', 'VN'],
  ['新西蘭', 'ja', 'NZ'],
  ['加国', 'ja', 'CA'],
  ['伯国', 'ja', 'BR'],
  ['大韓民國', 'ja', 'KR'],
  ['英吉利に住んでいます', 'ja', 'GB'],
  // no row: none, not a look-alike
  ['希臘', 'ja', 'none'],
  ['土耳古', 'ja', 'none'],
  ['埃及', 'ja', 'none'],
];

/** Short and common forms. */
const shortForms: Case[] = [
  ['Stateside', 'en', 'US'],
  ['US of A', 'en', 'US'],
  ['I live in the U.S.', 'en', 'US'],
  ['Aussie', 'en', 'AU'],
  ['Oz', 'en', 'AU'],
  ['Down Under', 'en', 'AU'],
  ['Blighty', 'en', 'GB'],
  ['N. Ireland', 'en', 'GB'],
  ['Cymru', 'en', 'GB'],
  ['HK SAR', 'en', 'HK'],
  ['Macao SAR', 'en', 'MO'],
  ['DomRep', 'en', 'DO'],
  ['T&T', 'en', 'TT'],
  ['SVG', 'en', 'VC'],
  ['SKN', 'en', 'KN'],
  ['TCI', 'en', 'TC'],
  ['SXM', 'en', 'SX'],
  ['Phils', 'en', 'PH'],
  ['Pinas', 'en', 'PH'],
  ['Lanka', 'en', 'LK'],
  ['Zhongguo', 'en', 'CN'],
  ['the Emirates', 'en', 'AE'],
  ['KSA', 'en', 'none'],
  ['Mainland', 'en', 'none'],
  // long official names
  ['United Mexican States', 'en', 'MX'],
  ['Portuguese Republic', 'en', 'PT'],
  ['Swiss Confederation', 'en', 'ambiguous[CH-de,CH-fr]'],
  ['Hellenic Republic', 'en', 'none'],
];

/** A name split by a space in Japanese text; a city with a code or a state after it. */
const spacingAndQualifiers: Case[] = [
  ['パプア ニューギニアにいます', 'ja', 'PG'],
  ['スリ ランカ在住', 'ja', 'LK'],
  ['San Juan, PR', 'en', 'PR'],
  ['Lyon, FR', 'en', 'FR'],
  ['Springfield, IN', 'en', 'US'],
  ['Athens, Georgia', 'en', 'US'],
  ['Tbilisi, Georgia', 'en', 'none'],
];

describe('country matcher: scripts and forms', () => {
  const m = matcher();
  test.each(nativeScripts)('native script %p (%s) → %s', (q, loc, want) => {
    expect(summary(m.match(q, loc))).toBe(want);
  });
  test.each(kanaVariants)('kana variant %p (%s) → %s', (q, loc, want) => {
    expect(summary(m.match(q, loc))).toBe(want);
  });
  test.each(oldKanji)('old kanji %p (%s) → %s', (q, loc, want) => {
    expect(summary(m.match(q, loc))).toBe(want);
  });
  test.each(shortForms)('short form %p (%s) → %s', (q, loc, want) => {
    expect(summary(m.match(q, loc))).toBe(want);
  });
  test.each(spacingAndQualifiers)('spacing/qualifier %p (%s) → %s', (q, loc, want) => {
    expect(summary(m.match(q, loc))).toBe(want);
  });
});
