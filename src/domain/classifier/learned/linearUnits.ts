import type { KnownFeatures } from './featureIndex';

/**
 * The weights as a file holds them, one row per label over the features, laid out feature after feature instead: a
 * feature's weights for every label side by side in one flat array, so a text's features are read without an object
 * per feature.
 */
export function featureMajor(rows: ReadonlyArray<readonly number[]>, featureCount: number): Float32Array {
  const labels = rows.length;
  const weights = new Float32Array(featureCount * labels);
  rows.forEach((row, k) => {
    for (let i = 0; i < featureCount; i++) weights[i * labels + k] = row[i]!;
  });
  return weights;
}

/**
 * One linear unit per label over the features present in a text: bias + Σ the weights of each distinct known feature
 * (a feature named twice counts once; an unknown feature counts for nothing). Both linear models read their features
 * this way; they differ only in what they make of the sums.
 */
export function unitSums(weights: Float32Array, bias: Float64Array, features: KnownFeatures): Float64Array {
  const labels = bias.length;
  const sums = Float64Array.from(bias);
  const rows = features.rows;
  for (let i = 0; i < rows.length; i++) {
    const at = rows[i]! * labels;
    for (let k = 0; k < labels; k++) sums[k]! += weights[at + k]!;
  }
  return sums;
}

/** Sums (or scores) by label, as the models answer. */
export function byLabel(labels: readonly string[], values: Float64Array): Record<string, number> {
  const out: Record<string, number> = {};
  for (let k = 0; k < labels.length; k++) out[labels[k]!] = values[k]!;
  return out;
}
