/**
 * Issue classifier: routes a description to a category and, for technical issues, proposes a severity (A/B/C)
 * with reasons in the user's own words. Pure TypeScript; nothing here imports botbuilder.
 * Cues live in data/classifier-lexicon.json (validated and compiled once at module load).
 */
import type { Locale } from '../types';
import { chooseCategory, scoreCategories } from './category';
import { extractSeverityFeatures } from './features';
import { normalizeText } from './normalize';
import { severityFromFeatures } from './severity';
import type { Classification, Reason, ReasonCode, SeverityAnswers, SeverityResult } from './types';

export type { Classification, Reason, ReasonCode, SeverityAnswers, SeverityResult } from './types';
export { REASON_CODES } from './types';
export { reasonToText, REASON_TEXT } from './reasonText';
export { normalizeText } from './normalize';

/**
 * Classifies a free-text description. `locale` is the conversation language; cues of both languages are
 * always applied (users mix them). `answers` are the user's button answers to earlier follow-up questions.
 */
export function classify(text: string, _locale: Locale, answers?: SeverityAnswers): Classification {
  const norm = normalizeText(text);
  const features = extractSeverityFeatures(norm);
  const choice = chooseCategory(scoreCategories(norm, features));
  if (choice.category !== 'technical') {
    const code = `route-${choice.category}` as ReasonCode;
    const reasons: Reason[] = [{ code, evidence: choice.evidence }];
    return { category: choice.category, alternatives: choice.alternatives, severity: null, reasons, needs: [] };
  }
  const sev = severityFromFeatures(features, answers);
  return {
    category: 'technical',
    // a critical incident is not the moment to ask "or is this about billing?"
    alternatives: sev.severity === 'A' ? [] : choice.alternatives,
    severity: sev.severity,
    reasons: sev.reasons,
    needs: sev.needs,
  };
}

/** Severity alone — for when the user has answered follow-ups or insists the issue is technical. */
export function classifySeverity(text: string, _locale: Locale, answers?: SeverityAnswers): SeverityResult {
  return severityFromFeatures(extractSeverityFeatures(normalizeText(text)), answers);
}
