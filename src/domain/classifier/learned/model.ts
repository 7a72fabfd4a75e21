import { z } from 'zod';
import { parseWithSchema } from '../../data/validate';
import { FeatureIndex, type ModelFeatures } from './featureIndex';
import { byLabel, featureMajor, unitSums } from './linearUnits';

const modelSchema = z.object({
  $comment: z.string().optional(),
  trainedOn: z.string(),
  network: z.object({
    settings: z.record(z.string(), z.unknown()),
    features: z.array(z.string()).min(1),
    intents: z.array(z.string()).min(2),
    perceptrons: z.array(z.array(z.number())),
  }),
});

/** NLP.js's default slope of its units (NeuralNetwork's `alpha`), used when the file does not set another. */
const NLPJS_DEFAULT_ALPHA = 0.07;

/**
 * A model trained from the blind-written corpus with NLP.js's neural network (scripts/train-*.ts): one linear unit
 * per label over the present features, each unit's output max(0, alpha · (bias + Σ weights)), as NLP.js computes it.
 * The weights are indexed by feature here because NLP.js's own run() rebuilds its input dictionary on every call
 * (about 100 µs a text against a few µs); weights are kept as 32-bit floats, as NLP.js keeps them, so both give the same scores (test/domain/learnedModel.test.ts).
 */
export class LearnedModel {
  private constructor(
    /** The features the file lists, by row; `weights` holds one weight per label for each row, row after row. */
    readonly features: FeatureIndex,
    private readonly weights: Float32Array,
    private readonly bias: Float64Array,
    private readonly alpha: number,
    readonly labels: readonly string[],
  ) {}

  /**
   * `index`: an index the model reads through when it lists exactly the file's features, else whose vocabulary its own
   * index joins (see FeatureIndex).
   */
  static fromFile(value: unknown, source: string, index?: FeatureIndex): LearnedModel {
    const { network } = parseWithSchema(modelSchema, value, source);
    const labels = network.intents;
    if (
      network.perceptrons.length !== labels.length ||
      network.perceptrons.some((p) => p.length !== network.features.length + 1)
    ) {
      throw new Error(`${source}: network.perceptrons: one row per intent, one weight per feature plus the bias`);
    }
    // each perceptron's row ends with its bias, after the features' weights
    const weights = featureMajor(network.perceptrons, network.features.length);
    const bias = Float64Array.from(network.perceptrons, (p) => p[p.length - 1]!);
    const alpha = typeof network.settings.alpha === 'number' ? network.settings.alpha : NLPJS_DEFAULT_ALPHA;
    return new LearnedModel(FeatureIndex.sharedOr(index, network.features), weights, bias, alpha, labels);
  }

  /** Each label's score (0 or more), for the given feature names; unknown features count for nothing. */
  scores(features: ModelFeatures): Record<string, number> {
    return this.scoresOf(this.sums(features));
  }

  /**
   * Each label's unit before its cut at zero (bias + Σ weights of the present features): unlike the scores, it still
   * says how far below zero a label is, so two labels that both score 0 can be compared.
   */
  sums(features: ModelFeatures): Record<string, number> {
    return byLabel(this.labels, unitSums(this.weights, this.bias, this.features.known(features)));
  }

  /** The scores for already-computed sums (see `sums`). */
  scoresOf(sums: Readonly<Record<string, number>>): Record<string, number> {
    const out: Record<string, number> = {};
    for (const label of this.labels) {
      const sum = sums[label] ?? 0;
      out[label] = sum <= 0 ? 0 : this.alpha * sum;
    }
    return out;
  }

  /** Each label's unit times the slope, without the cut at zero: the score, still telling how far below zero. */
  uncut(sums: Readonly<Record<string, number>>): Record<string, number> {
    const out: Record<string, number> = {};
    for (const label of this.labels) out[label] = this.alpha * (sums[label] ?? 0);
    return out;
  }

  /** The weight each known feature gives `label` (unknown features are left out). */
  contributions(features: ModelFeatures, label: string): Record<string, number> {
    const k = this.labels.indexOf(label);
    const out: Record<string, number> = {};
    if (k < 0) return out;
    for (const row of this.features.known(features).rows)
      out[this.features.nameOf(row)] = this.weights[row * this.labels.length + k]!;
    return out;
  }
}

/** The network's input as NLP.js takes it when training: each present feature, on. */
export function inputOf(features: readonly string[]): Record<string, number> {
  const input: Record<string, number> = {};
  for (const f of features) input[f] = 1;
  return input;
}

/** Labels by score, best first. */
export function ranked(scores: Record<string, number>): { label: string; score: number }[] {
  return Object.entries(scores)
    .map(([label, score]) => ({ label, score }))
    .sort((a, b) => b.score - a.score || a.label.localeCompare(b.label));
}
