import { z } from 'zod';
import { parseWithSchema, regexSource } from '../data/validate';
import rawLexicon from '../../../data/manners.json';

const SOURCE = 'data/manners.json';

const group = z.object({ ja: z.array(regexSource), en: z.array(regexSource) }).strict();

export const mannersLexiconSchema = z.object({
  $comment: z.string().optional(),
  version: z.literal(1),
  smallTalk: z
    .object({ greeting: group, thanks: group, goodbye: group, acknowledgement: group, howAreYou: group })
    .strict(),
  human: group,
  newProblem: group,
  correction: group,
  secondProblem: group,
});
export type MannersLexicon = z.output<typeof mannersLexiconSchema>;
type Group = z.output<typeof group>;

/** One alternation per group; English phrases must end at a word's end ("hi" is not the start of "hide"). */
export function phraseSource(g: Group): string {
  const parts = [...g.ja.map((p) => `(?:${p})`), ...g.en.map((p) => `(?:${p})(?![a-z0-9])`)];
  return parts.length > 0 ? parts.join('|') : '(?!)';
}

export function loadMannersLexicon(value: unknown = rawLexicon, source = SOURCE): MannersLexicon {
  return parseWithSchema(mannersLexiconSchema, value, source);
}
