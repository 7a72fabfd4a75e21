// Trains the one-hidden-layer severity network (src/domain/classifier/learned/hiddenLayer.ts). NLP.js's network has no
// hidden layer, and the libraries that have one (brain.js, TensorFlow.js) take dense inputs: 75,000 features a text
// where a text holds a hundred or two. Sparse rows make the training below a few seconds.
// Settings chosen by reading the rounds forward, their train-split texts only (docs/understanding.md).
import type { HiddenLayerFile } from '../../src/domain/classifier/learned/hiddenLayer';
import { indexExamples, type LabelledFeatures } from './indexedExamples';

export interface HiddenLayerSettings {
  hidden: number;
  passes: number;
  /** AdaGrad's step. */
  learningRate: number;
  /** Share of a text's features left out at random on each pass, so that no one word carries a text alone. */
  dropout: number;
  /** Weight decay on the input weights a text touches. */
  l2: number;
  seed: number;
}

export const HIDDEN_LAYER_SETTINGS: HiddenLayerSettings = {
  hidden: 16,
  passes: 4,
  learningRate: 0.1,
  dropout: 0.3,
  l2: 1e-5,
  seed: 7,
};

/** mulberry32: a small seeded generator, so the same corpus always gives the same model. */
function seeded(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Trained = Omit<HiddenLayerFile, '$comment' | 'trainedOn'>;

/**
 * ReLU hidden units over the features present in at least `minDocs` texts, a softmax over `labels`, cross-entropy,
 * AdaGrad one text at a time in a seeded shuffle. The input weights are written as one signed byte each, scaled per
 * hidden unit.
 */
export function trainHiddenLayer(
  data: readonly LabelledFeatures[],
  labels: readonly string[],
  minDocs: number,
  settings: HiddenLayerSettings = HIDDEN_LAYER_SETTINGS,
): Trained {
  const { hidden: H, passes, learningRate: lr, dropout, l2 } = settings;
  const L = labels.length;
  const { index, xs, ys } = indexExamples(data, labels, minDocs);
  const V = index.size;
  const random = seeded(settings.seed);

  const w1 = Float32Array.from({ length: V * H }, () => (random() - 0.5) * 0.1);
  const b1 = new Float32Array(H);
  const w2 = Float32Array.from({ length: H * L }, () => (random() - 0.5) * 0.3);
  const b2 = new Float32Array(L);
  // AdaGrad's running sums of squared gradients
  const g1 = new Float32Array(V * H).fill(1e-8);
  const gb1 = new Float32Array(H).fill(1e-8);
  const g2 = new Float32Array(H * L).fill(1e-8);
  const gb2 = new Float32Array(L).fill(1e-8);
  const step = (w: Float32Array, g: Float32Array, i: number, grad: number) => {
    g[i]! += grad * grad;
    w[i]! -= (lr * grad) / Math.sqrt(g[i]!);
  };

  const order = xs.map((_, i) => i);
  const units = new Float32Array(H);
  const back = new Float32Array(H);
  const logits = new Float64Array(L);
  for (let pass = 0; pass < passes; pass++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const d of order) {
      const x = xs[d]!.filter(() => random() >= dropout);
      units.set(b1);
      for (const i of x) for (let k = 0; k < H; k++) units[k]! += w1[i * H + k]!;
      for (let k = 0; k < H; k++) if (units[k]! < 0) units[k] = 0;
      logits.set(b2);
      for (let k = 0; k < H; k++) for (let c = 0; c < L; c++) logits[c]! += units[k]! * w2[k * L + c]!;
      const top = Math.max(...logits);
      const exp = Array.from(logits, (z) => Math.exp(z - top));
      const total = exp.reduce((s, v) => s + v, 0);
      const out = exp.map((v, c) => v / total - (c === ys[d] ? 1 : 0));
      back.fill(0);
      for (let k = 0; k < H; k++) {
        for (let c = 0; c < L; c++) {
          back[k]! += out[c]! * w2[k * L + c]!;
          step(w2, g2, k * L + c, out[c]! * units[k]!);
        }
        if (units[k]! <= 0) back[k] = 0;
        step(b1, gb1, k, back[k]!);
      }
      for (let c = 0; c < L; c++) step(b2, gb2, c, out[c]!);
      for (const i of x) for (let k = 0; k < H; k++) step(w1, g1, i * H + k, back[k]! + l2 * w1[i * H + k]!);
    }
  }

  const inputScale = Array.from({ length: H }, (_, k) => {
    let max = 0;
    for (let i = 0; i < V; i++) max = Math.max(max, Math.abs(w1[i * H + k]!));
    return max > 0 ? max / 127 : 1;
  });
  const bytes = new Int8Array(V * H);
  for (let i = 0; i < V; i++)
    for (let k = 0; k < H; k++) bytes[i * H + k] = Math.round(w1[i * H + k]! / inputScale[k]!);
  return {
    labels: [...labels],
    features: [...index.keys()],
    hidden: H,
    inputWeights: Buffer.from(bytes.buffer).toString('base64'),
    inputScale,
    hiddenBias: Array.from(b1),
    outputWeights: Array.from({ length: H }, (_, k) => Array.from(w2.subarray(k * L, (k + 1) * L))),
    outputBias: Array.from(b2),
  };
}
