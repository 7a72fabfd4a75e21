#!/usr/bin/env node
// Assembles data/corpus/triage-corpus.jsonl from the blind writers' files, the second readers' labels and the
// written settlement of their disagreements (docs/corpus.md says how it was made). Run from the project root:
//   node scripts/build-corpus.mjs /path/to/corpus            (raw/, review/, settled.jsonl): every round's files
//   node scripts/build-corpus.mjs --append /path/to/round    one new round's files: the texts already in the corpus
//       stay as they are, and the round's second-reader labels and settlements join data/corpus's copies of them
//   … --append --held tune --share 0.5 /path/to/round       the same, half the new texts in the tune split
// The blind split is chosen by a hash of each id, stratified by language, kind and label: about 22 % of each batch of
// texts added (or the --share given to the --held split); a text keeps its split once given.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const append = args.includes('--append');
// the split new texts are held out into, and its share of each stratum; the rest go to train. `--held tune`: the tune
// split, which chooses the decision settings (src/domain/classifier/index.ts) and is never trained on
const HELD = option('--held', 'blind');
const HELD_SHARE = Number(option('--share', '0.22'));
const dir = args.filter((a, i) => !a.startsWith('--') && !['--held', '--share'].includes(args[i - 1]))[0];
if (!dir || !['blind', 'tune'].includes(HELD) || !(HELD_SHARE >= 0 && HELD_SHARE <= 1)) {
  console.error('usage: node scripts/build-corpus.mjs [--append] [--held blind|tune] [--share 0..1] CORPUS_DIR');
  process.exit(2);
}
const CORPUS = 'data/corpus/triage-corpus.jsonl';
const readJsonl = (file) =>
  existsSync(file)
    ? readFileSync(file, 'utf8')
        .split('\n')
        .filter((l) => l.trim())
        .map((l) => JSON.parse(l))
    : [];

const settled = new Map(readJsonl(join(dir, 'settled.jsonl')).map((s) => [s.id, s]));
/** The writers of this directory, one raw file each ("en3.jsonl" → "en3"). */
const writers = readdirSync(join(dir, 'raw'))
  .filter((f) => f.endsWith('.jsonl'))
  .map((f) => f.replace(/\.jsonl$/, ''))
  .sort();
/** A text's writer: its id's prefix ("en3-0042" → "en3"). */
const writerOf = (id) => id.replace(/-.*$/, '');
// appending: the earlier rounds' texts, as they are (their raw files need not be at hand)
const rows = append ? readJsonl(CORPUS).filter((r) => !writers.includes(writerOf(r.id))) : [];
const reviews = [];
for (const writer of writers) {
  const labels = readJsonl(join(dir, 'review', `${writer}-labels.jsonl`));
  reviews.push(...labels);
  const second = new Map(labels.map((r) => [r.id, r]));
  for (const r of readJsonl(join(dir, 'raw', `${writer}.jsonl`))) {
    const s = second.get(r.id);
    const agreed = s && s.category === r.category && (s.severity ?? null) === (r.severity ?? null);
    const decision = settled.get(r.id);
    let label = { category: r.category, severity: r.severity ?? null, by: 'both readers' };
    if (!s) label.by = 'first reader only';
    else if (!agreed && decision)
      label = { category: decision.category, severity: decision.severity ?? null, by: 'settled' };
    else if (!agreed) label.by = 'unsettled';
    if (label.by === 'unsettled') continue;
    rows.push({
      id: r.id,
      locale: r.locale,
      kind: r.kind,
      persona: r.persona,
      text: r.text,
      category: label.category,
      severity: label.category === 'technical' ? label.severity : null,
      label: label.by,
    });
  }
}
const hash = (id) => createHash('sha1').update(id).digest('hex');
// a text keeps the split it was given when it first entered the corpus, so texts added later never move a
// trained-on text into the blind split (nor a blind one into training)
const before = new Map(readJsonl(CORPUS).map((r) => [r.id, r.split]));
for (const r of rows) if (before.has(r.id)) r.split = before.get(r.id);
const strata = new Map();
for (const r of rows.filter((x) => !x.split)) {
  const key = `${r.locale}/${r.kind}/${r.category}/${r.severity}`;
  if (!strata.has(key)) strata.set(key, []);
  strata.get(key).push(r);
}
for (const group of strata.values()) {
  group.sort((a, b) => (hash(a.id) < hash(b.id) ? -1 : 1));
  const held = Math.round(group.length * HELD_SHARE);
  group.forEach((r, i) => (r.split = i < held ? HELD : 'train'));
}
writeFileSync(CORPUS, rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
if (append) {
  // the round's second-reader labels and settlements join the copies kept beside the corpus (same id: replaced)
  const merge = (file, added) => {
    const ids = new Set(added.map((r) => r.id));
    // earlier lines stay byte for byte, so the diff shows only what the round added
    const kept = existsSync(file)
      ? readFileSync(file, 'utf8')
          .split('\n')
          .filter((l) => l.trim() && !ids.has(JSON.parse(l).id))
      : [];
    writeFileSync(file, [...kept, ...added.map((r) => JSON.stringify(r))].join('\n') + '\n');
  };
  merge('data/corpus/second-reader-labels.jsonl', reviews);
  merge('data/corpus/settled.jsonl', [...settled.values()]);
}
const count = (f) => rows.filter(f).length;
console.log(
  `${rows.length} texts: train ${count((r) => r.split === 'train')}, blind ${count((r) => r.split === 'blind')}, tune ${count((r) => r.split === 'tune')}; ja ${count((r) => r.locale === 'ja')}, en ${count((r) => r.locale === 'en')}; with severity ${count((r) => r.severity)}; labels by both readers ${count((r) => r.label === 'both readers')}, settled ${count((r) => r.label === 'settled')}, first reader only ${count((r) => r.label === 'first reader only')}`,
);
