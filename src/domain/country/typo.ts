/**
 * Typo tolerance with fuse.js: the nearest country name, within a few edits and clearly nearer than any other country.
 *
 * The names are the gazetteer's typo names (country names in English and Japanese from CLDR and i18n-iso-countries,
 * the table's own names, the hand-kept aliases, endonyms) for every country — with a row or not, so a slip of a
 * country without a row ("Turky") lands on that country and answers none instead of a look-alike with a row.
 * Spaces are ignored ("Srilanka", "Nwe Zealand"). One Fuse collection per script and name length is built once.
 *
 * Fuse's Bitap search finds the pattern anywhere inside a name; wrapping pattern and names in ANCHOR copies of
 * characters that never occur in a name makes it score the whole name, so errors = score × pattern length is the
 * (Levenshtein) edit distance between query and name — exact up to ANCHOR edits, more than any budget used here.
 * Bitap counts two swapped letters ("Belguim") as two edits; a typist makes one slip. So one swap counts as one
 * edit when the rest can account for the other errors: errors ≥ 2, and the letters not shared and the length
 * difference both fit in errors − 2 ("Jpaan", "Pihlippinees"; not "Barba" → Aruba, a letter dropped and one added).
 */
import Fuse from 'fuse.js';

export interface TypoName {
  /** Normalised name (katakana-folded), as in the gazetteer. */
  key: string;
  isos: string[];
  /** From the main names (en/ja/table/aliases) rather than an endonym: preferred on a tie. */
  primary: boolean;
}

export interface TypoHit {
  isos: string[];
  /** Edits from the query to the nearest name (a swap of two letters counts as one). */
  distance: number;
  /** How many distinct names' countries tie (more than one: ask). */
  ties: number;
}

interface Item {
  /** How often each letter occurs, to see that two edits are one swap ("Belguim", "Jpaan"). */
  letters: Map<string, number>;
  isos: string[];
  primary: boolean;
}

const ANCHOR = 4;
const OPEN = '\u0001'.repeat(ANCHOR);
const CLOSE = '\u0002'.repeat(ANCHOR);
/** Bitap handles patterns up to 32 characters. */
const MAX_QUERY = 32 - 2 * ANCHOR;
/**
 * Fuse's score is errors / pattern length; the search stops at this. The matcher's budgets are at most 1 edit for
 * 4–5 characters, 2 from 6 (kana), 3 from 13, and a swap may take one more: (2 + 1) / (6 + 2 × ANCHOR) is the
 * largest share needed. Each hit is then held to the caller's budget.
 */
const THRESHOLD = 0.22;
/** The second-nearest country must be at least this many edits farther than the nearest one. */
const MARGIN = 1;

/** Latin names are searched for Latin queries only; the rest (kana, kanji, Hangul, Cyrillic…) for the rest. */
type Script = 'latin' | 'other';

function scriptOf(s: string): Script {
  return /^[a-z0-9 ]+$/.test(s) ? 'latin' : 'other';
}

function letterCounts(s: string): Map<string, number> {
  const m = new Map<string, number>();
  for (const ch of s) m.set(ch, (m.get(ch) ?? 0) + 1);
  return m;
}

/** Letters of one word that the other lacks, the larger of the two ways: no edits can be fewer. */
function lettersNotShared(a: Map<string, number>, b: Map<string, number>): number {
  let onlyA = 0;
  let onlyB = 0;
  for (const [ch, n] of a) onlyA += Math.max(0, n - (b.get(ch) ?? 0));
  for (const [ch, n] of b) onlyB += Math.max(0, n - (a.get(ch) ?? 0));
  return Math.max(onlyA, onlyB);
}

export class TypoIndex {
  /** script → compact name length → Fuse collection of anchored names, with each name's countries */
  private readonly fuses = new Map<Script, Map<number, { fuse: Fuse<string>; items: Item[] }>>();

  constructor(names: TypoName[]) {
    const byKey = new Map<string, Item>();
    for (const { key, isos, primary } of names) {
      const compact = key.replace(/ /g, '');
      if (compact.length < 4 || compact.length > MAX_QUERY) continue;
      const old = byKey.get(compact);
      const groupKey = [...isos].sort().join(',');
      if (old && (old.primary || !primary)) {
        // same name for several countries at the same standing: it names all of them
        if (old.primary === primary && [...old.isos].sort().join(',') !== groupKey) {
          for (const iso of isos) if (!old.isos.includes(iso)) old.isos.push(iso);
        }
        continue;
      }
      byKey.set(compact, { letters: letterCounts(compact), isos: [...isos], primary });
    }
    const groups = new Map<Script, Map<number, Array<[string, Item]>>>();
    for (const [compact, item] of byKey) {
      const script = scriptOf(compact);
      const byLen = groups.get(script) ?? new Map<number, Array<[string, Item]>>();
      const list = byLen.get(compact.length) ?? [];
      list.push([compact, item]);
      byLen.set(compact.length, list);
      groups.set(script, byLen);
    }
    for (const [script, byLen] of groups) {
      const fuses = new Map<number, { fuse: Fuse<string>; items: Item[] }>();
      for (const [len, list] of byLen) {
        const fuse = new Fuse(
          list.map(([compact]) => OPEN + compact + CLOSE),
          {
            threshold: THRESHOLD,
            ignoreLocation: true,
            ignoreFieldNorm: true,
            isCaseSensitive: true,
            includeScore: true,
            shouldSort: false,
          },
        );
        fuses.set(len, { fuse, items: list.map(([, item]) => item) });
      }
      this.fuses.set(script, fuses);
    }
  }

  /**
   * The country (or countries equally near) nearest to `query` within `max` edits, provided the next country
   * is at least MARGIN edits farther; `primaryOnly` looks at the main names only (not endonyms).
   * Returns null when nothing is near enough; `isos` has several entries when countries tie.
   */
  nearest(query: string, max: number, primaryOnly = false): TypoHit | null {
    const q = query.replace(/ /g, '');
    if (max <= 0 || q.length < 4 || q.length > MAX_QUERY) return null;
    const fuses = this.fuses.get(scriptOf(q));
    if (!fuses) return null;
    const pattern = OPEN + q + CLOSE;
    const qLetters = letterCounts(q);
    const best = new Map<string, { d: number; primary: boolean; isos: string[] }>(); // iso group → nearest
    for (let len = q.length - max; len <= q.length + max; len++) {
      const bucket = fuses.get(len);
      if (!bucket) continue;
      for (const { refIndex, score } of bucket.fuse.search(pattern)) {
        const item = bucket.items[refIndex]!;
        if (primaryOnly && !item.primary) continue;
        const errors = Math.round((score ?? 1) * pattern.length);
        if (errors > max + 1) continue;
        const slack = errors - 2;
        const swap =
          slack >= 0 && Math.abs(len - q.length) <= slack && lettersNotShared(qLetters, item.letters) <= slack;
        const d = swap ? errors - 1 : errors;
        if (d > max) continue;
        const g = item.isos.join(',');
        const old = best.get(g);
        if (!old || d < old.d) best.set(g, { d, primary: item.primary, isos: item.isos });
        else if (d === old.d && item.primary) old.primary = true;
      }
    }
    if (best.size === 0) return null;
    const sorted = [...best.values()].sort((a, b) => a.d - b.d);
    const d1 = sorted[0]!.d;
    let near = sorted.filter((x) => x.d - d1 < MARGIN);
    const primaryNear = near.filter((x) => x.primary);
    if (primaryNear.length === 1) near = primaryNear;
    return { isos: [...new Set(near.flatMap((x) => x.isos))], distance: d1, ties: near.length };
  }
}
