/**
 * Builds the country indexes once, from general sources:
 * - Intl.DisplayNames region names for every ISO 3166-1 code in many CLDR locales, plus each country's endonyms
 *   (the name in its own likely language, from Intl.Locale#maximize, and in each of its official languages from
 *   CLDR's territoryInfo: भारत, இந்தியா, Suid-Afrika, Pilipinas, Noreg);
 * - i18n-iso-countries names and aliases in all its languages, and alpha-3 codes;
 * - UN M.49 regions/continents (Intl.DisplayNames) as "region" keys, which answer none;
 * - cities and provinces (places.ts);
 * - the small hand-kept list data/country-aliases.json (short forms, old kanji names, kana readings).
 * Which reading of a name shared by several sources is kept: entries.ts.
 */
import { createRequire } from 'node:module';
import countries from 'i18n-iso-countries';
import type { ContactRow } from '../data/contactsSchema';
import { countryAliases } from './aliases';
import { putEntry, weakerSource, type Entry, type NameSource } from './entries';
import { EXACT_LOCALES, PHRASE_LOCALES } from './locales';
import { isLatinWord, normalize } from './normalize';
import { addPlaces } from './places';
import { EXTRA_REGIONS, M49_REGIONS } from './regions';

export type { Entry, EntryKind, NameSource } from './entries';

export interface FuzzyKey {
  key: string;
  entry: Entry;
}

export interface Gazetteer {
  /** Whole-query lookup: country and region names in all locales. */
  exact: Map<string, Entry>;
  /** Phrase scanning: country names in the common locales, regions, language hints, cities, provinces. */
  scan: Map<string, Entry>;
  /** The length of the longest scan key that starts with each character: a scan tries no longer names from there. */
  longestScanKeyFrom: Map<string, number>;
  alpha2: Map<string, string>;
  alpha3: Map<string, string>;
  /** Country keys (4+ characters, any script) for typo tolerance and cut-off names. */
  typoKeys: FuzzyKey[];
  parents: Map<string, string>;
  notPlaces: Set<string>;
  /** Province/state names → countries ("Georgia" is also a US state). */
  provinces: Map<string, string[]>;
  /**
   * Every city name of city-timezones, whatever its size → countries, also where the name is a country's too
   * ("Granada", "Victoria", "Athens" is also in Georgia, US): to read "City, Country" and "City, CC".
   */
  cityNames: Map<string, string[]>;
}

const aliases = countryAliases;

/** A name as a key: normalised, kana folded to katakana. */
const toKey = (name: string) => normalize(name, { kana: true });

const displayNamesCache = new Map<string, Intl.DisplayNames | null>();

/** Region names in `locale`; null when ICU lacks the locale (it would answer in another language). */
function displayNames(locale: string): Intl.DisplayNames | null {
  let dn = displayNamesCache.get(locale);
  if (dn !== undefined) return dn;
  try {
    dn = Intl.DisplayNames.supportedLocalesOf([locale]).length
      ? new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' })
      : null;
  } catch {
    dn = null;
  }
  displayNamesCache.set(locale, dn);
  return dn;
}

/**
 * Case forms of a name inside a sentence, where a language writes them on the name itself: Russian and other
 * Cyrillic names (Россия → в России, Канада → в Канаде, Китай → в Китае; normalised й is и) and Arabic names with
 * the article, which take a one-letter preposition or conjunction (المغرب → بالمغرب, والمغرب, للمغرب); Hebrew likewise.
 */
export function inflectedForms(key: string): string[] {
  if (/^[а-яёіїєґў]{4,}$/.test(key)) {
    const last = key[key.length - 1]!;
    const stem = key.slice(0, -1);
    if (key.endsWith('ия')) return [`${stem}и`, `${stem}ю`, `${stem}ей`];
    if (last === 'а') return [`${stem}е`, `${stem}ы`, `${stem}и`, `${stem}у`, `${stem}ой`];
    if (last === 'я') return [`${stem}е`, `${stem}и`, `${stem}ю`, `${stem}ей`];
    if (last === 'и' && /[аеоуыэюяі]/.test(key[key.length - 2]!))
      return [`${stem}е`, `${stem}я`, `${stem}ю`, `${stem}ем`];
    if (last === 'ь') return [`${stem}е`, `${stem}и`, `${stem}я`, `${stem}ю`];
    if (/[бвгджзклмнпрстфхцчшщ]/.test(last)) return [`${key}е`, `${key}а`, `${key}у`, `${key}ом`];
    return [];
  }
  if (/^ال[\u0621-\u064a]{2,}/.test(key)) return [`ب${key}`, `و${key}`, `ف${key}`, `ل${key.slice(1)}`];
  // Hebrew writes in, to, from, and on the word: ישראל → בישראל, לישראל, מישראל, וישראל
  if (/^[\u05d0-\u05ea]{3,}/.test(key)) return [`ב${key}`, `ל${key}`, `מ${key}`, `ו${key}`];
  return [];
}

/** Latin letters (with accents) and what goes between words: a name that may be an English word. */
const LATIN = /^[\p{Script=Latin}\p{M}\s\p{P}\p{N}]+$/u;

interface TerritoryInfoFile {
  supplemental: {
    territoryInfo: Record<string, { languagePopulation?: Record<string, { _officialStatus?: string }> }>;
  };
}
/** CLDR's territory facts, read as plain JSON: the file is too large for TypeScript to type by import. */
const readJson = createRequire(__filename);
const territoryInfo = (readJson('cldr-core/supplemental/territoryInfo.json') as TerritoryInfoFile).supplemental
  .territoryInfo;

/** The country's likely language (Intl.Locale#maximize) and its official languages (CLDR territoryInfo). */
function endonymLocales(iso: string): string[] {
  const locales = new Set<string>();
  try {
    locales.add(new Intl.Locale(`und-${iso}`).maximize().baseName);
  } catch {
    // no likely language
  }
  for (const [lang, info] of Object.entries(territoryInfo[iso]?.languagePopulation ?? {})) {
    if (info._officialStatus) locales.add(lang.replace(/_/g, '-'));
  }
  return [...locales];
}

/** The whole-query and phrase indexes being built, and how each kind of name goes into them. */
class IndexBuilder {
  readonly exact = new Map<string, Entry>();
  readonly scan = new Map<string, Entry>();
  readonly notPlaces = new Set(aliases.notPlaces.map(toKey));

  /** Adds a country name; `phrase` also makes it findable inside longer text. */
  addCountry(name: string, isos: string[], source: NameSource, phrase: boolean, lang: string | null = null): void {
    const key = toKey(name);
    if (!key) return;
    putEntry(this.exact, key, { kind: 'country', isos, lang, source });
    if (key.includes(' ') && isLatinWord(key))
      putEntry(this.exact, key.replace(/ /g, ''), { kind: 'country', isos, lang, source: 'compactForm' });
    if (!phrase) return;
    if (isLatinWord(key) && key.length <= 2) return; // "us", "uk": whole-query only
    // a generated name that is also an everyday word (notPlaces: "Man", "Union") is not looked for inside phrases
    if (!isHandKept(source) && this.notPlaces.has(key)) return;
    putEntry(this.scan, key, { kind: 'country', isos, lang, source });
    const inflectedSource = weakerSource(source, 'phraseLocale');
    for (const form of inflectedForms(key))
      putEntry(this.scan, form, { kind: 'country', isos, lang, source: inflectedSource });
  }

  /** Adds a region name (answers none); `inScan` also makes it findable inside longer text. */
  addRegion(key: string, source: NameSource, inScan: boolean): void {
    putEntry(this.exact, key, { kind: 'region', isos: [], lang: null, source });
    if (inScan) putEntry(this.scan, key, { kind: 'region', isos: [], lang: null, source });
  }
}

function isHandKept(source: NameSource): boolean {
  return source === 'alias' || source === 'ambiguousAlias';
}

const allIsos = Object.keys(countries.getAlpha2Codes());

/** The Swiss row language a name in `locale` implies (Suisse → fr, Schweiz → de). */
function swissLanguageOf(iso: string, locale: string): string | null {
  if (iso !== 'CH') return null;
  return locale === 'fr' ? 'fr' : locale === 'de' ? 'de' : null;
}

export function buildGazetteer(rows: ContactRow[]): Gazetteer {
  const index = new IndexBuilder();
  // the order matters only between equally strong readings: it is the order of an ambiguous key's countries
  addDisplayNames(index);
  addEndonyms(index);
  addI18nCountryNames(index);
  addTableNames(index, rows);
  addHandKeptNames(index);
  addSwissLanguageHints(index);
  const { provinces, cityNames } = addPlaces(index.scan, toKey, index.notPlaces);
  addHandKeptPlaces(index);
  addWithoutMiddleDots(index);
  return {
    exact: index.exact,
    scan: index.scan,
    longestScanKeyFrom: longestKeyLengthByFirstChar(index.scan),
    ...codeTables(),
    typoKeys: typoKeysOf(index),
    parents: new Map(Object.entries(aliases.parents)),
    notPlaces: index.notPlaces,
    provinces,
    cityNames,
  };
}

/** Intl.DisplayNames country and region names: the common locales (also in phrases) and the rest (exact only). */
function addDisplayNames(index: IndexBuilder): void {
  for (const [locales, source, phrase] of [
    [['en', 'ja'], 'primaryLocale', true],
    [PHRASE_LOCALES.filter((l) => l !== 'en' && l !== 'ja'), 'phraseLocale', true],
    [EXACT_LOCALES, 'otherLocale', false],
  ] as Array<[string[], NameSource, boolean]>) {
    for (const locale of locales) {
      const dn = displayNames(locale);
      if (!dn) continue;
      for (const iso of allIsos) {
        const name = dn.of(iso);
        if (!name || name === iso) continue;
        // a name in another script (Россия, Ελλάδα, مصر) is no English word: it is looked for inside phrases too
        index.addCountry(name, [iso], source, phrase || !LATIN.test(name), swissLanguageOf(iso, locale));
        // "Hong Kong SAR China", "中華人民共和国香港特別行政区": also the short form before/after the qualifier
        const short = name.replace(/\s*(SAR China|S\.A\.R\.)\s*$/i, '');
        if (short !== name) index.addCountry(short, [iso], source, phrase);
      }
      for (const region of M49_REGIONS) {
        const name = dn.of(region);
        if (!name) continue;
        const key = toKey(name);
        index.addRegion(key, source, phrase && !index.notPlaces.has(key));
      }
    }
  }
}

/** Endonyms (Deutschland, Sverige, Polska, 대한민국, ไทย, Việt Nam …), in every official language of the country. */
function addEndonyms(index: IndexBuilder): void {
  for (const iso of allIsos) {
    for (const locale of endonymLocales(iso)) {
      const name = displayNames(locale)?.of(iso);
      if (name && name !== iso)
        index.addCountry(name, [iso], 'endonym', true, swissLanguageOf(iso, locale.split('-')[0]!));
    }
  }
}

/** i18n-iso-countries: official names and aliases in its languages. */
function addI18nCountryNames(index: IndexBuilder): void {
  for (const lang of countries.langs()) {
    const names = countries.getNames(lang, { select: 'all' }) as Record<string, string[]>;
    const primary = lang === 'en' || lang === 'ja';
    const phrase = primary || PHRASE_LOCALES.includes(lang);
    const source: NameSource = primary ? 'i18nPrimary' : phrase ? 'phraseLocale' : 'otherLocale';
    for (const [iso, list] of Object.entries(names))
      for (const name of list) index.addCountry(name, [iso], source, phrase, swissLanguageOf(iso, lang));
  }
}

/** The contact table's own names (CH rows are found by "Switzerland" + a language). */
function addTableNames(index: IndexBuilder, rows: ContactRow[]): void {
  for (const row of rows) {
    if (row.language) continue;
    index.addCountry(row.name.en, [row.iso2], 'tableRow', true);
    index.addCountry(row.name.ja, [row.iso2], 'tableRow', true);
  }
}

/** data/country-aliases.json: further country names, whole-answer-only names, shared names, regions. */
function addHandKeptNames(index: IndexBuilder): void {
  for (const [iso, list] of Object.entries(aliases.countries))
    for (const name of list) index.addCountry(name, [iso], 'alias', true);
  for (const [iso, list] of Object.entries(aliases.wholeQueryOnly))
    for (const name of list) index.addCountry(name, [iso], 'alias', false);
  for (const { names, isos } of aliases.ambiguous)
    for (const name of names) index.addCountry(name, isos, 'ambiguousAlias', true);
  for (const name of [...EXTRA_REGIONS, ...(aliases.regions ?? [])]) index.addRegion(toKey(name), 'alias', true);
}

/** Which Swiss row a user means: words (French, ドイツ語) and places (Genève, Zürich). */
function addSwissLanguageHints(index: IndexBuilder): void {
  for (const [lang, { words, places }] of Object.entries(aliases.swissLanguage)) {
    for (const w of words) putEntry(index.scan, toKey(w), { kind: 'lang', isos: [], lang, source: 'alias' });
    for (const p of places) {
      const key = toKey(p);
      putEntry(index.scan, key, { kind: 'city', isos: ['CH'], lang, source: 'alias' });
      putEntry(index.exact, key, { kind: 'city', isos: ['CH'], lang, source: 'alias' });
    }
  }
}

/** Hand-kept cities, and 「在米」「在独」: resident in (the one-kanji abbreviation of) a country. */
function addHandKeptPlaces(index: IndexBuilder): void {
  for (const [iso, list] of Object.entries(aliases.cities))
    for (const c of list) putEntry(index.scan, toKey(c), { kind: 'city', isos: [iso], lang: null, source: 'alias' });
  for (const [kanji, iso] of Object.entries(aliases.kanjiAbbreviations))
    index.addCountry(`在${kanji}`, [iso], 'alias', true);
}

/** Names written with a middle dot (トリニダード・トバゴ) are also found written without it. */
function addWithoutMiddleDots(index: IndexBuilder): void {
  for (const map of [index.exact, index.scan]) {
    for (const [key, entry] of [...map]) {
      if (!key.includes(' ') || isLatinWord(key)) continue;
      const compact = key.replace(/ /g, '');
      if (!map.has(compact)) map.set(compact, { ...entry, isos: [...entry.isos] });
    }
  }
}

function longestKeyLengthByFirstChar(map: Map<string, Entry>): Map<string, number> {
  const longest = new Map<string, number>();
  for (const key of map.keys()) if (key) longest.set(key[0]!, Math.max(longest.get(key[0]!) ?? 0, key.length));
  return longest;
}

/** ISO alpha-2 and alpha-3 codes, lower case → alpha-2 (with UK and the former Netherlands Antilles). */
function codeTables(): { alpha2: Map<string, string>; alpha3: Map<string, string> } {
  const alpha2 = new Map<string, string>();
  for (const iso of allIsos) alpha2.set(iso.toLowerCase(), iso);
  alpha2.set('an', 'AN');
  alpha2.set('uk', 'GB');
  const alpha3 = new Map<string, string>();
  for (const [a3, a2] of Object.entries(countries.getAlpha3Codes())) alpha3.set(a3.toLowerCase(), a2);
  alpha3.set('ant', 'AN');
  return { alpha2, alpha3 };
}

/** Typo keys: country names from the phrase set (plus compact forms), 4+ characters. */
function typoKeysOf(index: IndexBuilder): FuzzyKey[] {
  const typoKeys: FuzzyKey[] = [];
  const add = (key: string, entry: Entry) => {
    if (entry.kind === 'country' && key.length >= 4) typoKeys.push({ key, entry });
  };
  for (const [key, entry] of index.scan) add(key, entry);
  for (const [key, entry] of index.exact) if (entry.source === 'compactForm') add(key, entry);
  return typoKeys;
}
