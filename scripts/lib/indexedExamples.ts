// The examples both sparse trainers (nbLogistic.ts, hiddenLayer.ts) read: the features kept, and each text as the
// indexes of its kept features.

export interface LabelledFeatures {
  names: readonly string[];
  label: string;
}

export interface IndexedExamples {
  /** Feature → its index, for the features present in at least `minDocs` texts, in order of first appearance. */
  index: Map<string, number>;
  /** Each text's distinct kept features, as indexes. */
  xs: number[][];
  /** Each text's label, as its position in `labels`. */
  ys: number[];
}

export function indexExamples(
  data: readonly LabelledFeatures[],
  labels: readonly string[],
  minDocs: number,
): IndexedExamples {
  const rows = data.map((e) => [...new Set(e.names)]);
  const docs = new Map<string, number>();
  for (const row of rows) for (const n of row) docs.set(n, (docs.get(n) ?? 0) + 1);
  const index = new Map<string, number>();
  for (const [n, c] of docs) if (c >= minDocs) index.set(n, index.size);
  const xs = rows.map((row) => row.map((n) => index.get(n)).filter((i): i is number => i !== undefined));
  const ys = data.map((e) => labels.indexOf(e.label));
  return { index, xs, ys };
}
