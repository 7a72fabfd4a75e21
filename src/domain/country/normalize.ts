/**
 * Text normalisation shared by the index builder and the matcher: both sides of every comparison go through
 * `normalize`, so variants (case, width, accents, kana, long vowels, ヴ/バ, ティ/チ, 米領/アメリカ領, 國/国, "St."/"Saint")
 * meet.
 */
import { countryAliases } from './aliases';

const LATIN_FOLD: Record<string, string> = {
  đ: 'd',
  ð: 'd',
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  ß: 'ss',
  ł: 'l',
  ı: 'i',
  þ: 'th',
  ħ: 'h',
};

const TOKEN_MAP: Record<string, string> = { st: 'saint', ste: 'sainte', mt: 'mount' };
const DROP_TOKENS = new Set(['the']);

/** Katakana → hiragana, for writing each kana rule once: queries keep their hiragana, index keys are katakana. */
function toHiragana(s: string): string {
  return s.replace(/[\u30a1-\u30f6]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0x60));
}

/** A rule on katakana that also applies, in hiragana, to hiragana (ティ → チ and てぃ → ち). */
function kana(from: string, to: string): [RegExp, (m: string) => string] {
  const re = new RegExp(`${from}|${toHiragana(from)}`, 'g');
  return [re, (m: string) => (isHiragana(m[0]) ? toHiragana(to) : to)];
}

/**
 * Spelling variants of foreign names in kana, folded to one form on both sides: ヴェネズエラ/ベネズエラ,
 * ハイティ/ハイチ, モルディブ/モルジブ, ホンデュラス/ホンジュラス, ロシヤ/ロシア, カンボジャ/カンボジア, long vowels and
 * small kana (ニュージランド, スウエーデン).
 */
const KANA_VARIANTS: Array<[RegExp, string | ((m: string) => string)]> = [
  kana('ヴァ', 'バ'),
  kana('ヴィ', 'ビ'),
  kana('ヴェ', 'ベ'),
  kana('ヴォ', 'ボ'),
  kana('ヴ', 'ブ'),
  kana('ティ', 'チ'),
  kana('ディ', 'ジ'),
  kana('デュ', 'ジュ'),
  kana('トゥ', 'ツ'),
  kana('ヂ', 'ジ'),
  kana('ヅ', 'ズ'),
  kana('ヰ', 'イ'),
  kana('ヱ', 'エ'),
  kana('ヲ', 'オ'),
  [/[ー－‐―ｰ〜~ッっ]/g, ''],
  // 「スイス・バーゼル」: the middle dot separates words (names written with it are also indexed without it)
  [/[・･]/g, ' '],
  [/[ァィゥェォャュョヮぁぃぅぇぉゃゅょゎ]/g, (c: string) => String.fromCharCode(c.charCodeAt(0) + 1)],
  // ヤ after an i-row kana is read ア: イタリヤ/イタリア, マレーシヤ/マレーシア, ギリシャ/ギリシア
  kana('(?<=[イキギシジチニヒビピミリ])ヤ', 'ア'),
  kana('アメリカ領', '米領'),
  kana('イギリス領', '英領'),
  kana('フランス領', '仏領'),
  kana('オランダ領', '蘭領'),
];

/** Old, traditional and simplified forms of kanji → the modern Japanese form (國 → 国, 臺 → 台, 獨 → 独). */
const KANJI_VARIANTS = countryAliases.kanjiVariants;
const KANJI_VARIANT_RE = Object.keys(KANJI_VARIANTS).length
  ? new RegExp(`[${Object.keys(KANJI_VARIANTS).join('')}]`, 'gu')
  : null;

/** Regional-indicator pairs (🇯🇵) and England/Scotland/Wales tag flags → ISO alpha-2 codes. */
export function extractFlags(text: string): { isos: string[]; rest: string } {
  const isos: string[] = [];
  let rest = text.replace(/[\u{1F1E6}-\u{1F1FF}]{2}/gu, (pair) => {
    const cps = Array.from(pair).map((c) => c.codePointAt(0)! - 0x1f1e6 + 65);
    isos.push(String.fromCharCode(...cps));
    return ' ';
  });
  rest = rest.replace(/\u{1F3F4}([\u{E0061}-\u{E007A}]+)\u{E007F}/gu, (_m, tags: string) => {
    const code = Array.from(tags)
      .map((c) => String.fromCharCode(c.codePointAt(0)! - 0xe0000))
      .join('');
    if (code.startsWith('gb')) isos.push('GB');
    return ' ';
  });
  return { isos, rest };
}

export function toKatakana(s: string): string {
  return s.replace(/[\u3041-\u3096]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0x60));
}

/**
 * Normalises `text`. Index keys are built with `kana: true` (hiragana folded to katakana); queries keep their
 * hiragana (so word boundaries between katakana names and hiragana particles stay visible) and are folded with
 * `toKatakana` at lookup time — the two forms have the same length.
 */
export function normalize(text: string, opts: { kana?: boolean } = {}): string {
  let s = text.normalize('NFKC').toLowerCase();
  s = s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC');
  s = s.replace(/[đðøæœßłıþħ]/g, (c) => LATIN_FOLD[c] ?? c);
  if (opts.kana) s = toKatakana(s);
  // (kana, and the long-vowel marks and dashes the kana rules drop)
  if (/[\u3040-\u30ff\uff65-\uff9f－‐―〜~]/.test(s)) {
    for (const [re, to] of KANA_VARIANTS) s = typeof to === 'string' ? s.replace(re, to) : s.replace(re, to);
  }
  if (KANJI_VARIANT_RE && /[\u3400-\u9fff]/.test(s)) s = s.replace(KANJI_VARIANT_RE, (c) => KANJI_VARIANTS[c] ?? c);
  s = s.replace(/&/g, ' and ');
  // a possessive 's goes (Switzerland's → switzerland); other apostrophes and dots vanish (U.S.A. → usa, d'Ivoire →
  // divoire); every other non-letter/digit is a space
  s = s
    .replace(/(?<=[a-z])['’]s(?![\p{L}\p{N}])/gu, '')
    .replace(/['’`´.]/g, '')
    .replace(/[^\p{L}\p{N}\p{M}]+/gu, ' ');
  const tokens = s
    .split(' ')
    .filter((t) => t && !DROP_TOKENS.has(t))
    .map((t) => TOKEN_MAP[t] ?? t);
  return tokens.join(' ');
}

/** Scripts written without spaces between words: any character position is a word boundary. */
export function isNoSpaceChar(ch: string | undefined): boolean {
  if (!ch) return false;
  const c = ch.charCodeAt(0);
  return (
    (c >= 0x3040 && c <= 0x30ff) || // kana
    (c >= 0x3400 && c <= 0x9fff) || // CJK
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0xac00 && c <= 0xd7af) || // Hangul syllables
    (c >= 0x0e00 && c <= 0x0eff) || // Thai, Lao
    (c >= 0x1000 && c <= 0x109f) || // Myanmar
    (c >= 0x1780 && c <= 0x17ff) // Khmer
  );
}

export function isKatakana(ch: string | undefined): boolean {
  if (!ch) return false;
  const c = ch.charCodeAt(0);
  return c >= 0x30a1 && c <= 0x30fa;
}

export function isHiragana(ch: string | undefined): boolean {
  if (!ch) return false;
  const c = ch.charCodeAt(0);
  return c >= 0x3041 && c <= 0x309f;
}

export function isLatinWord(s: string): boolean {
  return /^[a-z0-9 ]+$/.test(s);
}
