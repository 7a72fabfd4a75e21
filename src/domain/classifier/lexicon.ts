import { z } from 'zod';
import { CATEGORIES, type Category } from '../types';
import { parseWithSchema, regexSource } from '../data/validate';
import rawLexicon from '../../../data/classifier-lexicon.json';

const SOURCE = 'data/classifier-lexicon.json';

const pattern = regexSource;

const cue = z.object({ p: pattern, w: z.number().positive().max(10) });
const perLocale = <T extends z.ZodType>(item: T) => z.object({ ja: z.array(item), en: z.array(item) });

export const SEVERITY_GROUPS = [
  'scopeMany',
  'scopeSome',
  'scopeManyWeak',
  'scopeOneStrong',
  'scopeOneWeak',
  'scopeOrgWe',
  'outage',
  'totalOutage',
  'degraded',
  'delay',
  'otherPartsOk',
  'minor',
  'workaround',
  'noWorkaround',
  'howTo',
  'featureRequest',
  'nothingHappened',
  'alreadyOver',
  'recurring',
  'cosmetic',
  'security',
  'dataLoss',
  'massQuantity',
  'businessImpact',
  'urgency',
  'headcount',
] as const;
export type SeverityGroup = (typeof SEVERITY_GROUPS)[number];

const severityShape = Object.fromEntries(SEVERITY_GROUPS.map((g) => [g, perLocale(pattern)])) as Record<
  SeverityGroup,
  ReturnType<typeof perLocale<typeof pattern>>
>;
const categoryShape = Object.fromEntries(CATEGORIES.map((c) => [c, perLocale(cue)])) as Record<
  Category,
  ReturnType<typeof perLocale<typeof cue>>
>;

export const lexiconSchema = z.object({
  $comment: z.string().optional(),
  version: z.literal(1),
  category: z.object(categoryShape).strict(),
  /**
   * A desk's cue said not to apply ("no scripts, just the EAC toggle", 「マクロではなく」): English patterns that end just
   * before the cue, Japanese ones that start just after it.
   */
  categoryNegation: perLocale(pattern),
  /** Where the product that fails is another maker's, in the user's own words. */
  otherMaker: z.object({
    /**
     * The user says so ("it isn't made by Microsoft", 「マイクロソフトの製品ではない」, 「別の会社から買った」): the user
     * knows what they bought.
     */
    statements: perLocale(pattern),
    /**
     * The user names it: an English product name written in camel case ("VetPulse", "DocuMelt") that is not one of
     * `notBrands` (Microsoft's own, and the code words of the other desks), followed within two words by one of
     * `nouns` ("the FarmLedger app", "DocuMelt PDF tab"); or a product `called` by its name.
     */
    namedProduct: z.object({ nouns: pattern, called: pattern, notBrands: z.array(z.string().min(2)) }),
  }),
  severity: z.object(severityShape).strict(),
});
export type Lexicon = z.output<typeof lexiconSchema>;

/** English cues must start at a word boundary ("box" must not match inside "mailbox"). */
const EN_BOUNDARY = '(?<![a-z0-9])';
/** A head count must not start in the middle of a number. */
const NUMBER_BOUNDARY = '(?<![0-9,.])';

function enSource(p: string): string {
  return `${EN_BOUNDARY}(?:${p})`;
}

/**
 * One group's cues as one alternation. The English cues share one word-boundary check (`(?<!…)(?:a|b)` matches where
 * and what `(?<!…)(?:a)|(?<!…)(?:b)` does, the check taking no characters) instead of one each: the group is matched
 * a quarter faster.
 */
function groupSource(ja: readonly string[], en: readonly string[]): string {
  const parts = ja.map((p) => `(?:${p})`);
  if (en.length) parts.push(enSource(en.map((p) => `(?:${p})`).join('|')));
  // an empty group (e.g. no Japanese cues) must match nothing, not the empty string
  return parts.length ? parts.join('|') : '(?!)';
}

/** A backreference counts its groups from the start of the whole expression: such cues cannot be joined into one. */
const BACKREFERENCE = /\\(?:[1-9]|k<)/;

/**
 * A regex that matches somewhere in a text wherever any of a desk's cues does (their alternation, see `groupSource`),
 * or null where they cannot be joined. Scanning a text once for a desk's cues lets the desks none of whose cues are
 * there be passed over.
 */
function anyOf(cues: { ja: readonly { p: string }[]; en: readonly { p: string }[] }): RegExp | null {
  const ja = cues.ja.map((q) => q.p);
  const en = cues.en.map((q) => q.p);
  if ([...ja, ...en].some((p) => BACKREFERENCE.test(p))) return null;
  try {
    return new RegExp(groupSource(ja, en), 'u');
  } catch {
    // the same named group in two cues
    return null;
  }
}

export interface CompiledCue {
  readonly re: RegExp;
  readonly weight: number;
}

export interface CompiledLexicon {
  readonly category: Readonly<Record<Category, readonly CompiledCue[]>>;
  /** Per desk, whether any of its cues is in a text, in one scan (null: scan the cues one by one). */
  readonly anyCategoryCue: Readonly<Record<Category, RegExp | null>>;
  /** Matched on the text before a desk's cue (English) and after it (Japanese): the cue is said not to apply. */
  readonly categoryNegation: { readonly before: RegExp; readonly after: RegExp };
  readonly otherMaker: {
    /** Matches the normalised text where the user says the product is not Microsoft's. */
    readonly statement: RegExp;
    /**
     * Matches the original text where a camel-case name is followed by a product noun (group 1: the name); a match
     * that starts inside a word is none.
     */
    readonly namedProduct: RegExp;
    /** Matches the original text where a product is called by a capitalised name. */
    readonly called: RegExp;
    /** Lower-cased camel-case names that are no other maker's product. */
    readonly notBrands: ReadonlySet<string>;
  };
  readonly severity: Readonly<Record<Exclude<SeverityGroup, 'headcount'>, RegExp>>;
  /** Each with capture group 1 = the number of people/devices. */
  readonly headcount: readonly RegExp[];
}

export function compileLexicon(lex: Lexicon): CompiledLexicon {
  const category = {} as Record<Category, CompiledCue[]>;
  const anyCategoryCue = {} as Record<Category, RegExp | null>;
  for (const c of CATEGORIES) {
    const cues: CompiledCue[] = [];
    for (const q of lex.category[c].ja) cues.push({ re: new RegExp(q.p, 'gu'), weight: q.w });
    for (const q of lex.category[c].en) cues.push({ re: new RegExp(enSource(q.p), 'gu'), weight: q.w });
    category[c] = cues;
    anyCategoryCue[c] = anyOf(lex.category[c]);
  }
  const severity = {} as Record<Exclude<SeverityGroup, 'headcount'>, RegExp>;
  for (const g of SEVERITY_GROUPS) {
    if (g === 'headcount') continue;
    severity[g] = new RegExp(groupSource(lex.severity[g].ja, lex.severity[g].en), 'gu');
  }
  const headcount = [
    ...lex.severity.headcount.ja.map((p) => new RegExp(NUMBER_BOUNDARY + p, 'gu')),
    ...lex.severity.headcount.en.map((p) => new RegExp(NUMBER_BOUNDARY + enSource(p), 'gu')),
  ];
  const categoryNegation = {
    before: new RegExp(`(?:${groupSource([], lex.categoryNegation.en)})\\s+$`, 'u'),
    after: new RegExp(`^(?:${groupSource(lex.categoryNegation.ja, [])})`, 'u'),
  };
  const named = lex.otherMaker.namedProduct;
  const otherMaker = {
    statement: new RegExp(groupSource(lex.otherMaker.statements.ja, lex.otherMaker.statements.en), 'u'),
    // no look-behind before the name: a pattern that starts with a capital is scanned for far faster, and
    // `otherMakersProduct` checks the character before it
    namedProduct: new RegExp(
      `([A-Z][a-z]+(?:[A-Z][a-z0-9]*)+)(?:'s)?(?: [A-Za-z-]+){0,2}? (?:${named.nouns})(?![A-Za-z0-9])`,
      'gu',
    ),
    called: new RegExp(`(?<![A-Za-z0-9])(?:${named.called}) [A-Z][A-Za-z0-9]+`, 'u'),
    notBrands: new Set(named.notBrands.map((w) => w.toLowerCase())),
  };
  return { category, anyCategoryCue, categoryNegation, otherMaker, severity, headcount };
}

export function loadLexicon(value: unknown = rawLexicon, source = SOURCE): CompiledLexicon {
  return compileLexicon(parseWithSchema(lexiconSchema, value, source));
}

/** Compiled once at module load. */
export const LEXICON: CompiledLexicon = loadLexicon();
