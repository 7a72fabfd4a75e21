#!/usr/bin/env node
// Assembles data/corpus/triage-corpus.jsonl from the blind writers' files, the second readers' labels and the
// written settlement of their disagreements (docs/corpus.md says how it was made). Run from the project root:
//   node scripts/build-corpus.mjs /path/to/corpus   (raw/, review/, settled.jsonl)
// The blind split is chosen by a hash of each id, stratified by language, kind and label: about 22 % of each batch of
// texts added; a text keeps its split once given.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2];
if (!dir) {
  console.error('usage: node scripts/build-corpus.mjs CORPUS_DIR');
  process.exit(2);
}
const BLIND_SHARE = 0.22;
const readJsonl = (file) =>
  existsSync(file)
    ? readFileSync(file, 'utf8')
        .split('\n')
        .filter((l) => l.trim())
        .map((l) => JSON.parse(l))
    : [];

const settled = new Map(readJsonl(join(dir, 'settled.jsonl')).map((s) => [s.id, s]));
const rows = [];
for (const file of readdirSync(join(dir, 'raw'))
  .filter((f) => f.endsWith('.jsonl'))
  .sort()) {
  const writer = file.replace(/\.jsonl$/, '');
  const second = new Map(readJsonl(join(dir, 'review', `${writer}-labels.jsonl`)).map((r) => [r.id, r]));
  for (const r of readJsonl(join(dir, 'raw', file))) {
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
const before = new Map(readJsonl('data/corpus/triage-corpus.jsonl').map((r) => [r.id, r.split]));
for (const r of rows) if (before.has(r.id)) r.split = before.get(r.id);
const strata = new Map();
for (const r of rows.filter((x) => !x.split)) {
  const key = `${r.locale}/${r.kind}/${r.category}/${r.severity}`;
  if (!strata.has(key)) strata.set(key, []);
  strata.get(key).push(r);
}
for (const group of strata.values()) {
  group.sort((a, b) => (hash(a.id) < hash(b.id) ? -1 : 1));
  const blind = Math.round(group.length * BLIND_SHARE);
  group.forEach((r, i) => (r.split = i < blind ? 'blind' : 'train'));
}
writeFileSync('data/corpus/triage-corpus.jsonl', rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
const count = (f) => rows.filter(f).length;
console.log(
  `${rows.length} texts: train ${count((r) => r.split === 'train')}, blind ${count((r) => r.split === 'blind')}; ja ${count((r) => r.locale === 'ja')}, en ${count((r) => r.locale === 'en')}; with severity ${count((r) => r.severity)}; labels by both readers ${count((r) => r.label === 'both readers')}, settled ${count((r) => r.label === 'settled')}, first reader only ${count((r) => r.label === 'first reader only')}`,
);
