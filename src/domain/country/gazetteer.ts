/**
 * Builds the country indexes once, from general sources:
 * - Intl.DisplayNames region names for every ISO 3166-1 code in many CLDR locales, plus each country's endonyms
 *   (the name in its own likely language, from Intl.Locale#maximize, and in each of its official languages from
 *   CLDR's territoryInfo: भारत, இந்தியா, Suid-Afrika, Pilipinas, Noreg);
 * - i18n-iso-countries names and aliases in all its languages, and alpha-3 codes;
 * - UN M.49 regions/continents (Intl.DisplayNames) as "region" keys, which answer none;
 * - cities and provinces from city-timezones, CLDR exemplar cities (cldr-dates-full) in several languages,
 *   Japanese prefectures (jp-prefecture);
 * - the small hand-kept list data/country-aliases.json (short forms, old kanji names, kana readings).
 */
import { createRequire } from 'node:module';
import countries from 'i18n-iso-countries';
import type { ContactRow } from '../data/contactsSchema';
import { countryAliases } from './aliases';
import { isLatinWord, normalize } from './normalize';

export type EntryKind = 'country' | 'region' | 'lang' | 'city';

export interface Entry {
  kind: EntryKind;
  /** ISO alpha-2 codes the key names (several for an ambiguous name such as "Dominica"). */
  isos: string[];
  /** Only for Switzerland: the row language a name implies (Suisse → fr, Schweiz → de). */
  lang: string | null;
  rank: number;
}

export interface FuzzyKey {
  key: string;
  entry: Entry;
}

export interface Gazetteer {
  /** Whole-query lookup: country and region names in all locales. */
  exact: Map<string, Entry>;
  /** Phrase scanning: country names in the common locales, regions, language hints, cities, provinces. */
  scan: Map<string, Entry>;
  maxScanKeyLength: number;
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

/** Locales whose names are also looked for inside phrases. */
const PHRASE_LOCALES = ['en', 'ja', 'fr', 'de', 'es', 'it', 'pt', 'nl', 'ko', 'zh-Hans', 'zh-Hant', 'th', 'vi'];
/** Further locales used for whole-query lookups only (a name typed on its own). */
const EXACT_LOCALES = [
  'pl',
  'sv',
  'fi',
  'da',
  'nb',
  'nn',
  'is',
  'ru',
  'uk',
  'be',
  'bg',
  'sr',
  'sr-Latn',
  'hr',
  'bs',
  'sl',
  'sk',
  'cs',
  'hu',
  'ro',
  'el',
  'tr',
  'az',
  'ka',
  'hy',
  'kk',
  'uz',
  'mn',
  'ar',
  'fa',
  'ur',
  'he',
  'hi',
  'bn',
  'ta',
  'te',
  'mr',
  'gu',
  'kn',
  'ml',
  'si',
  'ne',
  'my',
  'km',
  'lo',
  'id',
  'ms',
  'fil',
  'sw',
  'am',
  'af',
  'zu',
  'ga',
  'cy',
  'gd',
  'eu',
  'ca',
  'gl',
  'et',
  'lv',
  'lt',
  'mt',
  'lb',
  'rm',
  'fo',
  'sq',
  'mk',
  'yue',
  'pt-PT',
  'es-419',
  'en-GB',
];
const CLDR_EXEMPLAR_LOCALES = ['ja', 'ko', 'zh', 'zh-Hant', 'en', 'fr', 'de', 'es', 'it', 'pt', 'nl'];
const M49_REGIONS = [
  '001',
  '002',
  '003',
  '005',
  '009',
  '011',
  '013',
  '014',
  '015',
  '017',
  '018',
  '019',
  '021',
  '029',
  '030',
  '034',
  '035',
  '039',
  '053',
  '054',
  '057',
  '061',
  '142',
  '143',
  '145',
  '150',
  '151',
  '154',
  '155',
  '202',
  '419',
  'EU',
  'EZ',
  'UN',
  'QO',
];
const EXTRA_REGIONS = [
  'Middle East',
  'Near East',
  'Far East',
  'Scandinavia',
  'Nordics',
  'Balkans',
  'Asia Pacific',
  'APAC',
  'EMEA',
  'LATAM',
  'Gulf',
  'Persian Gulf',
  'Arabian Peninsula',
  'Central and South America',
  'Pacific Islands',
  'West Indies',
  'Caribbean Islands',
  'Antilles',
  'Lesser Antilles',
  'Greater Antilles',
  'Indochina',
  'Siberia',
  '中東',
  '近東',
  '極東',
  '北欧',
  '東欧',
  '西欧',
  '南欧',
  '欧州',
  '北米',
  '南米',
  '中南米',
  '中米',
  '東南アジア',
  '東アジア',
  '南アジア',
  'アジア太平洋',
  'カリブ海',
  'カリブ諸国',
  '西インド諸島',
  'バルカン',
  'スカンジナビア',
  '世界',
  '海外',
  '国内',
  '大陸',
];

// rank = kind weight * 100 + source weight
const KIND_WEIGHT: Record<EntryKind, number> = { country: 4, region: 3, lang: 2, city: 1 };
export const SRC = {
  ambiguousAlias: 10,
  alias: 9,
  row: 8,
  primary: 7,
  i18nPrimary: 6,
  endonym: 5,
  phrase: 4,
  other: 2,
  compact: 1,
};

function insert(
  map: Map<string, Entry>,
  key: string,
  kind: EntryKind,
  isos: string[],
  src: number,
  lang: string | null = null,
): void {
  if (!key) return;
  const rank = KIND_WEIGHT[kind] * 100 + src;
  const old = map.get(key);
  if (!old || rank > old.rank) {
    map.set(key, { kind, isos: [...isos], lang, rank });
    return;
  }
  if (rank < old.rank) return;
  // same rank: the key names several places (ambiguous) — unless it is the same place
  for (const iso of isos) if (!old.isos.includes(iso)) old.isos.push(iso);
  if (old.lang === null) old.lang = lang;
}

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

/** CLDR's territory facts, read as plain JSON: the file is too large for TypeScript to type by import. */
const readJson = createRequire(__filename);
const territoryInfo = (
  readJson('cldr-core/supplemental/territoryInfo.json') as {
    supplemental: {
      territoryInfo: Record<string, { languagePopulation?: Record<string, { _officialStatus?: string }> }>;
    };
  }
).supplemental.territoryInfo;

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

interface CityRow {
  city: string;
  city_ascii: string;
  pop: number;
  iso2: string;
  province: string;
  timezone: string;
}

export function buildGazetteer(rows: ContactRow[]): Gazetteer {
  const exact = new Map<string, Entry>();
  const scan = new Map<string, Entry>();
  const notPlaces = new Set(aliases.notPlaces.map((w) => normalize(w, { kana: true })));
  const norm = (s: string) => normalize(s, { kana: true });

  /** Adds a name; `phrase` also makes it findable inside longer text. */
  const addCountry = (name: string, isos: string[], src: number, phrase: boolean, lang: string | null = null) => {
    const key = norm(name);
    if (!key) return;
    insert(exact, key, 'country', isos, src, lang);
    if (key.includes(' ') && isLatinWord(key)) insert(exact, key.replace(/ /g, ''), 'country', isos, SRC.compact, lang);
    if (!phrase) return;
    if (isLatinWord(key) && key.length <= 2) return; // "us", "uk": whole-query only
    if (src < SRC.alias && notPlaces.has(key)) return;
    insert(scan, key, 'country', isos, src, lang);
    for (const form of inflectedForms(key)) insert(scan, form, 'country', isos, Math.min(src, SRC.phrase), lang);
  };

  const allIsos = Object.keys(countries.getAlpha2Codes());
  const swissLangOf = (locale: string) => (locale === 'fr' ? 'fr' : locale === 'de' ? 'de' : null);

  // Intl.DisplayNames, common locales (phrase) and the rest (exact only)
  for (const [locales, src, phrase] of [
    [['en', 'ja'], SRC.primary, true],
    [PHRASE_LOCALES.filter((l) => l !== 'en' && l !== 'ja'), SRC.phrase, true],
    [EXACT_LOCALES, SRC.other, false],
  ] as Array<[string[], number, boolean]>) {
    for (const locale of locales) {
      const dn = displayNames(locale);
      if (!dn) continue;
      for (const iso of allIsos) {
        const name = dn.of(iso);
        if (!name || name === iso) continue;
        // a name in another script (Россия, Ελλάδα, مصر) is no English word: it is looked for inside phrases too
        addCountry(name, [iso], src, phrase || !LATIN.test(name), iso === 'CH' ? swissLangOf(locale) : null);
        // "Hong Kong SAR China", "中華人民共和国香港特別行政区": also the short form before/after the qualifier
        const short = name.replace(/\s*(SAR China|S\.A\.R\.)\s*$/i, '');
        if (short !== name) addCountry(short, [iso], src, phrase);
      }
      for (const region of M49_REGIONS) {
        const name = dn.of(region);
        if (!name) continue;
        const key = norm(name);
        insert(exact, key, 'region', [], src);
        if (phrase && !notPlaces.has(key)) insert(scan, key, 'region', [], src);
      }
    }
  }
  // endonyms (Deutschland, Sverige, Polska, 대한민국, ไทย, Việt Nam …), in every official language of the country
  for (const iso of allIsos) {
    for (const locale of endonymLocales(iso)) {
      const name = displayNames(locale)?.of(iso);
      if (name && name !== iso)
        addCountry(name, [iso], SRC.endonym, true, iso === 'CH' ? swissLangOf(locale.split('-')[0]!) : null);
    }
  }
  // i18n-iso-countries: official names and aliases in its languages
  for (const lang of countries.langs()) {
    const names = countries.getNames(lang, { select: 'all' }) as Record<string, string[]>;
    const primary = lang === 'en' || lang === 'ja';
    const phrase = primary || PHRASE_LOCALES.includes(lang);
    for (const [iso, list] of Object.entries(names)) {
      for (const name of list)
        addCountry(
          name,
          [iso],
          primary ? SRC.i18nPrimary : phrase ? SRC.phrase : SRC.other,
          phrase,
          iso === 'CH' ? swissLangOf(lang) : null,
        );
    }
  }
  // the table's own names (CH rows are found by "Switzerland" + a language)
  for (const row of rows) {
    if (row.language) continue;
    addCountry(row.name.en, [row.iso2], SRC.row, true);
    addCountry(row.name.ja, [row.iso2], SRC.row, true);
  }
  // hand-kept aliases
  for (const [iso, list] of Object.entries(aliases.countries))
    for (const name of list) addCountry(name, [iso], SRC.alias, true);
  for (const [iso, list] of Object.entries(aliases.wholeQueryOnly))
    for (const name of list) addCountry(name, [iso], SRC.alias, false);
  for (const { names, isos } of aliases.ambiguous)
    for (const name of names) addCountry(name, isos, SRC.ambiguousAlias, true);
  for (const name of [...EXTRA_REGIONS, ...(aliases.regions ?? [])]) {
    const key = norm(name);
    insert(exact, key, 'region', [], SRC.alias);
    insert(scan, key, 'region', [], SRC.alias);
  }
  // Swiss language hints: words (French, ドイツ語) and places (Genève, Zürich)
  for (const [lang, { words, places }] of Object.entries(aliases.swissLanguage)) {
    for (const w of words) {
      const key = norm(w);
      insert(scan, key, 'lang', [], SRC.alias, lang);
    }
    for (const p of places) {
      const key = norm(p);
      insert(scan, key, 'city', ['CH'], SRC.alias, lang);
      insert(exact, key, 'city', ['CH'], SRC.alias, lang);
    }
  }

  const { provinces, cityNames } = addPlaces(scan, norm, notPlaces);
  for (const [iso, list] of Object.entries(aliases.cities))
    for (const c of list) insert(scan, norm(c), 'city', [iso], SRC.alias);
  // 「在米」「在独」: resident in (the one-kanji abbreviation of) a country
  for (const [kanji, iso] of Object.entries(aliases.kanjiAbbreviations))
    addCountry(`在${kanji}`, [iso], SRC.alias, true);
  // names written with a middle dot (トリニダード・トバゴ) are also found written without it
  for (const map of [exact, scan]) {
    for (const [key, entry] of [...map]) {
      if (!key.includes(' ') || isLatinWord(key)) continue;
      const compact = key.replace(/ /g, '');
      if (!map.has(compact)) map.set(compact, { ...entry, isos: [...entry.isos] });
    }
  }

  // codes
  const alpha2 = new Map<string, string>();
  for (const iso of allIsos) alpha2.set(iso.toLowerCase(), iso);
  alpha2.set('an', 'AN');
  alpha2.set('uk', 'GB');
  const alpha3 = new Map<string, string>();
  for (const [a3, a2] of Object.entries(countries.getAlpha3Codes())) alpha3.set(a3.toLowerCase(), a2);
  alpha3.set('ant', 'AN');

  // typo keys: country names from the phrase set (plus compact forms), 4+ characters
  const typoKeys: FuzzyKey[] = [];
  const addFuzzy = (key: string, entry: Entry) => {
    if (entry.kind === 'country' && key.length >= 4) typoKeys.push({ key, entry });
  };
  for (const [key, entry] of scan) addFuzzy(key, entry);
  for (const [key, entry] of exact) if (entry.rank % 100 === SRC.compact) addFuzzy(key, entry);

  let maxScanKeyLength = 0;
  for (const key of scan.keys()) maxScanKeyLength = Math.max(maxScanKeyLength, key.length);

  return {
    exact,
    scan,
    maxScanKeyLength,
    alpha2,
    alpha3,
    typoKeys,
    parents: new Map(Object.entries(aliases.parents)),
    notPlaces,
    provinces,
    cityNames,
  };
}

/** Cities (population ≥ 150k) and provinces from city-timezones, CLDR exemplar cities, Japanese prefectures. */
function addPlaces(
  scan: Map<string, Entry>,
  norm: (s: string) => string,
  notPlaces: Set<string>,
): { provinces: Map<string, string[]>; cityNames: Map<string, string[]> } {
  const provinces = new Map<string, string[]>();
  const cityNames = new Map<string, string[]>();
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const cityMap = require('city-timezones/data/cityMap.json') as CityRow[];
  const cityPops = new Map<string, Map<string, number>>();
  const provincePops = new Map<string, Map<string, number>>();
  const zoneIso = new Map<string, Map<string, number>>();
  const bump = (m: Map<string, Map<string, number>>, key: string, iso: string, pop: number) => {
    if (!key || key.length < 3 || notPlaces.has(key)) return;
    const inner = m.get(key) ?? new Map<string, number>();
    inner.set(iso, Math.max(inner.get(iso) ?? 0, 0) + pop);
    m.set(key, inner);
  };
  const anyCity = new Map<string, { iso: string; pop: number }>();
  // each country's largest city counts whatever its size (Willemstad, Roseau, Castries: capitals of small islands)
  const largest = new Map<string, CityRow>();
  for (const c of cityMap) if ((largest.get(c.iso2)?.pop ?? -1) < (c.pop || 0)) largest.set(c.iso2, c);
  const largestSet = new Set(largest.values());
  for (const c of cityMap) {
    const pop = c.pop || 0;
    const ck = norm(c.city_ascii);
    if ((anyCity.get(ck)?.pop ?? -1) < pop) anyCity.set(ck, { iso: c.iso2, pop });
    if (c.timezone) bump(zoneIso, c.timezone, c.iso2, pop + 1);
    if (c.province) bump(provincePops, norm(c.province), c.iso2, pop);
    for (const name of new Set([ck, norm(c.city)])) {
      const isos = cityNames.get(name) ?? [];
      if (!isos.includes(c.iso2)) cityNames.set(name, [...isos, c.iso2]);
    }
    if (pop < 150000 && !largestSet.has(c)) continue;
    const names = new Set([norm(c.city), norm(c.city_ascii)]);
    for (const n of names) {
      const inner = cityPops.get(n) ?? new Map<string, number>();
      if (!notPlaces.has(n) && n.length >= 3) {
        inner.set(c.iso2, Math.max(inner.get(c.iso2) ?? 0, pop));
        cityPops.set(n, inner);
      }
    }
  }
  const dominant = (pops: Map<string, number>, minPop: number): string[] => {
    const sorted = [...pops.entries()].sort((a, b) => b[1] - a[1]);
    const top = sorted[0];
    if (!top || top[1] < minPop) return [];
    return sorted.filter(([, p]) => p * 3 >= top[1]).map(([iso]) => iso);
  };
  // a name that is both a province and a city elsewhere goes to the clearly larger ("Ontario": the province, not
  // the Californian city; "Victoria": the Australian state or the Canadian city): a province weighs a tenth of the
  // population of its cities
  for (const [key, pops] of provincePops) {
    const isos = dominant(pops, 300000);
    if (!isos.length) continue;
    const merged = new Map([...pops].map(([iso, p]) => [iso, p / 10]));
    for (const [iso, p] of cityPops.get(key) ?? []) merged.set(iso, Math.max(merged.get(iso) ?? 0, p));
    const both = dominant(merged, 0);
    insert(scan, key, 'city', both, cityPops.has(key) ? 4 : 3);
    provinces.set(key, isos);
  }
  for (const [key, pops] of cityPops) {
    if (provinces.has(key)) continue;
    const isos = dominant(pops, 0);
    if (isos.length) insert(scan, key, 'city', isos, 4);
  }
  // CLDR exemplar cities of time zones (東京, ソウル, トロント, Wien, Genf …), zone → country by CLDR's windowsZones
  // (each zone's territory), else by city-timezones (the country with most people in the zone)
  const zoneCountry = new Map<string, string>();
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const windowsZones = require('cldr-core/supplemental/windowsZones.json') as {
    supplemental: { windowsZones: { mapTimezones: Array<{ mapZone: { _type: string; _territory: string } }> } };
  };
  for (const { mapZone } of windowsZones.supplemental.windowsZones.mapTimezones) {
    if (!/^[A-Z]{2}$/.test(mapZone._territory) || mapZone._territory === 'ZZ') continue;
    for (const zone of mapZone._type.split(' ')) if (!zoneCountry.has(zone)) zoneCountry.set(zone, mapZone._territory);
  }
  for (const [zone, pops] of zoneIso) {
    if (zoneCountry.has(zone)) continue;
    const top = [...pops.entries()].sort((a, b) => b[1] - a[1])[0];
    if (top) zoneCountry.set(zone, top[0]);
  }
  for (const locale of CLDR_EXEMPLAR_LOCALES) {
    let data: { main: Record<string, { dates: { timeZoneNames: { zone: Record<string, unknown> } } }> };
    try {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      data = require(`cldr-dates-full/main/${locale}/timeZoneNames.json`);
    } catch {
      continue;
    }
    const zones = Object.values(data.main)[0]!.dates.timeZoneNames.zone;
    const walk = (node: unknown, path: string[]) => {
      if (!node || typeof node !== 'object') return;
      const obj = node as Record<string, unknown>;
      if (obj._type === 'zone') {
        const iso =
          zoneCountry.get(path.join('/')) ?? anyCity.get(norm(path[path.length - 1]!.replace(/_/g, ' ')))?.iso;
        // the zone ID's own city ("America/Port_of_Spain") and the localised exemplar city
        const names = [path[path.length - 1]!.replace(/_/g, ' ')];
        if (typeof obj.exemplarCity === 'string') names.push(obj.exemplarCity);
        for (const name of names) {
          const key = norm(name);
          if (iso && key.length >= 2 && !notPlaces.has(key)) insert(scan, key, 'city', [iso], 5);
        }
        return;
      }
      for (const [k, v] of Object.entries(obj)) walk(v, [...path, k]);
    };
    walk(zones, []);
  }
  // Japanese prefectures (大阪府, 大阪, おおさか, Osaka)
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const jp = require('jp-prefecture') as {
    getAll(type: string): Array<{ name: string; short: string; kana: string; en: string }>;
  };
  for (const p of jp.getAll('pref')) {
    for (const n of [p.name, p.short, p.kana, p.en]) {
      const key = norm(n);
      if (key.length >= 2 && !notPlaces.has(key)) insert(scan, key, 'city', ['JP'], 6);
    }
  }
  return { provinces, cityNames };
}
