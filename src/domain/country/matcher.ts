import type { ContactRow } from '../data/contactsSchema';
import type { Locale } from '../types';
import { buildGazetteer, SRC, type Entry, type Gazetteer } from './gazetteer';
import { cuesOf, isElsewhere, type Cue } from './context';
import { extractFlags, isHiragana, isKatakana, isNoSpaceChar, normalize, toKatakana } from './normalize';
import { TypoIndex } from './typo';

export type CountryStatus = 'match' | 'ambiguous' | 'none';

export interface CountryCandidate {
  iso2: string;
  language: string | null;
  score: number;
  row: ContactRow;
}

export interface CountryResult {
  status: CountryStatus;
  match: { iso2: string; language: string | null; row: ContactRow } | null;
  candidates: CountryCandidate[];
}

export interface CountryMatcher {
  match(query: string, locale: Locale): CountryResult;
}

/** Longest input we look at; anything longer is cut (a country answer is short). */
const MAX_QUERY = 300;

/** 2-/3-letter English words that are also ISO codes: codes only when typed in capitals. */
const CODE_WORDS = new Set([
  'no',
  'hi',
  'me',
  'my',
  'so',
  'to',
  'is',
  'it',
  'in',
  'at',
  'be',
  'do',
  'go',
  'am',
  'an',
  'as',
  'by',
  'he',
  'if',
  'of',
  'on',
  'or',
  'up',
  'we',
  'ok',
  'can',
  'and',
  'per',
  'arm',
  'nor',
  'mac',
  'pan',
  'bra',
  'gin',
  'lie',
  'ton',
]);

/** A colonial qualifier right before a country name makes another place of it (British Honduras, 英領ギアナ). */
const COLONIAL =
  /(?:(?:^|\s)(?:british|french|dutch|spanish|portuguese|danish|german|belgian|italian|swedish)\s|[米英仏蘭独伊西葡白]領)$/;

interface Found {
  start: number;
  end: number;
  entry: Entry;
  score: number;
}

interface Decision {
  isos: string[];
  lang: string | null;
  score: number;
}

/** Source weight (rank % 100) from which a name counts as a main name (en/ja, the table's, aliases). */
const PRIMARY_SRC = SRC.i18nPrimary;

export function createCountryMatcher(rows: ContactRow[]): CountryMatcher {
  const gaz = buildGazetteer(rows);
  // typo targets: the main names and endonyms of every country (other locales' names are exact-only)
  const typos = new TypoIndex(
    gaz.typoKeys
      .filter(({ entry }) => entry.rank % 100 >= SRC.endonym)
      .map(({ key, entry }) => ({ key, isos: entry.isos, primary: entry.rank % 100 >= PRIMARY_SRC })),
  );
  const rowsByIso = new Map<string, ContactRow[]>();
  for (const row of rows) {
    const list = rowsByIso.get(row.iso2) ?? [];
    list.push(row);
    rowsByIso.set(row.iso2, list);
  }
  return { match: (query: string) => matchQuery(query, gaz, typos, rowsByIso) };
}

const NONE: CountryResult = { status: 'none', match: null, candidates: [] };

function matchQuery(
  query: string,
  gaz: Gazetteer,
  typos: TypoIndex,
  rowsByIso: Map<string, ContactRow[]>,
): CountryResult {
  if (typeof query !== 'string') return NONE;
  const raw = query.slice(0, MAX_QUERY);
  const decision = decide(raw, gaz, typos);
  return decision ? toResult(decision, rowsByIso) : NONE;
}

function toResult(d: Decision, rowsByIso: Map<string, ContactRow[]>): CountryResult {
  const candidates: CountryCandidate[] = [];
  for (const iso of d.isos) {
    let list = rowsByIso.get(iso) ?? [];
    if (list.length > 1 && d.lang && d.isos.length === 1) {
      const picked = list.filter((r) => r.language === d.lang);
      if (picked.length) list = picked;
    }
    for (const row of list) candidates.push({ iso2: row.iso2, language: row.language, score: round(d.score), row });
  }
  if (candidates.length === 0) return NONE;
  if (candidates.length === 1 && d.isos.length === 1) {
    const c = candidates[0]!;
    return { status: 'match', match: { iso2: c.iso2, language: c.language, row: c.row }, candidates };
  }
  return { status: 'ambiguous', match: null, candidates };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

function decide(raw: string, gaz: Gazetteer, typos: TypoIndex): Decision | null {
  const { isos: flagIsos, rest } = extractFlags(raw);
  const s = normalize(rest);
  const k = toKatakana(s);

  // 1. the whole answer is a code, a flag, or a known name
  if (!s && flagIsos.length)
    return fromIsoGroups(
      flagIsos.map((i) => [i]),
      null,
      1,
      gaz,
    );
  if (!s) return null;
  const trimmed = rest.normalize('NFKC').trim();
  if (/^[a-z]{2,3}$/i.test(trimmed) && !flagIsos.length) {
    const lower = trimmed.toLowerCase();
    const isWord = CODE_WORDS.has(lower) && trimmed === lower;
    const code = lower.length === 2 ? gaz.alpha2.get(lower) : gaz.alpha3.get(lower);
    if (code && !isWord) return { isos: [code], lang: null, score: 1 };
  }
  const compact = k.includes(' ') && !/^[a-z0-9 ]+$/.test(k) ? k.replace(/ /g, '') : null;
  const whole =
    gaz.exact.get(k) ??
    (compact ? gaz.exact.get(compact) : undefined) ??
    (flagIsos.length ? undefined : gaz.scan.get(k));
  if (whole && !flagIsos.length) {
    if (whole.kind === 'region' || whole.kind === 'lang') return null;
    if (whole.kind === 'country') return { isos: [...whole.isos], lang: whole.lang, score: 1 };
  }

  // 2. names inside the phrase (longest match first)
  const found = scanText(s, k, gaz).filter((f) => !negated(f, s) && !partOfLongerName(f, s, rest, gaz));
  for (const iso of flagIsos)
    found.push({ start: -1, end: -1, entry: { kind: 'country', isos: [iso], lang: null, rank: 0 }, score: 1 });
  // "I'm in the US", "UK": capital US / any-case UK as a word
  found.push(
    ...codeWords(rest, s, /(^|[^A-Za-z])(US|U\.S)(?![A-Za-z])/g, 'US'),
    ...codeWords(rest, s, /(^|[^a-z])(uk)(?![a-z])/gi, 'GB'),
  );

  const citiesAll = found.filter((f) => f.entry.kind === 'city');
  // "Atlanta, Georgia", "Athens, Georgia": a country name that is also the province of a city (of any size) named
  // beside it is the province
  const countriesFound: Found[] = [];
  const provincesFound: Found[] = [];
  const cityIsos = (c: Found) => gaz.cityNames.get(k.slice(c.start, c.end)) ?? c.entry.isos;
  for (const f of found) {
    if (f.entry.kind !== 'country') continue;
    const prov = f.start < 0 ? undefined : gaz.provinces.get(k.slice(f.start, f.end));
    if (prov && citiesAll.some((c) => cityIsos(c).some((iso) => prov.includes(iso) && !f.entry.isos.includes(iso)))) {
      provincesFound.push({ ...f, entry: { ...f.entry, kind: 'city', isos: prov } });
    } else countriesFound.push(f);
  }
  const langs = found.filter((f) => f.entry.lang).map((f) => f.entry.lang!);
  const lang = pickLang(langs);
  // "Paris, Texas", "London, Ontario": a province right after a city names the city's country
  const cities = qualifyCities([...citiesAll, ...provincesFound], k, gaz);
  if (countriesFound.length) {
    const countries = citiesBeforeTheirCountry(countriesFound, k, gaz);
    const d = fromFound(countries, lang, 0.95, gaz, cities);
    return (d && whereNow(d, countries, cities, found, s, lang, gaz)) ?? d;
  }

  const regions = found.filter((f) => f.entry.kind === 'region');
  const short = s.split(' ').length <= 3 && !/[\u3040-\u309f]/.test(s);

  // 3. a one-letter slip of a country name beats a city of that spelling ("Columbia")
  if (short && cities.length && /^[a-z ]{6,}$/.test(k)) {
    const fz = fuzzy(k, typos, 1, true);
    if (fz) return fz;
  }
  // 4. cities and provinces (Dubai, 東京, British Columbia); "San Juan, PR": a code after the city picks its country
  if (cities.length) {
    const coded = cityWithCode(cities, rest, k, gaz);
    if (coded) return coded;
    const d = fromFound(cities, lang, 0.85, gaz);
    return (d && whereNow(d, [], cities, found, s, lang, gaz)) ?? d;
  }
  if (regions.length) return null;

  // 5. a cut-off name that fits ("Singapor", "Austr"); not a word known to be no place ("Mainland")
  if (short && !gaz.notPlaces.has(k)) {
    const kana = /^[\u30a0-\u30ff]+$/.test(k);
    const fz = fuzzy(
      k,
      typos,
      kana ? (k.length >= 6 ? 2 : k.length >= 4 ? 1 : 0) : maxDistance(k.replace(/ /g, '').length),
    );
    if (fz) return fz;
    const pre = prefix(k, gaz);
    if (pre) return pre;
  }
  // 6. a slipped word inside a phrase ("I'm in Germnay"); a short answer was already tried whole in 5
  return fuzzyWords(s, gaz, typos, short ? k : null);
}

/** A code written as a word inside a phrase ("I'm in the US"), placed in the normalised text `s` when it can be. */
function codeWords(rest: string, s: string, re: RegExp, iso: string): Found[] {
  const out: Found[] = [];
  for (const m of rest.matchAll(re)) {
    const word = normalize(m[2]!);
    const before = normalize(rest.slice(0, m.index! + m[1]!.length));
    let start = before ? before.length + 1 : 0;
    if (s.slice(start, start + word.length) !== word) start = -1;
    const end = start < 0 ? -1 : start + word.length;
    out.push({ start, end, entry: { kind: 'country', isos: [iso], lang: null, rank: 0 }, score: 0.9 });
  }
  return out;
}

/** "San Juan, PR", "Athens, GR": an ISO code after a comma names the country of a city of that name there. */
function cityWithCode(cities: Found[], rest: string, k: string, gaz: Gazetteer): Decision | null {
  const m = /,\s*([A-Z]{2})\s*[.!)]*\s*$/.exec(rest.trim());
  const iso = m ? gaz.alpha2.get(m[1]!.toLowerCase()) : undefined;
  if (!iso) return null;
  const there = cities.filter((c) => (gaz.cityNames.get(k.slice(c.start, c.end)) ?? c.entry.isos).includes(iso));
  return there.length ? { isos: [iso], lang: null, score: 0.85 } : null;
}

/**
 * "Granada, Spain", "Victoria, Seychelles": a country name that is also a city of the country named right after it
 * is that city.
 */
function citiesBeforeTheirCountry(countries: Found[], k: string, gaz: Gazetteer): Found[] {
  if (countries.length < 2) return countries;
  const sorted = countries.filter((f) => f.start >= 0).sort((a, b) => a.start - b.start);
  const drop = new Set<Found>();
  for (let i = 0; i + 1 < sorted.length; i++) {
    const a = sorted[i]!;
    const b = sorted[i + 1]!;
    if (b.start > a.end + 1 || b.entry.isos.length !== 1) continue;
    const asCity = gaz.cityNames.get(k.slice(a.start, a.end));
    if (asCity?.includes(b.entry.isos[0]!) && !a.entry.isos.includes(b.entry.isos[0]!)) drop.add(a);
  }
  return drop.size ? countries.filter((f) => !drop.has(f)) : countries;
}

/**
 * Places in different countries named in one answer: the one the user says they are in now ("born in Poland, living
 * in Norway", 「中国出身で、今は台湾にいます」, "was in Canada, moved to Perth"). Null when the words say nothing
 * that settles it: the caller's decision (several countries: ambiguous) stands.
 */
function whereNow(
  d: Decision,
  countries: Found[],
  cities: Found[],
  found: Found[],
  s: string,
  lang: string | null,
  gaz: Gazetteer,
): Decision | null {
  const otherCities = countries.length
    ? cities.filter((c) => !c.entry.isos.some((iso) => d.isos.includes(iso)))
    : cities;
  const groups = new Set((countries.length ? countries : cities).map((f) => f.entry.isos.join()));
  if (groups.size < 2 && !(countries.length && otherCities.length)) return null;

  // every name found, in order, without overlaps (a code word may overlap a name)
  const placed: Found[] = [];
  for (const f of [...found].filter((f) => f.start >= 0).sort((a, b) => a.start - b.start || b.end - a.end)) {
    if (!placed.length || f.start >= placed[placed.length - 1]!.end) placed.push(f);
  }
  const cues = cuesOf(s, placed);
  const cueOf = (f: Found): Cue | null => {
    const i = placed.indexOf(f);
    if (i < 0) return null;
    // 「在米」「在独」: resident in, whatever the words around say
    return f.entry.kind === 'country' && s[f.start] === '在' ? 'current' : cues[i]!;
  };

  const named = countries.length ? countries : cities;
  // 1. the places the user says they are in now
  const current = named.filter((f) => cueOf(f) === 'current');
  if (current.length) {
    const r = fromFound(current, lang, 0.9, gaz, cities);
    return r && r.isos.length < d.isos.length ? r : null;
  }
  // 2. a city in another country that the user says they are in: theirs when every country named is where they
  // are not ("from Germany, now working in Vienna"); else ask
  const currentCities = countries.length ? otherCities.filter((c) => cueOf(c) === 'current') : [];
  if (currentCities.length) {
    if (countries.every((f) => isElsewhere(cueOf(f)))) return fromFound(currentCities, lang, 0.85, gaz);
    return fromFound([...countries, ...currentCities], lang, 0.8, gaz);
  }
  // 3. every place but one is where the user was (born in, from, 出身): the one left ("Germany, but originally from
  // Poland")
  const left = named.filter((f) => cueOf(f) === null);
  if (left.length && left.length < named.length && named.every((f) => cueOf(f) === null || cueOf(f) === 'past')) {
    const r = fromFound(left, lang, 0.8, gaz, cities);
    if (r && r.isos.length < d.isos.length) return r;
  }
  return null;
}

function pickLang(langs: string[]): string | null {
  const set = new Set(langs);
  return set.size === 1 ? [...set][0]! : null;
}

function isStart(s: string, i: number): boolean {
  return i === 0 || s[i - 1] === ' ' || isNoSpaceChar(s[i]) || isNoSpaceChar(s[i - 1]);
}
function isEnd(s: string, j: number): boolean {
  return j === s.length || s[j] === ' ' || isNoSpaceChar(s[j]) || isNoSpaceChar(s[j - 1]);
}

/** All known names in the text, longest first, without overlaps. */
function scanText(s: string, k: string, gaz: Gazetteer): Found[] {
  const hits: Found[] = [];
  const n = s.length;
  for (let i = 0; i < n; i++) {
    if (s[i] === ' ' || !isStart(s, i)) continue;
    if (isKatakana(s[i]) && isKatakana(s[i - 1])) continue;
    // a name written in hiragana starts a word: not in the middle of 「わかりません」, but after a particle (「今は」)
    if (isHiragana(s[i]) && isHiragana(s[i - 1]) && !PARTICLE_BEFORE.has(s[i - 1]!)) continue;
    // 「ニュー ジーランド」: inside kana and kanji a space may split a name (found written without it)
    const cjk = isNoSpaceChar(s[i]);
    const maxJ = Math.min(n, i + gaz.maxScanKeyLength + (cjk ? 3 : 0));
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
function negated(f: Found, s: string): boolean {
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
function partOfLongerName(f: Found, s: string, raw: string, gaz: Gazetteer): boolean {
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

/** "Paris, Texas", "Birmingham, Alabama": a city directly followed by a province is taken as that province's city. */
function qualifyCities(cities: Found[], k: string, gaz: Gazetteer): Found[] {
  if (cities.length < 2) return cities;
  const sorted = [...cities].sort((a, b) => a.start - b.start);
  const drop = new Set<Found>();
  for (let i = 0; i + 1 < sorted.length; i++) {
    const city = sorted[i]!;
    const next = sorted[i + 1]!;
    if (next.start > city.end + 1) continue;
    const prov = gaz.provinces.get(k.slice(next.start, next.end));
    if (prov && (city.entry.isos.length > 1 || !city.entry.isos.some((iso) => prov.includes(iso)))) drop.add(city);
  }
  return drop.size ? cities.filter((c) => !drop.has(c)) : cities;
}

/** Turns the names found into a decision: territories beat their parent ("Hong Kong, China"), several → ask. */
function fromFound(
  found: Found[],
  lang: string | null,
  score: number,
  gaz: Gazetteer,
  cities: Found[] = [],
): Decision | null {
  const groups: string[][] = [];
  // an ambiguous name narrowed by a city named beside it ("Roseau, Dominica")
  const cityIsos = new Set(cities.flatMap((c) => c.entry.isos));
  let entryLang: string | null = null;
  for (const f of found) {
    let isos = [...f.entry.isos];
    if (isos.length > 1) {
      const byCity = isos.filter((iso) => cityIsos.has(iso));
      if (byCity.length) isos = byCity;
    }
    const key = [...isos].sort().join(',');
    if (!groups.some((g) => g.slice().sort().join(',') === key)) groups.push(isos);
    if (f.entry.lang) entryLang = entryLang && entryLang !== f.entry.lang ? null : f.entry.lang;
  }
  return fromIsoGroups(groups, lang ?? entryLang, score, gaz);
}

function fromIsoGroups(groups: string[][], lang: string | null, score: number, gaz: Gazetteer): Decision | null {
  const singles = new Set(groups.filter((g) => g.length === 1).map((g) => g[0]!));
  // an ambiguous name resolved by a parent named beside it ("Virgin Islands, US")
  let resolved = groups.map((g) => {
    if (g.length < 2) return g;
    const byParent = g.filter((iso) => singles.has(gaz.parents.get(iso) ?? ''));
    return byParent.length === 1 ? byParent : g;
  });
  // drop a parent when one of its territories is named
  const named = new Set(resolved.flat());
  resolved = resolved.filter((g) => !(g.length === 1 && [...named].some((iso) => gaz.parents.get(iso) === g[0])));
  const dedup: string[][] = [];
  for (const g of resolved) if (!dedup.some((d) => d.join() === g.join())) dedup.push(g);
  const isos = [...new Set(dedup.flat())];
  if (isos.length === 0) return null;
  return { isos, lang, score };
}

function maxDistance(len: number): number {
  if (len < 4) return 0;
  if (len <= 7) return 1;
  if (len <= 12) return 2;
  return 3;
}

/** Typo tolerance (fuse.js, see typo.ts): the nearest country name within `max` edits, clearly nearer than others. */
function fuzzy(k: string, typos: TypoIndex, max: number, primaryOnly = false): Decision | null {
  const hit = typos.nearest(k, max, primaryOnly);
  if (!hit) return null;
  const compact = k.replace(/ /g, '');
  const score = Math.max(0.5, 0.9 - hit.distance / Math.max(4, compact.length));
  // several countries equally near: ask between the ones with rows (none when none of them has a row)
  return { isos: hit.isos, lang: null, score: hit.ties > 1 ? score - 0.1 : score };
}

/** A cut-off name: the query is the start of names of exactly these countries. */
function prefix(k: string, gaz: Gazetteer): Decision | null {
  const kana = /^[\u30a0-\u30ff]{3,}$/.test(k);
  if (!kana && (k.length < 4 || !/^[a-z ]+$/.test(k))) return null;
  const isos = new Set<string>();
  for (const { key, entry } of gaz.typoKeys) {
    if (key.length > k.length && key.startsWith(k) && key.length <= k.length * 2.2)
      for (const iso of entry.isos) isos.add(iso);
  }
  if (isos.size === 0) return null;
  return { isos: [...isos], lang: null, score: 0.7 };
}

function fuzzyWords(s: string, gaz: Gazetteer, typos: TypoIndex, tried: string | null): Decision | null {
  const words = s.split(' ');
  if (words.length > 12) return null;
  const hits: Decision[] = [];
  for (let i = 0; i < words.length; i++) {
    for (let n = 1; n <= 3 && i + n <= words.length; n++) {
      const w = words.slice(i, i + n).join(' ');
      if (w.length < 5 || w === tried || !/^[a-z ]+$/.test(w) || gaz.notPlaces.has(w)) continue;
      if (words.slice(i, i + n).some((x) => gaz.scan.has(x) || gaz.notPlaces.has(x))) continue;
      const d = fuzzy(w, typos, 1);
      if (d && d.isos.length === 1) hits.push(d);
    }
  }
  if (hits.length === 0) return null;
  const isos = [...new Set(hits.flatMap((h) => h.isos))];
  return { isos, lang: null, score: 0.6 };
}
