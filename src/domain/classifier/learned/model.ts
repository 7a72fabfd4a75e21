import { NeuralNetwork, type NeuralNetworkJson } from '@nlpjs/neural';
import { z } from 'zod';
import { parseWithSchema } from '../../data/validate';

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
export type ModelFile = z.output<typeof modelSchema>;

/**
 * A model trained from the blind-written corpus (scripts/train-classifier.ts) with NLP.js's neural network: one
 * linear unit per label over the present features. Scores say how strongly the text reads like each label;
 * `contributions` says which of the user's features pushed towards a label, so the bot can quote them.
 */
export class LearnedModel {
  private constructor(
    private readonly network: NeuralNetwork,
    readonly labels: readonly string[],
  ) {}

  static fromFile(value: unknown, source: string): LearnedModel {
    const file = parseWithSchema(modelSchema, value, source);
    const network = new NeuralNetwork();
    network.fromJSON(file.network as NeuralNetworkJson);
    return new LearnedModel(network, file.network.intents);
  }

  /** Each label's score (0 or more), for the given feature names. */
  scores(features: readonly string[]): Record<string, number> {
    const input = inputOf(features);
    return { ...(this.network.run(input) ?? {}) };
  }

  /** The weight each known feature gives `label` (unknown features are left out). */
  contributions(features: readonly string[], label: string): Record<string, number> {
    const input = inputOf(features);
    const explained = this.network.explain(input, label);
    return 'weights' in explained ? explained.weights : {};
  }
}

/** The rules' findings (r:…) count for more than any one word: they sum up a whole clause of the text. */
export const RULE_FEATURE_VALUE = Number(process.env.RULE_WEIGHT ?? 1);

/** The network's input: each present feature with its value. */
export function inputOf(features: readonly string[]): Record<string, number> {
  const input: Record<string, number> = {};
  for (const f of features) input[f] = f.startsWith('r') ? RULE_FEATURE_VALUE : 1;
  return input;
}

/** The label with the highest score, and the runner-up. */
export function ranked(scores: Record<string, number>): { label: string; score: number }[] {
  return Object.entries(scores)
    .map(([label, score]) => ({ label, score }))
    .sort((a, b) => b.score - a.score || a.label.localeCompare(b.label));
}
