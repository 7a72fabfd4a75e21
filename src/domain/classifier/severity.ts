import type { Need, Scope, Severity } from '../types';
import type { Hit, SeverityFeatures } from './features';
import type { Reason, ReasonCode, SeverityAnswers, SeverityResult } from './types';

/**
 * The severity rules (seed 001, "テクニカル サポート ケースの処理"):
 *  A — a service is inaccessible/unusable for many users, or a security incident / mass data loss in the org,
 *      or an outage with stated serious business impact (unless a workaround exists or only one person is hit).
 *  B — usable but impaired (delays, slowness, intermittent faults, partial breakage, a workaround in place),
 *      some users or one user fully blocked, one feature failing for everyone while the rest of the service
 *      works, or not enough information yet. Wording of a complete failure ("nobody can", 「一切」) keeps an
 *      org-wide outage at A even when the symptom sounds partial ("calls drop after 2 seconds") or slow ("pages
 *      take minutes and time out … nobody can get to their files").
 *  C — how-to questions, feature requests, cosmetic issues, or one user partially affected with a workaround.
 * Shouting and VIP titles are noted ('urgency-ignored') but never change the result; calm wording never lowers it.
 */
export interface Decision {
  severity: Severity;
  /** The facts that decided it, most important first. */
  why: ReasonCode[];
}

/** The reason code naming who is affected, ahead of `code` when the scope is known. */
function withScope(scope: Scope | null, code: ReasonCode): ReasonCode[] {
  const scopeCode: ReasonCode | null =
    scope === 'many' ? 'many-affected' : scope === 'some' ? 'some-affected' : scope === 'one' ? 'one-affected' : null;
  return scopeCode ? [scopeCode, code] : [code];
}

export function decide(f: SeverityFeatures, scope: Scope | null, workaround: boolean | null): Decision {
  // "how would we know if we've been hacked? no signs so far": a question asked before anything went wrong is a how-to,
  // and so is one asked after it is over ("it sorted itself out; what caused it?", 「もう復旧しています。原因は?」)
  if (f.nothingHappened || f.alreadyOver) return { severity: 'C', why: ['how-to'] };
  if (f.security) return { severity: 'A', why: withScope(scope, 'security-incident') };
  if (f.dataLoss && scope !== 'one' && (f.massQuantity || scope === 'many')) {
    return { severity: 'A', why: scope === 'many' ? ['many-affected', 'data-loss'] : ['data-loss'] };
  }
  if (f.featureRequest) return { severity: 'C', why: ['feature-request'] };

  // a single lost item asked about as a question ("can I recover a mailbox deleted last week?") is a how-to
  const problem = f.outage || f.degraded || f.delay || (f.dataLoss && !f.howTo);
  if (!problem && (f.howTo || f.cosmetic || f.minor || f.otherPartsOk)) {
    return { severity: 'C', why: [f.cosmetic && !f.howTo ? 'cosmetic' : f.howTo ? 'how-to' : 'minor-impact'] };
  }
  if (f.cosmetic && scope !== 'many' && !f.businessImpact) return { severity: 'C', why: withScope(scope, 'cosmetic') };

  // "calls connect then drop after 2 seconds … nobody can do calls", "so slow it times out … nobody can get to their
  // files": a partial-sounding or slow symptom that the text says stops everyone completely is an outage
  const totalForMany = f.outage !== null && f.totalOutage !== null && scope === 'many' && workaround !== true;
  const impaired: ReasonCode | null =
    f.delay && !totalForMany
      ? 'delay'
      : f.degraded && !totalForMany
        ? 'partial-impairment'
        : f.minor
          ? 'minor-impact'
          : null;

  if (scope === 'one') {
    if (workaround === true) return { severity: 'C', why: ['one-affected', 'workaround'] };
    if (impaired) return { severity: 'C', why: ['one-affected', impaired] };
    if (f.otherPartsOk) return { severity: 'C', why: ['one-affected', 'partial-impairment'] };
    return {
      severity: 'B',
      why: [
        'one-affected',
        ...(f.outage ? (['service-down'] as const) : []),
        ...(workaround === false ? (['no-workaround'] as const) : []),
      ],
    };
  }
  if (impaired) return { severity: 'B', why: withScope(scope, impaired) };
  if (workaround === true) return { severity: 'B', why: withScope(scope, 'workaround') };

  const down: ReasonCode[] = f.outage ? ['service-down'] : [];
  const impact: ReasonCode[] = f.businessImpact ? ['business-impact'] : [];
  const noAlt: ReasonCode[] = workaround === false ? ['no-workaround'] : [];
  if (scope === 'many') {
    // one feature broken for everyone while the service itself works ("recordings aren't saved; meetings work")
    if (f.outage && f.otherPartsOk && !f.totalOutage && !f.businessImpact && workaround !== false) {
      return { severity: 'B', why: ['many-affected', 'partial-impairment'] };
    }
    return f.outage
      ? { severity: 'A', why: ['many-affected', ...down, ...impact, ...noAlt] }
      : { severity: 'B', why: ['many-affected'] };
  }
  if (scope === 'some') {
    return f.outage && f.businessImpact && workaround === false
      ? { severity: 'A', why: ['some-affected', ...down, ...impact, ...noAlt] }
      : { severity: 'B', why: ['some-affected', ...down] };
  }
  if (f.outage && f.businessImpact) return { severity: 'A', why: [...down, ...impact, ...noAlt] };
  return { severity: 'B', why: [...down, ...noAlt] };
}

const SCOPES: readonly Scope[] = ['one', 'some', 'many'];

/** Needs = the follow-up questions whose answer could still change the severity. */
export function severityNeeds(f: SeverityFeatures, scope: Scope | null, workaround: boolean | null): Need[] {
  const needs: Need[] = [];
  if (scope === null) {
    const seen = new Set<Severity>();
    for (const s of SCOPES) seen.add(decide(f, s, workaround).severity);
    if (seen.size > 1) needs.push('scope');
  }
  if (workaround === null) {
    const scopes: readonly (Scope | null)[] = scope === null ? [null, ...SCOPES] : [scope];
    if (scopes.some((s) => decide(f, s, true).severity !== decide(f, s, false).severity)) needs.push('workaround');
  }
  return needs;
}

/** The user's words behind a cue ('' where the text has none). */
function pick(h: Hit | null): string {
  return h?.evidence ?? '';
}

function evidenceFor(
  code: ReasonCode,
  f: SeverityFeatures,
  fromAnswer: { scope: boolean; workaround: boolean },
): string {
  switch (code) {
    case 'many-affected':
    case 'some-affected':
    case 'one-affected':
      return fromAnswer.scope ? '' : pick(f.scopeHit);
    case 'workaround':
      return fromAnswer.workaround ? '' : pick(f.workaround);
    case 'no-workaround':
      return fromAnswer.workaround ? '' : pick(f.noWorkaround);
    case 'service-down':
      return pick(f.outage);
    case 'business-impact':
      return pick(f.businessImpact);
    case 'security-incident':
      return pick(f.security);
    case 'data-loss':
      return pick(f.dataLoss);
    case 'partial-impairment':
      return pick(f.degraded ?? f.otherPartsOk);
    case 'delay':
      return pick(f.delay);
    case 'minor-impact':
      return pick(f.minor ?? f.otherPartsOk);
    case 'how-to':
      return pick(f.howTo ?? f.nothingHappened ?? f.alreadyOver);
    case 'cosmetic':
      return pick(f.cosmetic);
    case 'feature-request':
      return pick(f.featureRequest);
    case 'urgency-ignored':
      return pick(f.urgency);
    default:
      return '';
  }
}

/** Severity from already-extracted features plus any button answers (answers win over the text). */
export function severityFromFeatures(f: SeverityFeatures, answers: SeverityAnswers = {}): SeverityResult {
  const fromAnswer = { scope: answers.scope !== undefined, workaround: answers.workaround !== undefined };
  const scope = answers.scope ?? f.scope;
  const workaround = answers.workaround ?? (f.noWorkaround ? false : f.workaround ? true : null);
  const d = decide(f, scope, workaround);
  const reasons: Reason[] = d.why.map((code) => ({ code, evidence: evidenceFor(code, f, fromAnswer) }));
  if (f.urgency) reasons.push({ code: 'urgency-ignored', evidence: f.urgency.evidence });
  return { severity: d.severity, reasons, needs: severityNeeds(f, scope, workaround) };
}
