/** Feature names a model reads: a Set when the caller already has them distinct (three models read one text's). */
export type FeatureNames = readonly string[] | ReadonlySet<string>;

/**
 * A text's features as looked up in one index: the rows of the known ones, each once, in the order first named. A
 * model reading through the same index takes the rows as they are; any other model looks the names up again.
 */
export class KnownFeatures {
  constructor(
    readonly index: FeatureIndex,
    readonly names: FeatureNames,
    readonly rows: Int32Array,
  ) {}
}

/** What a model reads: the feature names, or the same names already looked up (see FeatureIndex). */
export type ModelFeatures = FeatureNames | KnownFeatures;

/**
 * The row of each feature of a model file, by name. Looking a name up costs more than adding its weights, and the three
 * severity models list the same features in the same order: they share one index (models.ts), so a text's features
 * are looked up once for the three (`known`) and each model reads its weights by row.
 */
export class FeatureIndex {
  private readonly rowOf: ReadonlyMap<string, number>;

  private constructor(private readonly names: readonly string[]) {
    const rowOf = new Map<string, number>();
    names.forEach((name, row) => rowOf.set(name, row));
    this.rowOf = rowOf;
  }

  static of(names: readonly string[]): FeatureIndex {
    return new FeatureIndex(names);
  }

  /** `shared` when it lists exactly `names` (the same features in the same order), else an index of their own. */
  static sharedOr(shared: FeatureIndex | undefined, names: readonly string[]): FeatureIndex {
    return shared?.lists(names) ? shared : FeatureIndex.of(names);
  }

  /** Whether these are this index's features, in its order: a model file listing them can read through it. */
  lists(names: readonly string[]): boolean {
    return names.length === this.names.length && names.every((name, row) => name === this.names[row]);
  }

  nameOf(row: number): string {
    return this.names[row]!;
  }

  /** The known features among `features`, each once (a feature named twice counts once; an unknown one not at all). */
  known(features: ModelFeatures): KnownFeatures {
    if (features instanceof KnownFeatures) {
      if (features.index === this) return features;
      return this.known(features.names);
    }
    const distinct = features instanceof Set ? features : new Set(features);
    const rows = new Int32Array(distinct.size);
    let count = 0;
    for (const name of distinct) {
      const row = this.rowOf.get(name);
      if (row !== undefined) rows[count++] = row;
    }
    return new KnownFeatures(this, features, rows.subarray(0, count));
  }
}
