import { readFileSync } from 'node:fs';
import path from 'node:path';
import { NeuralNetwork, type NeuralNetworkJson } from '@nlpjs/neural';
import { LearnedModel } from '../../src/domain/classifier/learned/model';
import { NbLogisticModel } from '../../src/domain/classifier/learned/nbLogistic';
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
    const theirs = nlpjs.run(Object.fromEntries([...names].map((n) => [n, 1]))) ?? {};
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

describe('the NB-weighted logistic model beside the severity network', () => {
  const file = {
    trainedOn: 'x',
    labels: ['A', 'B'],
    bias: [0, -1],
    features: ['w:down', 'w:how'],
    weights: [
      [2, -1],
      [-2, 1],
    ],
  };

  test('each label is σ(bias + the weights of the known features present), each feature counted once', () => {
    const model = NbLogisticModel.fromFile(file, 'data/model/x.json');
    const p = model.probabilities(['w:down', 'w:down', 'w:unknown']);
    expect(p.A).toBeCloseTo(1 / (1 + Math.exp(-2)), 6);
    expect(p.B).toBeCloseTo(1 / (1 + Math.exp(3)), 6);
  });

  test('the shipped file loads, with one row of weights per severity', () => {
    const shipped = JSON.parse(readFileSync(path.resolve(__dirname, '../../data/model/severity-nb.json'), 'utf8'));
    expect(NbLogisticModel.fromFile(shipped, 'data/model/severity-nb.json').labels).toEqual(['A', 'B', 'C']);
  });

  test('a file of the wrong shape stops start-up with one line naming it', () => {
    expect(() => NbLogisticModel.fromFile({ ...file, weights: [[1], [1]] }, 'data/model/x.json')).toThrow(
      DataValidationError,
    );
  });
});
