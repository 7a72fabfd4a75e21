import { z } from 'zod';
import { DataValidationError, parseWithSchema } from '../../data/validate';
import { FeatureIndex, type ModelFeatures } from './featureIndex';
import { featureMajor, unitSums } from './linearUnits';

const nbLogisticSchema = z.object({
  $comment: z.string().optional(),
  trainedOn: z.string(),
  labels: z.array(z.string()).min(2),
  bias: z.array(z.number()),
  features: z.array(z.string()).min(1),
  /** One row per label, one weight per feature (the NB log-count ratio already multiplied in). */
  weights: z.array(z.array(z.number())),
});

export type NbLogisticFile = z.infer<typeof nbLogisticSchema>;

/**
 * A second opinion beside the NLP.js network, over the same features: one logistic regression per label (that label
 * against the others) whose inputs are scaled by their naive-Bayes log-count ratio ("NBSVM", Wang & Manning 2012),
 * trained by scripts/lib/nbLogistic.ts. The ratio lets a feature seen in a handful of texts of one severity weigh at
 * once, where the network's few passes leave it near zero; averaged with the network's scores it was right more often
 * and flipped A↔C less in 5-fold cross-validation inside the train split (docs/understanding.md).
 * Each label's probability is σ(bias + Σ weights of the present features); unknown features count for nothing.
 */
export class NbLogisticModel {
  private constructor(
    /** The features the file lists, by row; `weights` holds one weight per label for each row, row after row. */
    readonly features: FeatureIndex,
    private readonly weights: Float32Array,
    private readonly bias: Float64Array,
    readonly labels: readonly string[],
  ) {}

  /**
   * `index`: an index the model reads through when it lists exactly the file's features, else whose vocabulary its own
   * index joins (see FeatureIndex).
   */
  static fromFile(value: unknown, source: string, index?: FeatureIndex): NbLogisticModel {
    const file = parseWithSchema(nbLogisticSchema, value, source);
    const n = file.features.length;
    if (file.bias.length !== file.labels.length || file.weights.length !== file.labels.length)
      throw new DataValidationError(`${source}: bias and weights: one entry per label`);
    if (file.weights.some((row) => row.length !== n))
      throw new DataValidationError(`${source}: weights: one weight per feature in each label's row`);
    const features = FeatureIndex.sharedOr(index, file.features);
    return new NbLogisticModel(features, featureMajor(file.weights, n), Float64Array.from(file.bias), file.labels);
  }

  /** Each label's probability against the others (they need not sum to 1: one regression per label). */
  probabilities(features: ModelFeatures): Record<string, number> {
    const sums = unitSums(this.weights, this.bias, this.features.known(features));
    const out: Record<string, number> = {};
    for (let k = 0; k < this.labels.length; k++) out[this.labels[k]!] = 1 / (1 + Math.exp(-sums[k]!));
    return out;
  }
}
