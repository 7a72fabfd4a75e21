import { readFileSync } from 'node:fs';
import path from 'node:path';
import { NeuralNetwork, type NeuralNetworkJson } from '@nlpjs/neural';
import { LearnedModel } from '../../src/domain/classifier/learned/model';
import { modelInput, modelWords, severityRuleInputs } from '../../src/domain/classifier/learned/inputs';
import { extractSeverityFeatures } from '../../src/domain/classifier/features';
import { normalizeText } from '../../src/domain/classifier/normalize';
import { DataValidationError } from '../../src/domain/data/validate';

const file = JSON.parse(readFileSync(path.resolve(__dirname, '../../data/model/severity.json'), 'utf8')) as {
  network: NeuralNetworkJson;
};

describe('the learned model reads its NLP.js network exactly as NLP.js runs it', () => {
  const ours = LearnedModel.fromFile(file, 'data/model/severity.json');
  const nlpjs = new NeuralNetwork();
  nlpjs.fromJSON(file.network);

  test.each([
    'Nobody in the company can send mail since 9am',
    '全社で Teams に入れません。業務が止まっています。',
    'How do I change my profile photo?',
    '',
  ])('same scores for "%s"', (text) => {
    const norm = normalizeText(text);
    const names = modelInput(modelWords(norm), severityRuleInputs(extractSeverityFeatures(norm))).names;
    const theirs = nlpjs.run(Object.fromEntries(names.map((n) => [n, 1]))) ?? {};
    const mine = ours.scores(names);
    for (const label of ours.labels) expect(mine[label]).toBeCloseTo(theirs[label] ?? 0, 10);
  });

  test('a model file of the wrong shape stops start-up with one line naming it', () => {
    expect(() =>
      LearnedModel.fromFile(
        { trainedOn: 'x', network: { settings: {}, features: [], intents: ['A'], perceptrons: [] } },
        'data/model/x.json',
      ),
    ).toThrow(DataValidationError);
  });
});
