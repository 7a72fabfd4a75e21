/**
 * The country matcher's hand-kept data, validated with zod when loaded:
 * - data/country-aliases.json: names the generated sources lack (short forms, old kanji names, kana readings…);
 * - data/country-context.json: the words around a place name that tell where the user is now
 *   ("living in", "moved to", 「在住」「に住んでいます」) or is not ("born in", 「出身」, "my company is in").
 */
import { z } from 'zod';
import { parseWithSchema, regexSource } from '../data/validate';
import rawAliases from '../../../data/country-aliases.json';
import rawContext from '../../../data/country-context.json';

const iso = z.string().regex(/^[A-Z]{2}$/, 'an ISO 3166-1 alpha-2 code');
const names = z.array(z.string().min(1));
const byIso = z.record(iso, names);

const aliasesSchema = z.object({
  _about: z.string().optional(),
  /** Further names of one country, found in the whole answer and inside phrases. */
  countries: byIso,
  /** Names only taken when they are the whole answer (a single kanji such as 泰, "Oz"). */
  wholeQueryOnly: byIso.default({}),
  /** Names of several countries at once: the answer is ambiguous between them. */
  ambiguous: z.array(z.object({ names, isos: z.array(iso).min(2) })),
  /** A territory's parent ("Hong Kong, China" names Hong Kong). */
  parents: z.record(iso, iso),
  swissLanguage: z.record(z.enum(['fr', 'de']), z.object({ words: names, places: names })),
  cities: byIso,
  /** One-kanji abbreviations (米 → US): 「在米」 "living in the US". */
  kanjiAbbreviations: z.record(z.string().length(1), iso).default({}),
  /**
   * Old and traditional forms of kanji folded to the modern Japanese one (國 → 国, 臺 → 台), on both sides of every
   * comparison: one character to one character.
   */
  kanjiVariants: z.record(z.string().length(1), z.string().length(1)).default({}),
  regions: z.array(z.string().min(1)).optional(),
  notPlaces: z.array(z.string().min(1)),
});

export type CountryAliases = z.output<typeof aliasesSchema>;

const pattern = regexSource;

/**
 * Cue classes: where the user is now, was (born in, used to live in, 出身), comes from (a bare "from", which may also
 * mean "writing from"), will be, or a place that is someone else's (the company's, a relative's).
 */
export type Cue = 'current' | 'past' | 'origin' | 'future' | 'other';

const cueLists = z.object({
  current: z.array(pattern).default([]),
  past: z.array(pattern).default([]),
  origin: z.array(pattern).default([]),
  future: z.array(pattern).default([]),
  other: z.array(pattern).default([]),
});

const contextSchema = z.object({
  _about: z.string().optional(),
  /**
   * Patterns on the normalised text (lower case, punctuation as spaces, other names found shown as ◆): `before`
   * must end right before the name, `after` must start right after it. The longest cue that fits wins.
   */
  before: cueLists,
  after: cueLists,
  /** Words that join two names into one list ("Japan and Korea", 「日本と韓国」): the two share their cue. */
  joiners: z.array(pattern),
});

export type CountryContext = z.output<typeof contextSchema>;

export const countryAliases: CountryAliases = parseWithSchema(aliasesSchema, rawAliases, 'data/country-aliases.json');
export const countryContext: CountryContext = parseWithSchema(contextSchema, rawContext, 'data/country-context.json');
