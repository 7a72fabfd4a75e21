import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { QuestionKind } from '../../src/domain/answers';
import type { CountryResult } from '../../src/domain/country';
import type { Locale } from '../../src/domain/types';

/**
 * The corpora in data/corpus/, as the training scripts, `scripts/score-blind.ts` and the blind-split guard read
 * them; and what counts as a right country answer, as `../shared/eval/score.mjs` counts it.
 */
const CORPUS_DIR = path.resolve(__dirname, '../../data/corpus');

export function readCorpus<T>(name: string): T[] {
  return readFileSync(path.join(CORPUS_DIR, name), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);
}

/** A problem description of triage-corpus.jsonl. */
export interface DescriptionRow {
  id: string;
  locale: Locale;
  kind: 'severity' | 'category';
  text: string;
  category: string;
  severity: string | null;
  split: 'train' | 'blind' | 'tune';
}

/** The helper who wrote a text: its id's prefix ("en3-0042" → "en3"), one per writer (docs/corpus.md). */
export const writerOf = (row: DescriptionRow): string => row.id.replace(/-.*$/, '');

/** A typed answer of answers-train.jsonl / answers-blind.jsonl. */
export interface AnswerRow {
  id: string;
  question: QuestionKind;
  locale: Locale;
  text: string;
  value: string;
}

/** A query of country-tune.jsonl / country-blind.jsonl. */
export interface CountryCase {
  locale: Locale;
  query: string;
  expect: { match?: string; language?: string; ambiguous?: string[]; none?: boolean };
}

const rowKey = (m: { iso2: string; language: string | null }) => m.iso2 + (m.language ? `-${m.language}` : '');

export function countryAnswerIsRight(c: CountryCase, got: CountryResult): boolean {
  if (c.expect.match)
    return (
      got.status === 'match' &&
      got.match?.iso2 === c.expect.match &&
      (!c.expect.language || got.match?.language === c.expect.language)
    );
  if (c.expect.ambiguous)
    return got.status === 'ambiguous' && c.expect.ambiguous.every((x) => got.candidates.map(rowKey).includes(x));
  return got.status === 'none';
}
