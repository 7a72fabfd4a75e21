// Trains the learned fallback of the typed-answer recogniser (one small model per question) and writes
// data/model/answer-<question>.json; then scores the whole recogniser (rules, then model) on the blind split once.
//   npx tsx scripts/train-answers.ts
// Data: data/corpus/answers-train.jsonl (what it learns from) and data/corpus/answers-blind.jsonl (held out).
import { writeFileSync } from 'node:fs';
import { NeuralNetwork } from '@nlpjs/neural';
import { answerFeatures } from '../src/domain/answers/learned';
import { createAnswerRecognizer, loadAnswerLexicon, QUESTION_KINDS, type QuestionKind } from '../src/domain/answers';
import { LearnedModel } from '../src/domain/classifier/learned/model';
import { normalizeText } from '../src/domain/classifier/normalize';
import { readCorpus, type AnswerRow } from '../test/support/corpus';

const trainRows = readCorpus<AnswerRow>('answers-train.jsonl');
const blindRows = readCorpus<AnswerRow>('answers-blind.jsonl');
const models: Partial<Record<QuestionKind, LearnedModel>> = {};

for (const kind of QUESTION_KINDS) {
  const rows = trainRows.filter((r) => r.question === kind);
  const net = new NeuralNetwork({ iterations: 150, learningRate: 0.1 });
  net.train(
    rows.map((r) => ({
      input: Object.fromEntries(answerFeatures(normalizeText(r.text)).map((f) => [f, 1])),
      output: { [r.value]: 1 },
    })),
  );
  const json = net.toJSON();
  const file = {
    $comment: `Learned fallback for typed answers to the "${kind}" question (NLP.js neural network), written by scripts/train-answers.ts.`,
    trainedOn: `data/corpus/answers-train.jsonl (${rows.length} answers)`,
    network: { ...json, perceptrons: json.perceptrons.map((p) => p.map((w) => Math.round(w * 1e4) / 1e4)) },
  };
  writeFileSync(`data/model/answer-${kind}.json`, JSON.stringify(file) + '\n');
  models[kind] = LearnedModel.fromFile(file, kind);
  console.log(`${kind}: ${rows.length} answers, ${json.features.length} features`);
}

const withModels = createAnswerRecognizer(loadAnswerLexicon(), models);
const rulesOnly = createAnswerRecognizer(loadAnswerLexicon(), {});
console.log('blind split, scored once after training (rules alone → rules then model):');
for (const locale of ['en', 'ja'] as const) {
  const part = blindRows.filter((r) => r.locale === locale);
  const ok = (rec: typeof withModels) => part.filter((r) => rec.recognize(r.question, r.text).value === r.value).length;
  console.log(
    `  ${locale}: ${((100 * ok(rulesOnly)) / part.length).toFixed(1)}% → ${ok(withModels)}/${part.length} = ${((100 * ok(withModels)) / part.length).toFixed(1)}%`,
  );
}
