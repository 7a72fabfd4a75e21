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

/**
 * Tiny models over two words: "intruder" reads A, "sort" reads C. `net` and `nb` give each label's weights for the two
 * words; the hidden layer has one unit a word, `hiddenScale` its input weights' scale and `hiddenOut` its rows.
 */
function tinyModels(
  net: number[][],
  nb: number[][],
  hiddenScale: [number, number],
  hiddenOut: number[][] = [
    [3, 0, -3],
    [-3, 0, 3],
  ],
): LearnedModels {
  const features = ['w:intruder', 'w:sort'];
  return {
    severity: LearnedModel.fromFile(
      {
        trainedOn: 'test',
        network: { settings: { alpha: 1 }, features, intents: ['A', 'B', 'C'], perceptrons: net },
      },
      'test',
    ),
    severityNb: NbLogisticModel.fromFile(
      { trainedOn: 'test', labels: ['A', 'B', 'C'], bias: [0, 0, 0], features, weights: nb },
      'test',
    ),
    severityHidden: HiddenLayerModel.fromFile(
      {
        trainedOn: 'test',
        labels: ['A', 'B', 'C'],
        features,
        hidden: 2,
        inputWeights: Buffer.from(Int8Array.from([127, 0, 0, 127]).buffer).toString('base64'),
        inputScale: hiddenScale.map((scale) => scale / 127),
        hiddenBias: [0, 0],
        outputWeights: hiddenOut,
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
}

describe('a how-to question does not cancel an incident told in another sentence', () => {
  // "sort" outweighs "intruder" when both are in one sentence
  const models = tinyModels(
    [
      [2, -1, 0],
      [0, 0, 0],
      [-1, 4, 0],
    ],
    [
      [3, -2],
      [0, 0],
      [-3, 6],
    ],
    [1, 2],
  );
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

describe('an incident told beside a how-to question is an A where the whole text reads B', () => {
  // "intruder" and "sort" nearly balance: read whole, A leads C by less than the margin an A needs
  const models = tinyModels(
    [
      [2, -1, 0],
      [0, 0, 0],
      [-1, 1.5, 0],
    ],
    [
      [3, -2],
      [0, 0],
      [-3, 3],
    ],
    [1, 1],
  );
  const classified = (text: string) => classify(text, 'en', undefined, models);

  test('read whole, in one sentence, it is B', () => {
    expect(classified('Intruder still in the call, how do I sort the list?').severity).toBe('B');
  });

  test('the incident in a sentence of its own makes it A, quoting that sentence', () => {
    const result = classified('Intruder still in the call. How do I sort the list?');
    expect(result.severity).toBe('A');
    expect(result.reasons[0]).toEqual({ code: 'incident-beside-question', evidence: 'Intruder still in the call' });
  });

  test('without a how-to question it stays B', () => {
    expect(classified('Intruder still in the call. Sort order is odd.').severity).toBe('B');
  });

  test('a question asked after it was over stays B', () => {
    expect(classified('Intruder was in the call, it has since been resolved. How do I sort the list?').severity).toBe(
      'B',
    );
  });
});
