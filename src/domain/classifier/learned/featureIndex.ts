import { Vocabulary } from './vocabulary';

/** Feature names a model reads: a Set when the caller already has them distinct (three models read one text's). */
export type FeatureNames = readonly string[] | ReadonlySet<string>;

/**
 * A text's features as looked up in one index: the vocabulary ids of the names any model lists, and the rows of those
 * this index lists, each once, in the order first named. A model reading through the same index takes the rows as they
 * are; a model whose index shares the vocabulary maps the ids to its own rows without looking a name up again.
 */
export class KnownFeatures {
  constructor(
    readonly index: FeatureIndex,
    /** The names as given, in the parts they were looked up in (`FeatureIndex.knownWith` adds a part). */
    readonly nameParts: readonly FeatureNames[],
    readonly ids: Int32Array,
    readonly rows: Int32Array,
  ) {}

  /** The names as given (for a model over another vocabulary, which looks them up again). */
  get names(): string[] {
    return this.nameParts.flatMap((part) => [...part]);
  }
}

/** What a model reads: the feature names, or the same names already looked up (see FeatureIndex). */
export type ModelFeatures = FeatureNames | KnownFeatures;

/**
 * The row of each feature of a model file, by name. Looking a name up costs more than adding its weights, and the three
 * severity models list the same features in the same order: they share one index (models.ts), so a text's features
 * are looked up once for the three (`known`) and each model reads its weights by row. The category model lists other
 * features, with an index of its own over the same vocabulary: it maps the ids the severity models' lookup found to its
 * rows, and the text's words are looked up once for all four models.
 */
export class FeatureIndex {
  private constructor(
    private readonly names: readonly string[],
    private readonly vocabulary: Vocabulary,
    /** Each vocabulary id's row here, or -1; ids added to the vocabulary later are not listed, and have no row. */
    private readonly rowOfId: Int32Array,
    /** Whether each row is its name's id (the index that gave the vocabulary its first names): no mapping needed. */
    private readonly rowIsId: boolean,
  ) {}

  /** An index of `names`, whose ids are kept in `vocabulary` (a vocabulary of their own by default). */
  static of(names: readonly string[], vocabulary = new Vocabulary()): FeatureIndex {
    const ids = names.map((name) => vocabulary.add(name));
    const rowOfId = new Int32Array(vocabulary.size).fill(-1);
    // a name listed twice keeps its first row
    for (let row = names.length - 1; row >= 0; row--) rowOfId[ids[row]!] = row;
    const rowIsId = ids.every((id, row) => id === row);
    return new FeatureIndex(names, vocabulary, rowOfId, rowIsId);
  }

  /**
   * `shared` when it lists exactly `names` (the same features in the same order), else an index of their own over
   * `shared`'s vocabulary.
   */
  static sharedOr(shared: FeatureIndex | undefined, names: readonly string[]): FeatureIndex {
    return shared?.lists(names) ? shared : FeatureIndex.of(names, shared?.vocabulary);
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
      if (features.index.vocabulary === this.vocabulary) return this.fromIds(features.ids, features.nameParts);
      return this.known(features.names);
    }
    return this.fromIds(this.vocabulary.idsOf(features), [features]);
  }

  /**
   * `features` (looked up in an index over this vocabulary) and `more` names beside them, each once: the text's words
   * are looked up once, and each model adds its own rules' findings.
   */
  knownWith(features: KnownFeatures, more: FeatureNames): KnownFeatures {
    const parts = [...features.nameParts, more];
    // models loaded each on its own (tests build such) look the names up again
    if (features.index.vocabulary !== this.vocabulary) return this.known(parts.flatMap((part) => [...part]));
    return this.fromIds(this.vocabulary.idsOf(more, features.ids), parts);
  }

  private fromIds(ids: Int32Array, nameParts: readonly FeatureNames[]): KnownFeatures {
    const rows = new Int32Array(ids.length);
    let count = 0;
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i]!;
      const row = this.rowIsId ? (id < this.names.length ? id : -1) : (this.rowOfId[id] ?? -1);
      if (row >= 0) rows[count++] = row;
    }
    return new KnownFeatures(this, nameParts, ids, rows.subarray(0, count));
  }
}
