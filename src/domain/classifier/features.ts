import type { Scope } from '../types';
import { LEXICON, type CompiledLexicon } from './lexicon';
import { originalSpan, type NormalizedText } from './normalize';

/** One cue found in the text: where (in the normalised text) and the user's own words. */
export interface Hit {
  readonly from: number;
  readonly to: number;
  readonly evidence: string;
}

/** Everything the severity rules look at, each with the words that triggered it (null = not found). */
export interface SeverityFeatures {
  scope: Scope | null;
  scopeHit: Hit | null;
  outage: Hit | null;
  /** Wording that says the failure is complete ("nobody can", 「一切」), not intermittent. */
  totalOutage: Hit | null;
  degraded: Hit | null;
  delay: Hit | null;
  otherPartsOk: Hit | null;
  minor: Hit | null;
  workaround: Hit | null;
  noWorkaround: Hit | null;
  howTo: Hit | null;
  featureRequest: Hit | null;
  /** The text says nothing has gone wrong yet: a question asked ahead of time ("no signs so far", 今のところ何も起きていません). */
  nothingHappened: Hit | null;
  /**
   * The trouble is over and the question comes after it ("sorted itself out", "nothing got in", 「もう復旧しています」),
   * unless the text says later that it is back or still going on ("down again", 「また落ちました」).
   */
  alreadyOver: Hit | null;
  cosmetic: Hit | null;
  security: Hit | null;
  dataLoss: Hit | null;
  massQuantity: Hit | null;
  businessImpact: Hit | null;
  urgency: Hit | null;
}

/** Head counts at or above this are "many" (an organisation-wide problem); 2..MANY-1 are "some". */
export const MANY_PEOPLE = 50;

const HIRAGANA = /[\u3041-\u309f]/;
/** The longest verb ending a quote is carried on to ("送れなくなっています", not a scrap like "送れな"). */
const MAX_ENDING = 12;

/** Where a Japanese cue stops inside a verb's ending, the quote runs on to the end of that ending. */
function quoteEnd(text: string, to: number): number {
  if (to === 0 || !HIRAGANA.test(text[to - 1]!)) return to;
  let end = to;
  while (end < text.length && end - to < MAX_ENDING && HIRAGANA.test(text[end]!)) end++;
  return end;
}

function hitAt(norm: NormalizedText, from: number, to: number): Hit {
  return { from, to, evidence: originalSpan(norm, from, quoteEnd(norm.text, to)) };
}

function first(re: RegExp, norm: NormalizedText): Hit | null {
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(norm.text)) !== null) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    return hitAt(norm, m.index, m.index + m[0].length);
  }
  return null;
}

function firstOutside(re: RegExp, norm: NormalizedText, avoid: Hit | null): Hit | null {
  if (!avoid) return first(re, norm);
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(norm.text)) !== null) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    const end = m.index + m[0].length;
    if (end <= avoid.from || m.index >= avoid.to) return hitAt(norm, m.index, end);
  }
  return null;
}

function last(re: RegExp, norm: NormalizedText): Hit | null {
  re.lastIndex = 0;
  let found: RegExpExecArray | null = null;
  let m: RegExpExecArray | null;
  while ((m = re.exec(norm.text)) !== null) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    found = m;
  }
  return found ? hitAt(norm, found.index, found.index + found[0].length) : null;
}

interface Count {
  n: number;
  hit: Hit;
}

function headcounts(norm: NormalizedText, lex: CompiledLexicon): Count[] {
  const out: Count[] = [];
  for (const re of lex.headcount) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(norm.text)) !== null) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      const n = Number((m[1] ?? '').replace(/,/g, ''));
      if (Number.isFinite(n) && n >= 2) out.push({ n, hit: hitAt(norm, m.index, m.index + m[0].length) });
    }
  }
  return out;
}

/**
 * How many people the text says are affected.
 * An explicit "only me" / "everyone else is fine" and an organisation-wide cue compete by position (the later
 * statement wins: "at first I thought it was only me … now it's everyone"); then "some" (a department, a few
 * people, a count under MANY_PEOPLE); then a bare group as the subject ("employees cannot …"); then weak
 * single-person hints ("my laptop", "our CEO").
 */
function detectScope(norm: NormalizedText, lex: CompiledLexicon): { scope: Scope | null; hit: Hit | null } {
  const s = lex.severity;
  let many = last(s.scopeMany, norm);
  let some = first(s.scopeSome, norm);
  for (const c of headcounts(norm, lex)) {
    if (c.n >= MANY_PEOPLE) {
      if (!many || c.hit.from > many.from) many = c.hit;
    } else if (!some) some = c.hit;
  }
  const one = last(s.scopeOneStrong, norm);
  if (one && (!many || one.from > many.from)) return { scope: 'one', hit: one };
  if (many) return { scope: 'many', hit: many };
  if (some) return { scope: 'some', hit: some };
  // "employees cannot access …": the group in general, but any explicit count or department above wins
  const weakMany = first(s.scopeManyWeak, norm);
  if (weakMany) return { scope: 'many', hit: weakMany };
  const weakOne = first(s.scopeOneWeak, norm);
  if (weakOne) return { scope: 'one', hit: weakOne };
  return { scope: null, hit: null };
}

/** "It was fixed yesterday … and this morning it's down again": the last word on whether the trouble is over wins. */
function overUnlessBack(norm: NormalizedText, lex: CompiledLexicon): Hit | null {
  const over = first(lex.severity.alreadyOver, norm);
  if (!over) return null;
  const back = last(lex.severity.recurring, norm);
  return back && back.from > over.from ? null : over;
}

export function extractSeverityFeatures(norm: NormalizedText, lex: CompiledLexicon = LEXICON): SeverityFeatures {
  const s = lex.severity;
  const found = detectScope(norm, lex);
  const outage = first(s.outage, norm);
  // each group is matched once: the test for a partial or minor problem and the features read the same hits
  const degraded = first(s.degraded, norm);
  const delay = first(s.delay, norm);
  const minor = first(s.minor, norm);
  const cosmetic = first(s.cosmetic, norm);
  const howTo = first(s.howTo, norm);
  const featureRequest = first(s.featureRequest, norm);
  // "everyone else is fine" is about scope, not about other parts of the service working
  const otherPartsOkBesideScope = firstOutside(s.otherPartsOk, norm, found.hit);
  const partialOrMinor = degraded ?? delay ?? minor ?? cosmetic ?? howTo ?? featureRequest ?? otherPartsOkBesideScope;
  // "we can't send mail", "Teams is down for us", "our staff are locked out": with no count, group or single
  // person named, a writer speaking for the organisation about a plain failure (nothing partial, slow, minor or
  // cosmetic) is reporting an organisation-wide problem; this is the weakest scope cue of all
  const org = found.scope === null && outage && !partialOrMinor ? first(s.scopeOrgWe, norm) : null;
  const { scope, hit } = org ? { scope: 'many' as const, hit: org } : found;
  return {
    scope,
    scopeHit: hit,
    outage,
    totalOutage: first(s.totalOutage, norm),
    degraded,
    delay,
    otherPartsOk: org ? firstOutside(s.otherPartsOk, norm, hit) : otherPartsOkBesideScope,
    minor,
    workaround: first(s.workaround, norm),
    noWorkaround: first(s.noWorkaround, norm),
    howTo,
    featureRequest,
    nothingHappened: first(s.nothingHappened, norm),
    alreadyOver: overUnlessBack(norm, lex),
    cosmetic,
    security: first(s.security, norm),
    dataLoss: first(s.dataLoss, norm),
    massQuantity: first(s.massQuantity, norm),
    businessImpact: first(s.businessImpact, norm),
    urgency: first(s.urgency, norm),
  };
}
