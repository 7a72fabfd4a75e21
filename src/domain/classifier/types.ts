import type { Category, Need, Scope, Severity } from '../types';

/** Why the classifier decided what it did. Closed set so the bot and the CLI can phrase each one (reasonText.ts). */
export const REASON_CODES = [
  'service-down',
  'many-affected',
  'some-affected',
  'one-affected',
  'business-impact',
  'security-incident',
  'data-loss',
  'incident-beside-question',
  'partial-impairment',
  'delay',
  'minor-impact',
  'workaround',
  'no-workaround',
  'how-to',
  'cosmetic',
  'feature-request',
  'urgency-ignored',
  'similar-reports',
  'route-technical',
  'route-billing',
  'route-presales',
  'route-courseware',
  'route-certification',
  'route-network',
  'route-thirdparty',
  'route-scripting',
  'route-developer',
] as const;
export type ReasonCode = (typeof REASON_CODES)[number];

export interface Reason {
  code: ReasonCode;
  /** The user's own words (a trimmed substring of their text) that triggered it; '' for answers given by buttons. */
  evidence: string;
}

export interface SeverityAnswers {
  scope?: Scope;
  workaround?: boolean;
}

export interface Classification {
  category: Category;
  /** Other categories that fit nearly as well; the bot asks one short question to decide. Empty when clear. */
  alternatives: Category[];
  /** null unless category === 'technical'. */
  severity: Severity | null;
  reasons: Reason[];
  /** What the bot would still ask — only when the answer could change the severity. */
  needs: Need[];
}

export interface SeverityResult {
  severity: Severity;
  reasons: Reason[];
  needs: Need[];
}
