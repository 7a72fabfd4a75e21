// Scores severity on every text of the named writers, whatever its split, with the committed rules and models:
// a round's texts scored with the models of the commit before it are text the bot had never seen
// (docs/understanding.md, "measured before training on it").
//   npx tsx scripts/score-writers.ts en31 en32 ja28
//   git checkout <previous round's commit> -- data/model && npx tsx scripts/score-writers.ts en31 … ; git checkout HEAD -- data/model
import { shippedModels } from '../src/domain/classifier/learned/models';
import { readCorpus, writerOf, type DescriptionRow } from '../test/support/corpus';
import { evaluate, report, type Tally } from './lib/classifierTally';

const writers = process.argv.slice(2);
if (writers.length === 0) {
  console.error('usage: npx tsx scripts/score-writers.ts WRITER [WRITER ...]   (a writer is an id prefix: en31, ja28)');
  process.exit(2);
}

const rows = readCorpus<DescriptionRow>('triage-corpus.jsonl').filter(
  (r) => r.severity && writers.includes(writerOf(r)),
);
const missing = writers.filter((w) => !rows.some((r) => writerOf(r) === w));
if (missing.length > 0) {
  console.error(`no severity texts for: ${missing.join(', ')}`);
  process.exit(2);
}

const tally: Tally = new Map();
evaluate(rows, shippedModels(), tally, (row) => [`${row.locale} all`, writerOf(row)]);
report(tally, 'severity');
