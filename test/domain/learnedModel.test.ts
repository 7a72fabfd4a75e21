import { readFileSync } from 'node:fs';
import path from 'node:path';
import { NeuralNetwork, type NeuralNetworkJson } from '@nlpjs/neural';
import { LearnedModel } from '../../src/domain/classifier/learned/model';
import { NbLogisticModel } from '../../src/domain/classifier/learned/nbLogistic';
import { HiddenLayerModel } from '../../src/domain/classifier/learned/hiddenLayer';
import { FeatureIndex } from '../../src/domain/classifier/learned/featureIndex';
import { Vocabulary } from '../../src/domain/classifier/learned/vocabulary';
import { loadLearnedModels } from '../../src/domain/classifier/learned/models';
import { trainHiddenLayer } from '../../scripts/lib/hiddenLayer';
import { inputNames, modelWords, severityRuleInputs } from '../../src/domain/classifier/learned/inputs';
import { extractSeverityFeatures } from '../../src/domain/classifier/features';
import { normalizeText } from '../../src/domain/classifier/normalize';
import { DataValidationError } from '../../src/domain/data/validate';
import { severityOfReadings } from '../../src/domain/classifier';

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
    const names = inputNames(modelWords(norm), severityRuleInputs(extractSeverityFeatures(norm)));
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

describe('the hidden-layer model, the third severity reading', () => {
  // two features, two hidden units, two labels: unit 0 reads "w:down", unit 1 "w:how" less its bias
  // feature-major: w:down's weights for units 0 and 1, then w:how's
  const bytes = Int8Array.from([127, 0, 0, 100]);
  const file = {
    trainedOn: 'x',
    labels: ['A', 'C'],
    features: ['w:down', 'w:how'],
    hidden: 2,
    inputWeights: Buffer.from(bytes.buffer).toString('base64'),
    inputScale: [2 / 127, 0.01],
    hiddenBias: [0, -0.5],
    outputWeights: [
      [1, -1],
      [-3, 3],
    ],
    outputBias: [0, 0],
  };
  const softmax = (a: number, c: number) => Math.exp(a) / (Math.exp(a) + Math.exp(c));

  test('each label is the softmax of the ReLU units over the known features present, each feature counted once', () => {
    const model = HiddenLayerModel.fromFile(file, 'data/model/x.json');
    // unit 0 = 2, unit 1 = max(0, 1 - 0.5) = 0.5: A = 2 - 1.5, C = -2 + 1.5
    const p = model.probabilities(['w:down', 'w:down', 'w:how', 'w:unknown']);
    expect(p.A).toBeCloseTo(softmax(0.5, -0.5), 6);
    expect(p.A! + p.C!).toBeCloseTo(1, 10);
  });

  test('a unit below zero counts for nothing', () => {
    const model = HiddenLayerModel.fromFile(file, 'data/model/x.json');
    // "w:how" alone: unit 1 = 1 - 0.5 fires, unit 0 = 0
    expect(model.probabilities(['w:how']).A).toBeCloseTo(softmax(-1.5, 1.5), 6);
    expect(model.probabilities([]).A).toBeCloseTo(0.5, 6);
  });

  test('the shipped file loads, with the three severities', () => {
    const shipped = JSON.parse(readFileSync(path.resolve(__dirname, '../../data/model/severity-hidden.json'), 'utf8'));
    expect(HiddenLayerModel.fromFile(shipped, 'data/model/severity-hidden.json').labels).toEqual(['A', 'B', 'C']);
  });

  test.each([
    ['weights that do not cover every feature and unit', { inputWeights: Buffer.from([1, 2, 3]).toString('base64') }],
    ['a scale missing for a unit', { inputScale: [1] }],
    ['an output row of the wrong length', { outputWeights: [[1], [2]] }],
  ])('a file with %s stops start-up with one line naming it', (_what, broken) => {
    expect(() => HiddenLayerModel.fromFile({ ...file, ...broken }, 'data/model/x.json')).toThrow(DataValidationError);
  });
});

describe('the trained hidden layer', () => {
  const data = [
    ...Array.from({ length: 30 }, () => ({ names: ['w:down', 'w:everyone'], label: 'A' })),
    ...Array.from({ length: 30 }, () => ({ names: ['w:how', 'w:photo'], label: 'C' })),
  ];

  test('learns a separable set, and the same data gives the same file', () => {
    const first = trainHiddenLayer(data, ['A', 'C'], 2);
    expect(trainHiddenLayer(data, ['A', 'C'], 2)).toEqual(first);
    const model = HiddenLayerModel.fromFile({ trainedOn: 'x', ...first }, 'x');
    expect(model.probabilities(['w:down', 'w:everyone']).A).toBeGreaterThan(0.9);
    expect(model.probabilities(['w:how', 'w:photo']).C).toBeGreaterThan(0.9);
  });
});

describe('the severity the three readings give together', () => {
  const reading = (A: number, B: number, C: number) => ({ A, B, C });

  test('the label the averaged readings put first', () => {
    expect(severityOfReadings([reading(0.9, 0.1, 0), reading(0.8, 0.2, 0), reading(0.7, 0.2, 0.1)])).toBe('A');
    expect(severityOfReadings([reading(0.1, 0.8, 0.1), reading(0.2, 0.6, 0.2), reading(0, 1, 0)])).toBe('B');
  });

  test('an extreme not clearly above the other extreme is B', () => {
    expect(severityOfReadings([reading(0.7, 0, 0.3), reading(0.6, 0, 0.4), reading(0.6, 0, 0.4)])).toBe('B');
  });

  test('an extreme that any one reading ranks below the other extreme is B', () => {
    expect(severityOfReadings([reading(0, 0.1, 1), reading(0, 0.1, 1), reading(0.5, 0.1, 0.45)])).toBe('B');
    expect(severityOfReadings([reading(0, 0.1, 1), reading(0, 0.1, 1), reading(0.4, 0.1, 0.45)])).toBe('C');
  });
});

describe('the severity models read a text through one feature index', () => {
  const models = loadLearnedModels();
  const norm = normalizeText('Nobody in the company can send mail since 9am; 全社で Teams に入れません');
  const names = inputNames(modelWords(norm), severityRuleInputs(extractSeverityFeatures(norm)));

  test('the three shipped files list the same features, so one index serves them', () => {
    expect(models.severityNb.features).toBe(models.severity.features);
    expect(models.severityHidden.features).toBe(models.severity.features);
    expect(models.category.features).not.toBe(models.severity.features);
  });

  test('features looked up once read as the names do, in every model', () => {
    const known = models.severity.features.known(names);
    expect(known.rows.length).toBeGreaterThan(0);
    expect(models.severity.sums(known)).toEqual(models.severity.sums(names));
    expect(models.severityNb.probabilities(known)).toEqual(models.severityNb.probabilities(names));
    expect(models.severityHidden.probabilities(known)).toEqual(models.severityHidden.probabilities(names));
    // the category model lists other features: it looks the names up again
    expect(models.category.scores(known)).toEqual(models.category.scores(names));
    expect(models.category.contributions(known, 'technical')).toEqual(
      models.category.contributions(names, 'technical'),
    );
  });

  test('a file listing other features than the index offered still loads, with an index of its own', () => {
    const offered = FeatureIndex.of(['w:down', 'w:how', 'w:other']);
    const file = {
      trainedOn: 'x',
      labels: ['A', 'B'],
      bias: [0, -1],
      features: ['w:how', 'w:down'],
      weights: [
        [-1, 2],
        [1, -2],
      ],
    };
    const model = NbLogisticModel.fromFile(file, 'data/model/x.json', offered);
    expect(model.features).not.toBe(offered);
    const known = offered.known(['w:down', 'w:unknown']);
    expect(model.probabilities(known)).toEqual(model.probabilities(['w:down']));
    expect(model.probabilities(known).A).toBeCloseTo(1 / (1 + Math.exp(-2)), 6);
  });

  test('a feature named twice counts once, an unknown one not at all', () => {
    const index = FeatureIndex.of(['w:a', 'w:b']);
    expect([...index.known(['w:b', 'w:x', 'w:b', 'w:a']).rows]).toEqual([1, 0]);
  });

  test('the category model looks nothing up again: its index maps the ids the severity lookup found', () => {
    const words = inputNames(modelWords(norm), []);
    const rules = ['rs:billing', 'rc:billing'];
    const piecewise = models.category.features.knownWith(models.severity.features.known(words), rules);
    expect(piecewise.rows.length).toBeGreaterThan(0);
    expect([...piecewise.rows]).toEqual([...models.category.features.known([...words, ...rules]).rows]);
    expect(models.category.scores(piecewise)).toEqual(models.category.scores([...words, ...rules]));
  });

  test('models loaded each on its own still read features looked up piecewise', () => {
    const mine = FeatureIndex.of(['w:a', 'w:b']);
    const theirs = FeatureIndex.of(['w:b', 'r:x']);
    expect([...theirs.knownWith(mine.known(['w:a', 'w:b']), ['r:x']).rows]).toEqual([0, 1]);
  });
});

describe('the vocabulary', () => {
  const names = Array.from({ length: 5000 }, (_, i) => `w:${i.toString(36)}`);
  const vocabulary = new Vocabulary();
  names.forEach((name) => vocabulary.add(name));

  test('gives each listed name its own id, in the order they were added, however large it grows', () => {
    expect(names.map((name) => vocabulary.idOf(name))).toEqual(names.map((_, i) => i));
  });

  test('gives a name added again its first id', () => {
    expect(vocabulary.add('w:1')).toBe(1);
    expect(vocabulary.size).toBe(5000);
  });

  test('finds no unlisted name', () => {
    expect(['w:zzzz', '', 'b:1_2', 'W:1'].map((name) => vocabulary.idOf(name))).toEqual([-1, -1, -1, -1]);
  });

  test("looks each of a text's names up once, in the order first named, after the ids it is given", () => {
    expect([...vocabulary.idsOf(['w:2', 'w:zzzz', 'w:1', 'w:2', 'w:3'], Int32Array.from([3]))]).toEqual([3, 2, 1]);
  });
});
