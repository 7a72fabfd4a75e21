import { rememberRecent } from '../rememberRecent';

/**
 * Text normalisation for matching: NFKC (full-width -> half-width, compatibility forms) and lower-casing,
 * keeping a map from every normalised UTF-16 unit back to the span of the original text that produced it,
 * so that evidence can be quoted in the user's own words.
 */
export interface NormalizedText {
  /** The original text, as given. */
  readonly original: string;
  /** NFKC + lower-case. */
  readonly text: string;
  /** start[i] / end[i]: span in `original` of the code point that produced text[i]; null when the mapping is the identity. */
  readonly start: Int32Array | null;
  readonly end: Int32Array | null;
}

const COMBINING_DAKUTEN = /[\u3099\u309a]/;

function isAsciiOnly(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) return false;
  return true;
}

/**
 * A turn's message is normalised by several readers (small talk, politeness, cues, classifier, answers), and the
 * non-ASCII path costs a normalize() per character: the last few results are kept (a turn runs its readers in one
 * go, so a few suffice; they are never mutated).
 */
const RECENT_LIMIT = 8;

export function normalizeText(original: string): NormalizedText {
  if (isAsciiOnly(original)) {
    return { original, text: original.toLowerCase(), start: null, end: null };
  }
  return recentNonAscii(original);
}

const recentNonAscii = rememberRecent(RECENT_LIMIT, normalizeNonAscii);

function normalizeNonAscii(original: string): NormalizedText {
  let out = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let i = 0;
  while (i < original.length) {
    const cp = original.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    const ch = original.slice(i, i + width);
    let n = cp < 0x80 ? ch.toLowerCase() : ch.normalize('NFKC').toLowerCase();
    if (n.length > 0 && COMBINING_DAKUTEN.test(n[0]!) && out.length > 0) {
      // half-width kana + (han)dakuten: compose with the previous character
      const composed = (out[out.length - 1]! + n[0]!).normalize('NFC');
      if (composed.length === 1) {
        out = out.slice(0, -1) + composed;
        ends[ends.length - 1] = i + width;
        n = n.slice(1);
      }
    }
    for (let k = 0; k < n.length; k++) {
      starts.push(i);
      ends.push(i + width);
    }
    out += n;
    i += width;
  }
  return { original, text: out, start: Int32Array.from(starts), end: Int32Array.from(ends) };
}

function isWordChar(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39);
}

/**
 * The original words behind normalised span [from, to), trimmed. A match that stops inside a Latin word
 * (the cue "crash" in "crashes") is widened to the whole word, so the quote reads naturally.
 */
export function originalSpan(norm: NormalizedText, from: number, to: number): string {
  if (to <= from) return '';
  const t = norm.text;
  while (from > 0 && isWordChar(t.charCodeAt(from)) && isWordChar(t.charCodeAt(from - 1))) from--;
  while (to < t.length && isWordChar(t.charCodeAt(to - 1)) && isWordChar(t.charCodeAt(to))) to++;
  if (!norm.start || !norm.end) return norm.original.slice(from, to).trim();
  const a = norm.start[from] ?? norm.original.length;
  const b = norm.end[to - 1] ?? norm.original.length;
  return norm.original.slice(a, b).trim();
}

/** `text` with each [from, to) span turned to spaces: nothing matches inside them, and every other index stays put. */
export function blankSpans(text: string, spans: readonly (readonly [number, number])[]): string {
  let out = '';
  let at = 0;
  for (const [from, to] of spans) {
    out += text.slice(at, from) + ' '.repeat(to - from);
    at = to;
  }
  return out + text.slice(at);
}
