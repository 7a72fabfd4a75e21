import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { defaultDataDir, readDataFile } from '../data/dataFiles';
import { LearnedModel, ranked } from '../classifier/learned/model';
import { textFeatures } from '../classifier/learned/textFeatures';
import type { NormalizedText } from '../classifier/normalize';
import { QUESTION_KINDS, type QuestionKind } from './types';

/**
 * Models learned from blind-written typed answers (scripts/train-answers.ts), one per question. They are asked only
 * when the cue rules find nothing: the rules are precise, the models catch wordings no rule foresaw.
 */
export type AnswerModels = Partial<Record<QuestionKind, LearnedModel>>;

/** The model's pick must hold at least this share of all its scores, or the answer counts as not understood. */
const MIN_SHARE = 0.6;
const MIN_KNOWN_FEATURES = 2;

export function loadAnswerModels(dataDir = defaultDataDir()): AnswerModels {
  const models: AnswerModels = {};
  for (const kind of QUESTION_KINDS) {
    const name = `model/answer-${kind}.json`;
    if (!existsSync(join(dataDir, name))) continue;
    models[kind] = LearnedModel.fromFile(readDataFile(dataDir, name), `data/${name}`);
  }
  return models;
}

export function answerFeatures(norm: NormalizedText): string[] {
  return [...new Set(textFeatures(norm).map((f) => f.name))];
}

/** The value the model reads in the answer, when it is sure enough; null otherwise. */
export function learnedAnswer(model: LearnedModel | undefined, norm: NormalizedText): string | null {
  if (!model) return null;
  const features = answerFeatures(norm);
  const order = ranked(model.scores(features));
  const total = order.reduce((sum, s) => sum + s.score, 0);
  const top = order[0];
  if (!top || total <= 0 || top.score / total < MIN_SHARE) return null;
  // a word the model never saw in training says nothing: without enough known words, its pick is only its bias
  const known = Object.keys(model.contributions(features, top.label)).length;
  return known >= MIN_KNOWN_FEATURES ? top.label : null;
}
