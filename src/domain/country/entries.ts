/**
 * What one gazetteer key stands for, and which of two readings of a key is kept. A key (a normalised name) is
 * often given by several sources: "Georgia" is a country and a US state, "Congo" names two countries, a Japanese
 * name comes from CLDR, i18n-iso-countries and the hand-kept list. Each reading is an Entry with its kind and its
 * source; the stronger one keeps the key, and two equally strong readings that name different countries make the key
 * ambiguous (it names all of them).
 */

/** What a key names: a country, a region (answers none), a language word (Swiss hints), a city or province. */
export type EntryKind = 'country' | 'region' | 'lang' | 'city';

/**
 * Kinds, the one that keeps a key first. The question asks for a country, so a key that is also a country's name is
 * that country; a region name (Caribbean, 北欧) answers none and must win over a city or a Swiss language word of the
 * same spelling, which only narrow an answer down; a city is the weakest, as many city names repeat a larger place's.
 */
const KINDS_STRONGEST_FIRST: readonly EntryKind[] = ['country', 'region', 'lang', 'city'];

/**
 * Where a name was found, strongest first. Between two readings of one kind, the source earlier here keeps the key.
 * The order runs from what a person checked to what is generated and more often a false friend.
 */
const SOURCES_STRONGEST_FIRST = [
  /** Hand-kept names of several countries at once: the list says the name is ambiguous, so no single reading hides that. */
  'ambiguousAlias',
  /** Hand-kept short forms, old kanji names, kana readings, cities, Swiss places (data/country-aliases.json). */
  'alias',
  /** The contact table's own English and Japanese names: the names the product shows. */
  'tableRow',
  /** CLDR region names in the interface languages (English, Japanese). */
  'primaryLocale',
  /** i18n-iso-countries' English and Japanese names and aliases: longer official and older forms. */
  'i18nPrimary',
  /** A country's name in its own official languages (Deutschland, 대한민국). */
  'endonym',
  /** Names in the other common locales (fr, de, zh…), and the case forms of a name inside a sentence (в России). */
  'phraseLocale',
  /** Names in the further locales, read only as a whole answer. */
  'otherLocale',
  /** A Latin name of several words written without its spaces ("newzealand"): a guess at what was meant. */
  'compactForm',
  // The city sources below are only ever weighed against each other and against 'alias': a city entry meets
  // country-name sources only under another kind, which the kind order settles first.
  /** Japanese prefectures (jp-prefecture): complete, and each names one place in Japan. */
  'prefecture',
  /** CLDR's exemplar cities of time zones, in several scripts: a short, curated list. */
  'exemplarCity',
  /** city-timezones cities of 150,000 people or more (and each country's largest), and provinces named like one. */
  'populousCity',
  /** city-timezones provinces and states that are no such city. */
  'province',
] as const;

export type NameSource = (typeof SOURCES_STRONGEST_FIRST)[number];

export interface Entry {
  kind: EntryKind;
  /** ISO alpha-2 codes the key names (several for an ambiguous name such as "Dominica"). */
  isos: string[];
  /** Only for Switzerland: the row language a name implies (Suisse → fr, Schweiz → de). */
  lang: string | null;
  source: NameSource;
}

/** Larger is stronger. */
const kindStrength = new Map(KINDS_STRONGEST_FIRST.map((kind, i) => [kind, KINDS_STRONGEST_FIRST.length - i]));
const sourceStrength = new Map<NameSource, number>(
  SOURCES_STRONGEST_FIRST.map((source, i) => [source, SOURCES_STRONGEST_FIRST.length - i]),
);

/** Positive when `a` is the stronger reading, negative when `b` is, 0 when they stand equal. */
function compareReadings(a: Pick<Entry, 'kind' | 'source'>, b: Pick<Entry, 'kind' | 'source'>): number {
  return (
    kindStrength.get(a.kind)! - kindStrength.get(b.kind)! ||
    sourceStrength.get(a.source)! - sourceStrength.get(b.source)!
  );
}

/** The weaker of two sources: a name derived from another is worth no more than either. */
export function weakerSource(a: NameSource, b: NameSource): NameSource {
  return sourceStrength.get(a)! <= sourceStrength.get(b)! ? a : b;
}

/**
 * Puts a reading of `key` into `map`: it replaces a weaker one and yields to a stronger one; beside an equally strong
 * one its countries are added (the key names several places, unless they are the same).
 */
export function putEntry(map: Map<string, Entry>, key: string, reading: Entry): void {
  if (!key) return;
  const old = map.get(key);
  const order = old ? compareReadings(reading, old) : 1;
  if (order > 0) {
    map.set(key, { ...reading, isos: [...reading.isos] });
    return;
  }
  if (order < 0) return;
  for (const iso of reading.isos) if (!old!.isos.includes(iso)) old!.isos.push(iso);
  if (old!.lang === null) old!.lang = reading.lang;
}
