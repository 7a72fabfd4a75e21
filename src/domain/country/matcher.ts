import type { ContactRow } from '../data/contactsSchema';
import type { Locale } from '../types';
import { buildGazetteer, type Gazetteer, type NameSource } from './gazetteer';
import { cuesOf, isElsewhere, type Cue } from './context';
import { extractFlags, normalize, toKatakana } from './normalize';
import { codeWords, negated, partOfLongerName, scanText, type Found } from './scan';
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
  /** The text (normalised) with every place it names taken out; null when it names none. */
  withoutPlaces(text: string): string | null;
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

interface Decision {
  isos: string[];
  lang: string | null;
  score: number;
}

/** A country's main names: the hand-kept ones, the table's, and those in English and Japanese. */
const MAIN_NAME_SOURCES = new Set<NameSource>(['ambiguousAlias', 'alias', 'tableRow', 'primaryLocale', 'i18nPrimary']);
/** The names a typo is read as a slip of: the main names and endonyms (other locales' names are exact-only). */
const TYPO_TARGET_SOURCES = new Set<NameSource>([...MAIN_NAME_SOURCES, 'endonym']);

export function createCountryMatcher(rows: ContactRow[]): CountryMatcher {
  const gaz = buildGazetteer(rows);
  const typos = new TypoIndex(
    gaz.typoKeys
      .filter(({ entry }) => TYPO_TARGET_SOURCES.has(entry.source))
      .map(({ key, entry }) => ({ key, isos: entry.isos, primary: MAIN_NAME_SOURCES.has(entry.source) })),
  );
  const rowsByIso = new Map<string, ContactRow[]>();
  for (const row of rows) {
    const list = rowsByIso.get(row.iso2) ?? [];
    list.push(row);
    rowsByIso.set(row.iso2, list);
  }
  return {
    match: (query: string) => matchQuery(query, gaz, typos, rowsByIso),
    withoutPlaces: (text: string) => withoutPlaces(text, gaz),
  };
}

function withoutPlaces(text: string, gaz: Gazetteer): string | null {
  if (typeof text !== 'string') return null;
  const answer = readAnswer(text.slice(0, MAX_QUERY));
  const { s, flagIsos } = answer;
  if (s && !flagIsos.length && readWhole(answer, gaz)) return '';
  const spans = namesIn(answer, gaz).filter((f) => f.start >= 0);
  if (!spans.length && !flagIsos.length) return null;
  let left = s;
  for (const f of [...spans].sort((a, b) => b.start - a.start))
    left = `${left.slice(0, f.start)} ${left.slice(Math.max(f.start, f.end))}`;
  return left.replace(/\s+/g, ' ').trim();
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

/** One answer in the forms the steps read it in. */
interface Answer {
  /** The text as typed, without its flag emoji. */
  rest: string;
  /** `rest` normalised (normalize.ts). */
  s: string;
  /** `s` with kana folded to katakana: what the gazetteer's keys are compared with. */
  k: string;
  /** Countries of the flag emoji in the answer. */
  flagIsos: string[];
}

/** What a step settled: a decision, 'none' (no country can be meant), or undefined (the next step reads on). */
type Verdict = Decision | 'none' | undefined;

/** An answer as typed, in the forms the steps read it in. */
function readAnswer(raw: string): Answer {
  const { isos: flagIsos, rest } = extractFlags(raw);
  const s = normalize(rest);
  return { rest, s, k: toKatakana(s), flagIsos };
}

function decide(raw: string, gaz: Gazetteer, typos: TypoIndex): Decision | null {
  const answer = readAnswer(raw);
  const { s, flagIsos } = answer;
  if (!s)
    return flagIsos.length
      ? fromIsoGroups(
          flagIsos.map((iso) => [iso]),
          null,
          1,
          gaz,
        )
      : null;

  // 1. the whole answer is a code or a known name
  const whole = flagIsos.length ? undefined : readWhole(answer, gaz);
  if (whole) return whole === 'none' ? null : whole;

  // 2. names inside the phrase (longest match first)
  const found = namesIn(answer, gaz);
  const { countries, cities } = countriesAndCities(found, answer.k, gaz);
  const lang = pickLang(found.filter((f) => f.entry.lang).map((f) => f.entry.lang!));
  if (countries.length) {
    const d = fromFound(countries, lang, 0.95, gaz, cities);
    return (d && whereNow(d, countries, cities, found, s, lang, gaz)) ?? d;
  }
  const verdict = readCitiesAndSlips(answer, found, cities, lang, gaz, typos);
  return verdict === 'none' ? null : (verdict ?? null);
}

/** The whole answer as a code ("jp", "DEU") or a name in the indexes; a region or a language word is no country. */
function readWhole({ rest, k }: Answer, gaz: Gazetteer): Verdict {
  const trimmed = rest.normalize('NFKC').trim();
  if (/^[a-z]{2,3}$/i.test(trimmed)) {
    const lower = trimmed.toLowerCase();
    const isWord = CODE_WORDS.has(lower) && trimmed === lower;
    const code = lower.length === 2 ? gaz.alpha2.get(lower) : gaz.alpha3.get(lower);
    if (code && !isWord) return { isos: [code], lang: null, score: 1 };
  }
  const compact = k.includes(' ') && !/^[a-z0-9 ]+$/.test(k) ? k.replace(/ /g, '') : null;
  const whole = gaz.exact.get(k) ?? (compact ? gaz.exact.get(compact) : undefined) ?? gaz.scan.get(k);
  if (whole?.kind === 'region' || whole?.kind === 'lang') return 'none';
  if (whole?.kind === 'country') return { isos: [...whole.isos], lang: whole.lang, score: 1 };
  return undefined;
}

/** Every place named inside the answer: names the user does not deny, flags, and "US"/"UK" written as words. */
function namesIn({ rest, s, k, flagIsos }: Answer, gaz: Gazetteer): Found[] {
  const found = scanText(s, k, gaz).filter((f) => !negated(f, s) && !partOfLongerName(f, s, rest, gaz));
  for (const iso of flagIsos)
    found.push({ start: -1, end: -1, entry: { kind: 'country', isos: [iso], lang: null }, score: 1 });
  // "I'm in the US", "UK": capital US / any-case UK as a word
  found.push(
    ...codeWords(rest, s, /(^|[^A-Za-z])(US|U\.S)(?![A-Za-z])/g, 'US'),
    ...codeWords(rest, s, /(^|[^a-z])(uk)(?![a-z])/gi, 'GB'),
  );
  return found;
}

/**
 * The countries and the cities (with provinces) among the names found, each read in the light of the others:
 * "Atlanta, Georgia": a country name that is also the province of a city (of any size) named beside it is the
 * province; "Paris, Texas": a province right after a city names the city's country; "Granada, Spain": a country name
 * that is also a city of the country named right after it is that city.
 */
function countriesAndCities(found: Found[], k: string, gaz: Gazetteer): { countries: Found[]; cities: Found[] } {
  const citiesAll = found.filter((f) => f.entry.kind === 'city');
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
  const cities = qualifyCities([...citiesAll, ...provincesFound], k, gaz);
  const countries = countriesFound.length ? citiesBeforeTheirCountry(countriesFound, k, gaz) : countriesFound;
  return { countries, cities };
}

/** No country named: a slip of a country's name, a city or province, a region (none), a cut-off name, a slipped word. */
function readCitiesAndSlips(
  answer: Answer,
  found: Found[],
  cities: Found[],
  lang: string | null,
  gaz: Gazetteer,
  typos: TypoIndex,
): Verdict {
  const { rest, s, k } = answer;
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
    return (d && whereNow(d, [], cities, found, s, lang, gaz)) ?? d ?? 'none';
  }
  if (found.some((f) => f.entry.kind === 'region')) return 'none';

  // 5. a cut-off name that fits ("Singapor", "Austr"); not a word known to be no place ("Mainland")
  if (short && !gaz.notPlaces.has(k)) {
    const fz = fuzzy(k, typos, typoBudget(k));
    if (fz) return fz;
    const pre = prefix(k, gaz);
    if (pre) return pre;
  }
  // 6. a slipped word inside a phrase ("I'm in Germnay"); a short answer was already tried whole in 5
  return fuzzyWords(s, gaz, typos, short ? k : null) ?? 'none';
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

/** How many edits a whole short answer may be from a country's name: kana names allow fewer. */
function typoBudget(k: string): number {
  if (/^[\u30a0-\u30ff]+$/.test(k)) return k.length >= 6 ? 2 : k.length >= 4 ? 1 : 0;
  return maxDistance(k.replace(/ /g, '').length);
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
