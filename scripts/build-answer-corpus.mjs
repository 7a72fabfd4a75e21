#!/usr/bin/env node
// Assembles the typed-answer sets written blind by helpers into data/corpus/answers-train.jsonl and
// data/corpus/answers-blind.jsonl (docs/corpus.md). The three evaluation sets were split in halves when they arrived:
// one half to look at while writing rules (it is training data now), the other held out; the two large sets are
// training data only. Run: node scripts/build-answer-corpus.mjs /path/to/corpus/blind-extra
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2];
if (!dir) {
  console.error('usage: node scripts/build-answer-corpus.mjs DIR');
  process.exit(2);
}
const read = (name) =>
  readFileSync(join(dir, `${name}.jsonl`), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l));
const keep = ({ id, question, locale, text, value }) => ({ id, question, locale, text, value });
const train = ['answers-tune', 'answers-more-tune', 'answers-third-tune', 'answers-train-a', 'answers-train-b']
  .flatMap(read)
  .map(keep);
const blind = ['answers-blind', 'answers-more-blind', 'answers-third-blind'].flatMap(read).map(keep);
writeFileSync('data/corpus/answers-train.jsonl', train.map((r) => JSON.stringify(r)).join('\n') + '\n');
writeFileSync('data/corpus/answers-blind.jsonl', blind.map((r) => JSON.stringify(r)).join('\n') + '\n');
const country = (name) => read(name).map(({ id, locale, query, expect }) => ({ id, locale, query, expect }));
writeFileSync(
  'data/corpus/country-tune.jsonl',
  country('country-tune')
    .map((r) => JSON.stringify(r))
    .join('\n') + '\n',
);
writeFileSync(
  'data/corpus/country-blind.jsonl',
  country('country-blind')
    .map((r) => JSON.stringify(r))
    .join('\n') + '\n',
);
console.log(`answers: train ${train.length}, blind ${blind.length}`);
