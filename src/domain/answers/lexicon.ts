import { z } from 'zod';
import { parseWithSchema, regexSource } from '../data/validate';
import rawLexicon from '../../../data/answer-lexicon.json';

const SOURCE = 'data/answer-lexicon.json';

const pattern = regexSource;
const group = z.object({ ja: z.array(pattern), en: z.array(pattern) }).strict();

export const answerLexiconSchema = z.object({
  $comment: z.string().optional(),
  version: z.literal(1),
  dontKnow: group,
  yesNo: z.object({ yesLead: group, noLead: group, works: group, doesNotWork: group }).strict(),
  scope: z.object({ othersFine: group, notAll: group, many: group, unit: group, some: group, one: group }).strict(),
  confirm: z.object({ fitsStrong: group, fits: group, change: group, lower: group, higher: group }).strict(),
  severity: z.object({ notA: group, A: group, B: group, C: group }).strict(),
  plan: z.record(z.string().regex(/^[a-z0-9-]+$/), group),
  channel: z.object({ notCsp: group, csp: group, volume: group, direct: group }).strict(),
});
export type AnswerLexicon = z.output<typeof answerLexiconSchema>;
type Group = z.output<typeof group>;

/** English cues start at a word boundary ("ea" must not match inside "each"). */
const EN_BOUNDARY = '(?<![a-z0-9])';

/** One regular expression per cue group; both languages always apply, since people mix them. */
export function compileGroup(g: Group): RegExp {
  const parts = [...g.ja.map((p) => `(?:${p})`), ...g.en.map((p) => `${EN_BOUNDARY}(?:${p})`)];
  return new RegExp(parts.length > 0 ? parts.join('|') : '(?!)', 'u');
}

type Compiled<T> = { readonly [K in keyof T]: T[K] extends Group ? RegExp : Compiled<T[K]> };
export type CompiledAnswerLexicon = Compiled<Omit<AnswerLexicon, '$comment' | 'version' | 'plan'>> & {
  readonly plan: ReadonlyArray<{ readonly id: string; readonly re: RegExp }>;
};

function compileGroups<T extends Record<string, Group>>(groups: T): { [K in keyof T]: RegExp } {
  return Object.fromEntries(Object.entries(groups).map(([k, g]) => [k, compileGroup(g)])) as { [K in keyof T]: RegExp };
}

export function compileAnswerLexicon(lex: AnswerLexicon): CompiledAnswerLexicon {
  return {
    dontKnow: compileGroup(lex.dontKnow),
    yesNo: compileGroups(lex.yesNo),
    scope: compileGroups(lex.scope),
    confirm: compileGroups(lex.confirm),
    severity: compileGroups(lex.severity),
    plan: Object.entries(lex.plan).map(([id, g]) => ({ id, re: compileGroup(g) })),
    channel: compileGroups(lex.channel),
  };
}

export function loadAnswerLexicon(value: unknown = rawLexicon, source = SOURCE): CompiledAnswerLexicon {
  return compileAnswerLexicon(parseWithSchema(answerLexiconSchema, value, source));
}
