// Trains the NB-weighted logistic model (src/domain/classifier/learned/nbLogistic.ts) that is averaged with the
// severity network. Settings chosen by 5-fold cross-validation inside the train split (docs/understanding.md).
import type { NbLogisticFile } from '../../src/domain/classifier/learned/nbLogistic';
import { indexExamples, type LabelledFeatures } from './indexedExamples';

/** Additive smoothing of the naive-Bayes counts (0.3 and 1 were within 0.4 points; 0.3 flipped less). */
const SMOOTHING = 0.3;
/**
 * Weight decay, applied to a feature's weight each time it is seen: strong enough that the probabilities are not all
 * near 0 or 1 (1e-4 gave the same accuracy but confident A↔C flips the guard could not catch; 0.1 lost accuracy).
 */
const L2 = 0.03;
const PASSES = 10;
/** The step of pass p is LEARNING_RATE / (1 + p). */
const LEARNING_RATE = 0.1;

/**
 * One logistic regression per label (that label against the others) over the features present in at least `minDocs`
 * texts, each input scaled by its naive-Bayes log-count ratio for that label; plain stochastic gradient descent in
 * the given order, so the same data gives the same model. The weights are written already multiplied by the ratio.
 */
export function trainNbLogistic(
  data: readonly LabelledFeatures[],
  labels: readonly string[],
  minDocs: number,
): Omit<NbLogisticFile, '$comment' | 'trainedOn'> {
  const { index, xs, ys } = indexExamples(data, labels, minDocs);
  const V = index.size;

  // how many texts of each label hold each feature
  const counts = labels.map(() => new Float64Array(V));
  xs.forEach((x, d) => {
    for (const i of x) counts[ys[d]!]![i]!++;
  });
  const total = new Float64Array(V);
  for (const c of counts) for (let i = 0; i < V; i++) total[i]! += c[i]!;

  const bias: number[] = [];
  const weights: number[][] = [];
  labels.forEach((_, k) => {
    // r = log((p / |p|₁) / (q / |q|₁)), p and q the smoothed counts in this label's texts and in the others'
    const p = Float64Array.from(counts[k]!, (c) => c + SMOOTHING);
    const q = Float64Array.from(total, (t, i) => t - counts[k]![i]! + SMOOTHING);
    const pSum = p.reduce((s, v) => s + v, 0);
    const qSum = q.reduce((s, v) => s + v, 0);
    const r = Float64Array.from(p, (v, i) => Math.log(v / pSum) - Math.log(q[i]! / qSum));
    const w = new Float64Array(V);
    let b = 0;
    for (let pass = 0; pass < PASSES; pass++) {
      const step = LEARNING_RATE / (1 + pass);
      xs.forEach((x, d) => {
        let z = b;
        for (const i of x) z += w[i]! * r[i]!;
        const g = 1 / (1 + Math.exp(-z)) - (ys[d] === k ? 1 : 0);
        for (const i of x) w[i]! -= step * (g * r[i]! + L2 * w[i]!);
        b -= step * g;
      });
    }
    bias.push(b);
    weights.push(Array.from(w, (v, i) => v * r[i]!));
  });
  return { labels: [...labels], bias, features: [...index.keys()], weights };
}
