// npm run bench: time per query of the classifier, the answer recogniser and the country matcher over the scoring
// sets, each beside a naive baseline (the classifier's rules alone; botbuilder's own boolean recogniser; a fuse.js
// search over every country name), all measured in the same run on the same machine.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Fuse from 'fuse.js';
import countries from 'i18n-iso-countries';
import englishCountryNames from 'i18n-iso-countries/langs/en.json';
import japaneseCountryNames from 'i18n-iso-countries/langs/ja.json';
import { recognizeBoolean } from '@microsoft/recognizers-text-choice';
import { classify } from '../src/domain/classifier';
import { chooseCategory, scoreCategories } from '../src/domain/classifier/category';
import { extractSeverityFeatures } from '../src/domain/classifier/features';
import { normalizeText } from '../src/domain/classifier/normalize';
import { severityFromFeatures } from '../src/domain/classifier/severity';
import { createAnswerRecognizer, type QuestionKind } from '../src/domain/answers';
import { createCountryMatcher } from '../src/domain/country';
import { loadTriageData } from '../src/domain/data/loadData';
import type { Locale } from '../src/domain/types';

const EVAL_DIR = resolve(__dirname, '../../shared/eval');
const ROUNDS = 30;

function readJsonl<T>(name: string): T[] {
  const file = resolve(EVAL_DIR, name);
  if (!existsSync(file)) throw new Error(`${file} not found: the bench reads the scoring sets in ../shared/eval`);
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);
}

/** Median and 95th percentile of per-query times (µs), each query timed over many rounds. */
function measure<T>(inputs: T[], run: (input: T) => unknown): { median: number; p95: number } {
  for (const input of inputs) run(input); // warm-up: JIT, caches
  const perQuery: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    for (const input of inputs) {
      const start = process.hrtime.bigint();
      run(input);
      perQuery.push(Number(process.hrtime.bigint() - start) / 1000);
    }
  }
  perQuery.sort((a, b) => a - b);
  return { median: perQuery[Math.floor(perQuery.length / 2)], p95: perQuery[Math.floor(perQuery.length * 0.95)] };
}

function naiveCountrySearch(): (query: string) => unknown {
  const names: Array<{ iso2: string; name: string }> = [];
  for (const localeNames of [englishCountryNames, japaneseCountryNames]) {
    countries.registerLocale(localeNames);
    const lang = localeNames.locale;
    for (const [iso2, name] of Object.entries(countries.getNames(lang, { select: 'all' }))) {
      for (const n of [name].flat()) names.push({ iso2, name: n });
    }
  }
  const fuse = new Fuse(names, { keys: ['name'], threshold: 0.4, includeScore: true });
  return (query) => fuse.search(query, { limit: 3 });
}

function main(): void {
  const data = loadTriageData();
  const build = process.hrtime.bigint();
  const matcher = createCountryMatcher(data.contacts);
  const buildMs = Number(process.hrtime.bigint() - build) / 1e6;
  const texts = [
    ...readJsonl<{ text: string; locale: Locale }>('severity-dev.jsonl'),
    ...readJsonl<{ text: string; locale: Locale }>('category-dev.jsonl'),
  ];
  const queries = readJsonl<{ query: string; locale: Locale }>('country-dev.jsonl');

  const classifier = measure(texts, (c) => classify(c.text, c.locale));
  const rulesAlone = measure(texts, (c) => {
    const norm = normalizeText(c.text);
    const f = extractSeverityFeatures(norm);
    return [chooseCategory(scoreCategories(norm, f)), severityFromFeatures(f)];
  });
  const answers = readJsonl<{ question: QuestionKind; text: string; locale: Locale }>('answers-dev.jsonl');
  const recognizer = createAnswerRecognizer();
  const answerTimes = measure(answers, (a) => recognizer.recognize(a.question, a.text));
  const booleanBaseline = measure(answers, (a) => recognizeBoolean(a.text, a.locale === 'ja' ? 'ja-jp' : 'en-us'));
  const country = measure(queries, (q) => matcher.match(q.query, q.locale));
  const naive = naiveCountrySearch();
  const baseline = measure(queries, (q) => naive(q.query));

  const fmt = (n: number) => n.toFixed(1).padStart(8);
  console.log(`node ${process.version}, ${ROUNDS} rounds; times per query in µs`);
  console.log(`${'what'.padEnd(44)}  median       p95`);
  console.log(
    `${`classifier, rules + models (${texts.length} texts)`.padEnd(44)}${fmt(classifier.median)}  ${fmt(classifier.p95)}   budget 300`,
  );
  console.log(
    `${"baseline: the classifier's rules alone".padEnd(44)}${fmt(rulesAlone.median)}  ${fmt(rulesAlone.p95)}`,
  );
  console.log(
    `${`answer recogniser (${answers.length} answers)`.padEnd(44)}${fmt(answerTimes.median)}  ${fmt(answerTimes.p95)}   budget 100`,
  );
  console.log(
    `${'baseline: recognizers-text recognizeBoolean'.padEnd(44)}${fmt(booleanBaseline.median)}  ${fmt(booleanBaseline.p95)}`,
  );
  console.log(
    `${`country matcher (${queries.length} queries)`.padEnd(44)}${fmt(country.median)}  ${fmt(country.p95)}   budget 100`,
  );
  console.log(`${'baseline: naive fuse.js over all names'.padEnd(44)}${fmt(baseline.median)}  ${fmt(baseline.p95)}`);
  console.log(
    `matcher ÷ baseline (median): ${(country.median / baseline.median).toFixed(2)}; matcher built in ${buildMs.toFixed(0)} ms at start-up`,
  );
}

main();
