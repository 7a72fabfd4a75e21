// Scores the held-out splits in data/corpus/ with the committed rules and models, per language, as the README
// reports them (test/corpus/blindSplits.test.ts guards the same figures):  npx tsx scripts/score-blind.ts
import { createAnswerRecognizer } from '../src/domain/answers';
import { classify } from '../src/domain/classifier';
import { createCountryMatcher } from '../src/domain/country';
import { loadTriageData } from '../src/domain/data/loadData';
import type { Locale } from '../src/domain/types';
import {
  countryAnswerIsRight,
  readCorpus,
  type AnswerRow,
  type CountryCase,
  type DescriptionRow,
} from '../test/support/corpus';

const pct = (ok: number, n: number) => `${ok}/${n} = ${((100 * ok) / n).toFixed(1)} %`;
const LOCALES: Locale[] = ['ja', 'en'];

const descriptions = readCorpus<DescriptionRow>('triage-corpus.jsonl');
// blind: never tuned on; tune: never read by the severity models, where decision settings are checked; the category
// model is taught its rounds once each has been read (docs/corpus.md)
for (const split of ['blind', 'tune'] as const) {
  const corpus = descriptions.filter((r) => r.split === split);
  console.log(`classifier, corpus ${split} split (${corpus.length} texts):`);
  for (const locale of LOCALES) {
    const rows = corpus.filter((r) => r.locale === locale).map((r) => ({ r, got: classify(r.text, locale) }));
    const sev = rows.filter((x) => x.r.severity);
    const confusion: Record<string, number> = {};
    for (const x of sev)
      confusion[`${x.r.severity}->${x.got.severity ?? x.got.category}`] =
        (confusion[`${x.r.severity}->${x.got.severity ?? x.got.category}`] ?? 0) + 1;
    const flips = (confusion['A->C'] ?? 0) + (confusion['C->A'] ?? 0);
    const category = (part: typeof rows) =>
      pct(part.filter((x) => x.got.category === x.r.category).length, part.length);
    // the texts written for the category question (every desk), apart from the severity rounds' texts, all technical
    const desk = rows.filter((x) => x.r.kind === 'category');
    console.log(
      `  ${locale}: severity ${pct(sev.filter((x) => x.got.severity === x.r.severity).length, sev.length)}, A<->C flips ${flips}; category ${category(rows)}; category, desk texts ${desk.length ? category(desk) : 'none'}`,
    );
    console.log(
      `      severity confusion (want->got): ${JSON.stringify(Object.fromEntries(Object.entries(confusion).sort()))}`,
    );
  }
}

const recognizer = createAnswerRecognizer();
const answers = readCorpus<AnswerRow>('answers-blind.jsonl');
console.log(`typed answers, blind split (${answers.length} answers):`);
for (const locale of LOCALES) {
  const rows = answers.filter((a) => a.locale === locale);
  const byQuestion = [...new Set(rows.map((a) => a.question))].map((q) => {
    const part = rows.filter((a) => a.question === q);
    return `${q} ${part.filter((a) => recognizer.recognize(q, a.text).value === a.value).length}/${part.length}`;
  });
  console.log(
    `  ${locale}: ${pct(rows.filter((a) => recognizer.recognize(a.question, a.text).value === a.value).length, rows.length)} (${byQuestion.join(', ')})`,
  );
}

const matcher = createCountryMatcher(loadTriageData().contacts);
const countries = readCorpus<CountryCase>('country-blind.jsonl');
let ok = 0;
let wrong = 0;
for (const c of countries) {
  const got = matcher.match(c.query, c.locale);
  if (countryAnswerIsRight(c, got)) ok++;
  else if (got.status === 'match') wrong++;
}
console.log(
  `country, blind split (${countries.length} queries, asked in the ja interface, written in many scripts): ${pct(ok, countries.length)}, wrong picks ${wrong}`,
);
