/**
 * Text normalisation shared by the index builder and the matcher: both sides of every comparison go through
 * `normalize`, so variants (case, width, accents, kana, long vowels, ヴ/バ, 米領/アメリカ領, "St."/"Saint") meet.
 */

const LATIN_FOLD: Record<string, string> = {
  đ: 'd', ð: 'd', ø: 'o', æ: 'ae', œ: 'oe', ß: 'ss', ł: 'l', ı: 'i', þ: 'th', ħ: 'h',
};

const TOKEN_MAP: Record<string, string> = { st: 'saint', ste: 'sainte', mt: 'mount' };
const DROP_TOKENS = new Set(['the']);

const KATAKANA_VARIANTS: Array<[RegExp, string | ((c: string) => string)]> = [
  [/ヴァ/g, 'バ'], [/ヴィ/g, 'ビ'], [/ヴェ/g, 'ベ'], [/ヴォ/g, 'ボ'], [/ヴ/g, 'ブ'],
  [/[ー－‐―ｰ〜~ッっ]/g, ''],
  // 「スイス・バーゼル」: the middle dot separates words (names written with it are also indexed without it)
  [/[・･]/g, ' '],
  [/[ァィゥェォャュョヮぁぃぅぇぉゃゅょゎ]/g, (c: string) => String.fromCharCode(c.charCodeAt(0) + 1)],
  [/アメリカ領/g, '米領'], [/イギリス領/g, '英領'], [/フランス領/g, '仏領'], [/オランダ領/g, '蘭領'],
];

/** Regional-indicator pairs (🇯🇵) and England/Scotland/Wales tag flags → ISO alpha-2 codes. */
export function extractFlags(text: string): { isos: string[]; rest: string } {
  const isos: string[] = [];
  let rest = text.replace(/[\u{1F1E6}-\u{1F1FF}]{2}/gu, (pair) => {
    const cps = Array.from(pair).map((c) => c.codePointAt(0)! - 0x1f1e6 + 65);
    isos.push(String.fromCharCode(...cps));
    return ' ';
  });
  rest = rest.replace(/\u{1F3F4}([\u{E0061}-\u{E007A}]+)\u{E007F}/gu, (_m, tags: string) => {
    const code = Array.from(tags).map((c) => String.fromCharCode(c.codePointAt(0)! - 0xe0000)).join('');
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
  s = s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').normalize('NFC');
  s = s.replace(/[đðøæœßłıþħ]/g, (c) => LATIN_FOLD[c] ?? c);
  if (opts.kana) s = toKatakana(s);
  for (const [re, to] of KATAKANA_VARIANTS) s = typeof to === 'string' ? s.replace(re, to) : s.replace(re, to);
  s = s.replace(/&/g, ' and ');
  // apostrophes and dots vanish (U.S.A. → usa, d'Ivoire → divoire); every other non-letter/digit is a space
  s = s.replace(/['’`´.]/g, '').replace(/[^\p{L}\p{N}\p{M}]+/gu, ' ');
  const tokens = s.split(' ').filter((t) => t && !DROP_TOKENS.has(t)).map((t) => TOKEN_MAP[t] ?? t);
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
