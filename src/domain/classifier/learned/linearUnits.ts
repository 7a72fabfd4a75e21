/** Per feature, one weight per label (the same order as the labels). */
export type WeightsByFeature = ReadonlyMap<string, Float32Array>;

/** Feature names a model reads: a Set when the caller already has them distinct (three models read one text's). */
export type FeatureNames = readonly string[] | ReadonlySet<string>;

/**
 * One linear unit per label over the features present in a text: bias + Σ the weights of each distinct known feature
 * (a feature named twice counts once; an unknown feature counts for nothing). Both learned models read their
 * features this way; they differ only in what they make of the sums.
 */
export function unitSums(
  weights: WeightsByFeature,
  bias: Float64Array,
  labels: readonly string[],
  features: FeatureNames,
): Record<string, number> {
  const sums = Float64Array.from(bias);
  for (const f of features instanceof Set ? features : new Set(features)) {
    const w = weights.get(f);
    if (w) for (let k = 0; k < sums.length; k++) sums[k]! += w[k]!;
  }
  const out: Record<string, number> = {};
  labels.forEach((label, k) => (out[label] = sums[k]!));
  return out;
}

/** The weights as a file holds them, one row per label over the features, indexed by feature instead. */
export function weightsByFeature(
  features: readonly string[],
  rows: ReadonlyArray<readonly number[]>,
): WeightsByFeature {
  const weights = new Map<string, Float32Array>();
  features.forEach((feature, i) =>
    weights.set(
      feature,
      Float32Array.from(rows, (row) => row[i]!),
    ),
  );
  return weights;
}
