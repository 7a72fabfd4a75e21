import { z } from 'zod';
import { DataValidationError, parseWithSchema } from '../../data/validate';
import { FeatureIndex, type ModelFeatures } from './featureIndex';

const hiddenLayerSchema = z.object({
  $comment: z.string().optional(),
  trainedOn: z.string(),
  labels: z.array(z.string()).min(2),
  features: z.array(z.string()).min(1),
  /** Hidden units per feature, in `inputWeights` one feature after another. */
  hidden: z.number().int().min(1),
  /**
   * The input weights as signed bytes (base64), one per feature and hidden unit, feature-major: weight = byte × the
   * unit's `inputScale`. Eight bits keep the file near a megabyte where decimals took eight; the probabilities they
   * give differ from the unrounded network's by under a hundredth (test/domain/learnedModel.test.ts).
   */
  inputWeights: z.string(),
  inputScale: z.array(z.number()),
  hiddenBias: z.array(z.number()),
  /** One row per hidden unit, one weight per label. */
  outputWeights: z.array(z.array(z.number())),
  outputBias: z.array(z.number()),
});

export type HiddenLayerFile = z.infer<typeof hiddenLayerSchema>;

/**
 * A third reading of the severity features, beside the two linear ones: a network with one hidden layer of ReLU units
 * and a softmax over the labels, trained by scripts/lib/hiddenLayer.ts. The linear models add up words, so "how do I"
 * pulls towards a how-to however the rest of the text reads; a hidden unit can fire on a combination (a how-to asked
 * while someone is still in the meeting, still sending mail as the user) and weigh it differently. Read forward, round
 * by round, it was right more often than the linear pair (docs/understanding.md, "Rounds eighteen to twenty-one").
 * Unknown features count for nothing; a feature named twice counts once.
 */
export class HiddenLayerModel {
  private constructor(
    /**
     * The features the file lists, by row; `weights` holds `hidden` signed bytes for each row, as the file does, each
     * unit's sum of them times its `inputScale`. Kept as bytes, a text's rows take a quarter of the memory reads
     * that scaled 32-bit weights took, and the classifier's time goes mostly on such reads.
     */
    readonly features: FeatureIndex,
    private readonly weights: Int8Array,
    private readonly inputScale: Float64Array,
    private readonly hiddenBias: Float64Array,
    private readonly outputWeights: readonly Float64Array[],
    private readonly outputBias: Float64Array,
    readonly labels: readonly string[],
  ) {}

  /**
   * `index`: an index the model reads through when it lists exactly the file's features, else whose vocabulary its own
   * index joins (see FeatureIndex).
   */
  static fromFile(value: unknown, source: string, index?: FeatureIndex): HiddenLayerModel {
    const file = parseWithSchema(hiddenLayerSchema, value, source);
    const h = file.hidden;
    const bytes = Buffer.from(file.inputWeights, 'base64');
    if (bytes.length !== file.features.length * h)
      throw new DataValidationError(`${source}: inputWeights: one byte per feature and hidden unit`);
    if (file.inputScale.length !== h || file.hiddenBias.length !== h)
      throw new DataValidationError(`${source}: inputScale and hiddenBias: one entry per hidden unit`);
    if (file.outputWeights.length !== h || file.outputWeights.some((row) => row.length !== file.labels.length))
      throw new DataValidationError(`${source}: outputWeights: one row per hidden unit, one weight per label`);
    if (file.outputBias.length !== file.labels.length)
      throw new DataValidationError(`${source}: outputBias: one entry per label`);
    // one flat array and an offset per feature: a typed-array view per feature cost the classifier some 20 µs a text
    const weights = Int8Array.from(new Int8Array(bytes.buffer, bytes.byteOffset, bytes.length));
    return new HiddenLayerModel(
      FeatureIndex.sharedOr(index, file.features),
      weights,
      Float64Array.from(file.inputScale),
      Float64Array.from(file.hiddenBias),
      file.outputWeights.map((row) => Float64Array.from(row)),
      Float64Array.from(file.outputBias),
      file.labels,
    );
  }

  /** Each label's probability (they sum to 1). */
  probabilities(features: ModelFeatures): Record<string, number> {
    const h = this.hiddenBias.length;
    // whole numbers: exact, whatever the order the rows come in
    const units = new Int32Array(h);
    const rows = this.features.known(features).rows;
    for (let i = 0; i < rows.length; i++) {
      const at = rows[i]! * h;
      for (let k = 0; k < h; k++) units[k]! += this.weights[at + k]!;
    }
    const labels = this.labels.length;
    const logits = Float64Array.from(this.outputBias);
    for (let k = 0; k < h; k++) {
      const unit = units[k]! * this.inputScale[k]! + this.hiddenBias[k]!;
      if (unit > 0) for (let c = 0; c < labels; c++) logits[c]! += unit * this.outputWeights[k]![c]!;
    }
    let top = -Infinity;
    for (let c = 0; c < labels; c++) top = Math.max(top, logits[c]!);
    let total = 0;
    for (let c = 0; c < labels; c++) total += logits[c] = Math.exp(logits[c]! - top);
    const out: Record<string, number> = {};
    for (let c = 0; c < labels; c++) out[this.labels[c]!] = logits[c]! / total;
    return out;
  }
}
