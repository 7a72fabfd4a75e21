/**
 * Finding place names inside an answer: every known name of the gazetteer's phrase index at word boundaries
 * (longest first, without overlaps, in scripts written with or without spaces), codes written as words ("I'm in the
 * US"), and the checks that set a name aside (a colony's qualifier, a nationality or language word, a negation, the
 * first word of a longer name).
 */
import type { Entry, Gazetteer } from './gazetteer';
import { isHiragana, isKatakana, isNoSpaceChar, normalize } from './normalize';

/** A colonial qualifier right before a country name makes another place of it (British Honduras, 英領ギアナ). */
const COLONIAL =
  /(?:(?:^|\s)(?:british|french|dutch|spanish|portuguese|danish|german|belgian|italian|swedish)\s|[米英仏蘭独伊西葡白]領)$/;

/** What a name found in an answer stands for (a flag or a code word has no gazetteer entry, only this). */
export type Place = Pick<Entry, 'kind' | 'isos' | 'lang'>;

/** A name found in the answer: where it stands in the normalised text (-1 for a flag), what it names. */
export interface Found {
  start: number;
  end: number;
  entry: Place;
  score: number;
}

/** A code written as a word inside a phrase ("I'm in the US"), placed in the normalised text `s` when it can be. */
export function codeWords(rest: string, s: string, re: RegExp, iso: string): Found[] {
  const out: Found[] = [];
  for (const m of rest.matchAll(re)) {
    const word = normalize(m[2]!);
    const before = normalize(rest.slice(0, m.index! + m[1]!.length));
    let start = before ? before.length + 1 : 0;
    if (s.slice(start, start + word.length) !== word) start = -1;
    const end = start < 0 ? -1 : start + word.length;
    out.push({ start, end, entry: { kind: 'country', isos: [iso], lang: null }, score: 0.9 });
  }
  return out;
}

function isStart(s: string, i: number): boolean {
  return i === 0 || s[i - 1] === ' ' || isNoSpaceChar(s[i]) || isNoSpaceChar(s[i - 1]);
}
function isEnd(s: string, j: number): boolean {
  return j === s.length || s[j] === ' ' || isNoSpaceChar(s[j]) || isNoSpaceChar(s[j - 1]);
}

/** All known names in the text, longest first, without overlaps. */
export function scanText(s: string, k: string, gaz: Gazetteer): Found[] {
  const hits: Found[] = [];
  const n = s.length;
  for (let i = 0; i < n; i++) {
    if (s[i] === ' ' || !isStart(s, i)) continue;
    if (isKatakana(s[i]) && isKatakana(s[i - 1])) continue;
    // a name written in hiragana starts a word: not in the middle of 「わかりません」, but after a particle (「今は」)
    if (isHiragana(s[i]) && isHiragana(s[i - 1]) && !PARTICLE_BEFORE.has(s[i - 1]!)) continue;
    // no name starts with this character (most characters of a Japanese sentence): nothing to try from here
    const longest = gaz.longestScanKeyFrom.get(k[i]!);
    if (longest === undefined) continue;
    // 「ニュー ジーランド」: inside kana and kanji a space may split a name (found written without it)
    const cjk = isNoSpaceChar(s[i]);
    const maxJ = Math.min(n, i + longest + (cjk ? 3 : 0));
    for (let j = maxJ; j > i; j--) {
      if (!isEnd(s, j)) continue;
      if (isKatakana(s[j - 1]) && isKatakana(s[j])) continue;
      const slice = k.slice(i, j);
      const entry =
        gaz.scan.get(slice) ??
        (cjk && slice.includes(' ') && isNoSpaceChar(s[j - 1]) ? gaz.scan.get(slice.replace(/ /g, '')) : undefined);
      if (!entry) continue;
      if (isHiragana(s[j]) && !hiraganaWordEnds(s, i, j)) continue;
      // 「在米」 "resident in the US" is no name inside 「現在」「滞在」「所在」: 「現在日本で働いています」; nor is 「加国」
      // (Canada) inside 「参加国」: a one-kanji abbreviation + 国 right after another kanji is part of that word
      if (s[i] === '在' && /[\u3400-\u9fff]/.test(s[i - 1] ?? '')) continue;
      if (
        j - i === 2 &&
        s[j - 1] === '国' &&
        /[\u3400-\u9fff]/.test(s[i - 1] ?? '') &&
        !/[在駐訪於来來住居]/.test(s[i - 1]!)
      )
        continue;
      hits.push({ start: i, end: j, entry, score: 0.95 });
      break;
    }
  }
  hits.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const taken: Found[] = [];
  for (const h of hits) {
    if (taken.some((t) => h.start < t.end && t.start < h.end)) continue;
    // "British Honduras", 「英領ホンジュラス」: a colony or territory, not the country named
    if (
      h.entry.kind === 'country' &&
      !h.entry.isos.some((iso) => iso === 'CH' || gaz.parents.has(iso)) &&
      COLONIAL.test(k.slice(Math.max(0, h.start - 12), h.start))
    )
      continue;
    // 「アメリカ人」 (a person from), 「日本語」 (a language): not where the user is
    if (h.entry.kind === 'country' && isNoSpaceChar(s[h.end - 1])) {
      const next = s[h.end];
      if ((next === '人' && s[h.end + 1] !== '民') || next === '語') continue;
    }
    taken.push(h);
  }
  return taken;
}

/** Particles after which a name written in hiragana may end: 「たいに住んでいます」, not 「たいへん」「ちりがみ」. */
const PARTICLE =
  /^(?:に|で|の|は|から|まで|です|でした|だ|じゃ|ざいじゅう|へ|が|と|や|も|を|か|より)(?![んゃゅょぁぃぅぇぉっー])/;
const SHORT_PARTICLE = /^(?:に|で|の|は|から|まで|です|でした|ざいじゅう)(?![んゃゅょぁぃぅぇぉっー])/;

/** Particles (and the ends of から, より) after which a name written in hiragana may start: 「今はすぺいんにいます」. */
const PARTICLE_BEFORE = new Set(['は', 'が', 'に', 'で', 'の', 'を', 'も', 'と', 'へ', 'や', 'ら', 'り']);

/** A name written in hiragana and followed by more hiragana ends there only before a particle. */
function hiraganaWordEnds(s: string, i: number, j: number): boolean {
  for (let x = i; x < j; x++) if (!isHiragana(s[x])) return true;
  return (j - i <= 2 ? SHORT_PARTICLE : PARTICLE).test(s.slice(j, j + 6));
}

/** 「中国出身ではなく台湾です」, "not in Japan but Korea": a country the user says they are not in. */
export function negated(f: Found, s: string): boolean {
  if (f.entry.kind !== 'country' || f.start < 0) return false;
  if (/^\s*(?:出身|在住|住まい)?\s*(?:では|じゃ)\s*(?:なく|ない|ありません)/.test(s.slice(f.end, f.end + 12)))
    return true;
  return /(?:^|\s)(?:not|never|isnt|arent|except)(?:\s(?:in|from|based in|living in|located in))?\s$/.test(
    s.slice(Math.max(0, f.start - 24), f.start),
  );
}

/** Words that may follow a city without making it part of another name ("Cebu City", "Lyon Office"). */
const PLACE_WORDS = new Set([
  'city',
  'town',
  'area',
  'region',
  'district',
  'downtown',
  'metro',
  'centre',
  'center',
  'central',
  'office',
  'branch',
  'island',
  'islands',
  'province',
  'prefecture',
  'state',
  'county',
  'bay',
  'beach',
  'here',
  'based',
  'harbour',
  'harbor',
  'airport',
  'station',
  'suburbs',
  'campus',
  'headquarters',
]);

/**
 * "Charlotte Amalie", "San Pedro Sula": a city name followed, in the same name (no comma), by a capitalised word
 * that is no known place is the start of another place's name — not that city.
 */
export function partOfLongerName(f: Found, s: string, raw: string, gaz: Gazetteer): boolean {
  if (f.entry.kind !== 'city' || s[f.end] !== ' ' || !/^[a-z ]+$/.test(s.slice(f.start, f.end))) return false;
  const nextWord = s.slice(f.end + 1).split(' ')[0]!;
  if (
    nextWord.length < 4 ||
    !/^[a-z]+$/.test(nextWord) ||
    PLACE_WORDS.has(nextWord) ||
    gaz.notPlaces.has(nextWord) ||
    gaz.scan.has(nextWord)
  )
    return false;
  const lastWord = s.slice(f.start, f.end).split(' ').pop()!;
  const tokens = raw.split(/\s+/).filter(Boolean);
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (/[,;:/|(]$/.test(tokens[i]!) || !/^\p{Lu}/u.test(tokens[i + 1]!)) continue;
    if (normalize(tokens[i]!) === lastWord && normalize(tokens[i + 1]!) === nextWord) return true;
  }
  return false;
}
