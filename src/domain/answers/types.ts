import type { PurchaseChannel, Scope, Severity } from '../types';

/** The questions the bot asks, as the triage CLI names them (interfaces.md). */
export const QUESTION_KINDS = ['yes-no', 'scope', 'confirm', 'severity', 'plan', 'channel'] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

export type YesNo = 'yes' | 'no';
export type Confirmation = 'fits' | 'change';

/** What each question's answer can mean. */
export interface AnswerValues {
  'yes-no': YesNo;
  scope: Scope;
  confirm: Confirmation;
  severity: Severity;
  /** A plan id of data/plans.json, 'unknown' included. */
  plan: string;
  channel: PurchaseChannel;
}

/** Other questions an answer also settles ("E3, through our reseller" answers the channel too). */
export interface AlsoAnswered {
  scope?: Scope;
  workaround?: YesNo;
  severity?: Severity;
  /** "more urgent", 「もっと低い」: a severity one step from the one the bot proposed, in this direction. */
  direction?: 'higher' | 'lower';
  plan?: string;
  channel?: PurchaseChannel;
}

export interface AnswerReading<K extends QuestionKind = QuestionKind> {
  /** null when the answer cannot be understood (the bot asks again). */
  value: AnswerValues[K] | null;
  /** The user said they do not know (for plan and channel this is value 'unknown'). */
  dontKnow: boolean;
  /** The user's own words that decided it ('' when nothing matched). */
  evidence: string;
  also: AlsoAnswered;
}
