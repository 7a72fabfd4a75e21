import { classify } from '../../src/domain/classifier';
import { HiddenLayerModel } from '../../src/domain/classifier/learned/hiddenLayer';
import { LearnedModel } from '../../src/domain/classifier/learned/model';
import type { LearnedModels } from '../../src/domain/classifier/learned/models';
import { NbLogisticModel } from '../../src/domain/classifier/learned/nbLogistic';
import { sentencesOf } from '../../src/domain/classifier/sentences';

describe('a text read sentence by sentence', () => {
  test.each([
    ['Nobody can sign in. How do I reset my password?', ['Nobody can sign in.', 'How do I reset my password?']],
    ['全社でメールが届きません。設定の場所は?', ['全社でメールが届きません。', '設定の場所は?']],
    ['Outlook crashed!\nWhere are the logs?', ['Outlook crashed!', 'Where are the logs?']],
  ])('"%s" splits at its sentence ends', (text, sentences) => {
    expect(sentencesOf(text)).toEqual(sentences);
  });

  test.each(['The 1.5 GB upload fails in v2.0 of the app', 'Uploads over 1.5GB fail for everyone'])(
    'a full stop inside a number or version does not end a sentence ("%s")',
    (text) => {
      expect(sentencesOf(text)).toEqual([text]);
    },
  );

  test.each([
    ['Hi. Teams is down for the whole office.', ['Teams is down for the whole office.']],
    ['至急。全社で Teams が使えません。', ['全社で Teams が使えません。']],
  ])('fragments too short to mean anything are left out ("%s")', (text, sentences) => {
    expect(sentencesOf(text)).toEqual(sentences);
  });
});

describe('a how-to question does not cancel an incident told in another sentence', () => {
  // tiny models over two words: "intruder" reads A, "sort" reads C and outweighs it when both are in one sentence
  const features = ['w:intruder', 'w:sort'];
  const models: LearnedModels = {
    severity: LearnedModel.fromFile(
      {
        trainedOn: 'test',
        network: {
          settings: { alpha: 1 },
          features,
          intents: ['A', 'B', 'C'],
          perceptrons: [
            [2, -1, 0],
            [0, 0, 0],
            [-1, 4, 0],
          ],
        },
      },
      'test',
    ),
    severityNb: NbLogisticModel.fromFile(
      {
        trainedOn: 'test',
        labels: ['A', 'B', 'C'],
        bias: [0, 0, 0],
        features,
        weights: [
          [3, -2],
          [0, 0],
          [-3, 6],
        ],
      },
      'test',
    ),
    severityHidden: HiddenLayerModel.fromFile(
      {
        trainedOn: 'test',
        labels: ['A', 'B', 'C'],
        features,
        hidden: 2,
        inputWeights: Buffer.from(Int8Array.from([127, 0, 0, 127]).buffer).toString('base64'),
        inputScale: [1 / 127, 2 / 127],
        hiddenBias: [0, 0],
        outputWeights: [
          [3, 0, -3],
          [-3, 0, 3],
        ],
        outputBias: [0, 0, 0],
      },
      'test',
    ),
    category: LearnedModel.fromFile(
      {
        trainedOn: 'test',
        network: {
          settings: { alpha: 1 },
          features: ['w:sort'],
          intents: ['technical', 'billing'],
          perceptrons: [
            [0, 1],
            [0, -1],
          ],
        },
      },
      'test',
    ),
  };
  const severity = (text: string) => classify(text, 'en', undefined, models).severity;

  test('a how-to question alone is C', () => {
    expect(severity('How do I sort the list?')).toBe('C');
  });

  test('both in one sentence read as the how-to they mostly are', () => {
    expect(severity('Intruder around, how do I sort the list?')).toBe('C');
  });

  test('an incident in a sentence of its own keeps the text from C', () => {
    expect(severity('Intruder around again. How do I sort the list?')).toBe('B');
  });
});
