// Scores severity on every text of the named writers, whatever its split, with the committed rules and models:
// a round's texts scored with the models of the commit before it are text the bot had never seen
// (docs/understanding.md, "measured before training on it").
//   npx tsx scripts/score-writers.ts en31 en32 ja28
//   git checkout <previous round's commit> -- data/model && npx tsx scripts/score-writers.ts en31 … ; git checkout HEAD -- data/model
import { classify } from '../src/domain/classifier';
import { readCorpus, type DescriptionRow } from '../test/support/corpus';

const writers = process.argv.slice(2);
if (writers.length === 0) {
  console.error('usage: npx tsx scripts/score-writers.ts WRITER [WRITER ...]   (a writer is an id prefix: en31, ja28)');
  process.exit(2);
}

const writerOf = (row: DescriptionRow) => row.id.replace(/-.*$/, '');
const rows = readCorpus<DescriptionRow>('triage-corpus.jsonl').filter(
  (r) => r.severity && writers.includes(writerOf(r)),
);
const missing = writers.filter((w) => !rows.some((r) => writerOf(r) === w));
if (missing.length > 0) {
  console.error(`no severity texts for: ${missing.join(', ')}`);
  process.exit(2);
}

interface Tally {
  right: number;
  all: number;
  confusion: Record<string, number>;
}
const tallies = new Map<string, Tally>();
for (const row of rows) {
  const got = classify(row.text, row.locale);
  const answer = got.severity ?? `(${got.category})`;
  for (const key of [`${row.locale} all`, `${row.locale} ${writerOf(row)}`]) {
    const tally = tallies.get(key) ?? { right: 0, all: 0, confusion: {} };
    tallies.set(key, tally);
    tally.all++;
    if (answer === row.severity) tally.right++;
    else tally.confusion[`${row.severity}->${answer}`] = (tally.confusion[`${row.severity}->${answer}`] ?? 0) + 1;
  }
}
for (const [key, t] of [...tallies].sort(([a], [b]) => a.localeCompare(b))) {
  const flips = (t.confusion['A->C'] ?? 0) + (t.confusion['C->A'] ?? 0);
  const pct = ((100 * t.right) / t.all).toFixed(1);
  console.log(
    `${key.padEnd(8)} ${t.right}/${t.all} = ${pct} %, A<->C flips ${flips}  misses ${JSON.stringify(t.confusion)}`,
  );
}
