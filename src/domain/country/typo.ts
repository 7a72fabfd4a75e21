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
 * edit distance between query and name (exact up to ANCHOR − 1 … ANCHOR edits, more than any budget used here).
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
  padded: string;
  /** The name's letters in order, to see that two edits are one swap ("Belguim", "Jpaan"). */
  letters: string;
  isos: string[];
  primary: boolean;
}

const ANCHOR = 3;
const OPEN = '\u0001'.repeat(ANCHOR);
const CLOSE = '\u0002'.repeat(ANCHOR);
/** Bitap handles patterns up to 32 characters. */
const MAX_QUERY = 32 - 2 * ANCHOR;
/** Loose enough for 3 edits in any query searched; each hit is then held to the caller's budget. */
const THRESHOLD = 0.45;
/** The second-nearest country must be at least this many edits farther than the nearest one. */
const MARGIN = 1;

export type Script = 'latin' | 'kana' | 'other';

export function scriptOf(s: string): Script {
  if (/^[a-z0-9 ]+$/.test(s)) return 'latin';
  if (/^[\u30a0-\u30ff ]+$/.test(s)) return 'kana';
  return 'other';
}

const sortLetters = (s: string) => Array.from(s).sort().join('');

export class TypoIndex {
  /** script → compact name length → Fuse collection */
  private readonly fuses = new Map<Script, Map<number, Fuse<Item>>>();

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
      byKey.set(compact, { padded: OPEN + compact + CLOSE, letters: sortLetters(compact), isos: [...isos], primary });
    }
    const groups = new Map<Script, Map<number, Item[]>>();
    for (const [compact, item] of byKey) {
      const script = scriptOf(compact);
      const byLen = groups.get(script) ?? new Map<number, Item[]>();
      const list = byLen.get(compact.length) ?? [];
      list.push(item);
      byLen.set(compact.length, list);
      groups.set(script, byLen);
    }
    for (const [script, byLen] of groups) {
      const fuses = new Map<number, Fuse<Item>>();
      for (const [len, items] of byLen) {
        fuses.set(
          len,
          new Fuse(items, {
            keys: ['padded'],
            threshold: THRESHOLD,
            ignoreLocation: true,
            ignoreFieldNorm: true,
            isCaseSensitive: true,
            includeScore: true,
            shouldSort: false,
          }),
        );
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
    const qLetters = sortLetters(q);
    const best = new Map<string, { d: number; primary: boolean; isos: string[] }>(); // iso group → nearest
    for (let len = q.length - max; len <= q.length + max; len++) {
      const fuse = fuses.get(len);
      if (!fuse) continue;
      for (const { item, score } of fuse.search(pattern)) {
        if (primaryOnly && !item.primary) continue;
        let d = Math.round((score ?? 1) * pattern.length);
        if (d === 2 && len === q.length && item.letters === qLetters) d = 1; // two letters swapped
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
