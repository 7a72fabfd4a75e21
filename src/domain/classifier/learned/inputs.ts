import type { CategoryScore } from '../category';
import type { SeverityFeatures } from '../features';
import { LEXICON } from '../lexicon';
import { blankSpans, type NormalizedText } from '../normalize';
import { decide } from '../severity';
import type { SeverityAnswers } from '../types';
import type { FeatureIndex, KnownFeatures } from './featureIndex';
import { classifierExtraFeatures, textFeatures, type TextFeature } from './textFeatures';

/** The rules' reading of the text (and of the user's answers): which cues fired and what they decide. */
export function severityRuleInputs(f: SeverityFeatures, answers: SeverityAnswers = {}): string[] {
  const scope = answers.scope ?? f.scope;
  const workaround = answers.workaround ?? (f.noWorkaround ? false : f.workaround ? true : null);
  // every cue the rules found (the scope is given below, with the answers)
  const out: string[] = Object.entries(f)
    .filter(([cue, hit]) => hit !== null && typeof hit === 'object' && cue !== 'scopeHit')
    .map(([cue]) => `r:${cue}`);
  if (answers.workaround === true) out.push('r:workaround');
  if (answers.workaround === false) out.push('r:noWorkaround');
  out.push(`r:scope-${scope ?? 'unknown'}`);
  out.push(`rd:${decide(f, scope, workaround).severity}`);
  return out;
}

/** The category rules' reading: which desks have a real cue, and which one leads. */
export function categoryRuleInputs(scores: readonly CategoryScore[]): string[] {
  const out: string[] = [];
  let top: CategoryScore | null = null;
  for (const s of scores) {
    if (s.score >= 3) out.push(`rs:${s.category}`);
    if (s.best >= 6) out.push(`rb:${s.category}`);
    if (!top || s.score > top.score) top = s;
  }
  if (top && top.score >= 3) out.push(`rc:${top.category}`);
  return out;
}

/** What the models read of a text: its features looked up in a model's index, and its words with their spans. */
export interface ModelInput {
  features: KnownFeatures;
  /** The text features with their spans, for quoting. */
  text: TextFeature[];
}

/** Where the text shouts or names a VIP: the words there never reach the models (tone must not decide). */
function urgencySpans(norm: NormalizedText): [number, number][] {
  const re = LEXICON.severity.urgency;
  re.lastIndex = 0;
  const spans: [number, number][] = [];
  let m: RegExpExecArray | null;
  while ((m = re.exec(norm.text)) !== null) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    spans.push([m.index, m.index + m[0].length]);
  }
  return spans;
}

/** The text's features as the models read them: everything but the words of shouting and titles. */
export function modelWords(norm: NormalizedText): TextFeature[] {
  const loud = urgencySpans(norm);
  if (loud.length === 0) return textFeatures(norm).concat(classifierExtraFeatures(norm));
  // blanked before the words are cut, not only dropped after: 「至急お願いします」 cut whole gives お / 願い where the
  // calm 「お願いします」 gives お願い, and the models learnt those pieces as a sign of shouting
  const quiet = { ...norm, text: blankSpans(norm.text, loud) };
  const words = textFeatures(quiet).concat(classifierExtraFeatures(quiet));
  return words.filter((f) => !loud.some(([from, to]) => f.from < to && from < f.to));
}

/** Every feature name of a text and its rules' findings, each once, as the models read them (for training). */
export function inputNames(text: readonly TextFeature[], rules: readonly string[]): string[] {
  return [...new Set([...text.map((t) => t.name), ...rules])];
}

/** A text's words as a model reads them, with its rules' findings beside them (see FeatureIndex.knownWith). */
export function modelInput(
  index: FeatureIndex,
  text: TextFeature[],
  words: KnownFeatures,
  rules: readonly string[],
): ModelInput {
  return { features: index.knownWith(words, rules), text };
}
