import { CATEGORIES, type Category } from '../types';
import type { SeverityFeatures } from './features';
import { LEXICON, type CompiledLexicon } from './lexicon';
import { originalSpan, type NormalizedText } from './normalize';

export interface CategoryScore {
  category: Category;
  score: number;
  /** The user's words behind the strongest cue for this category ('' when none). */
  evidence: string;
  /** Weight of the strongest cue found. */
  best: number;
}

/** Each cue counts at most this many distinct matches, so a long text repeating "Teams" does not swamp a single decisive cue. */
const MAX_MATCHES_PER_CUE = 2;
/** A reported malfunction of a Microsoft 365 service is technical support's business (seed 001). */
const PROBLEM_BONUS = 2;
/** Security incidents are technical, whatever third-party name (a fake DocuSign link…) they mention. */
const SECURITY_BONUS = 6;
/** Below this, no category has a real cue and the text goes to technical (the default desk). */
export const MIN_CATEGORY_SCORE = 3;
/** A runner-up this close to the winner (and with a real cue) is offered as an alternative. */
export const ALTERNATIVE_MARGIN = 3;
/** …or a desk with its own decisive cue scoring at least this share of the winner's score (billing + presales). */
export const ALTERNATIVE_RATIO = 0.4;
/** Cue weight that on its own decides a category (see data/classifier-lexicon.json). */
const DECISIVE_WEIGHT = 6;
/** An outage for many users is a service problem first (an unlicensed-product outage after paying is technical). */
const WIDESPREAD_OUTAGE_BONUS = 3;

/** How far around a cue a negation is looked for ("without any PowerShell " before, 「ではなく」 after). */
const NEGATION_REACH = 30;

/** Whether the text says the desk's cue at [from, to) does not apply ("no scripts", "didn't touch any macro"). */
function negated(text: string, from: number, to: number, lex: CompiledLexicon): boolean {
  const { before, after } = lex.categoryNegation;
  return (
    before.test(text.slice(Math.max(0, from - NEGATION_REACH), from)) || after.test(text.slice(to, to + NEGATION_REACH))
  );
}

export function scoreCategories(
  norm: NormalizedText,
  f: SeverityFeatures,
  lex: CompiledLexicon = LEXICON,
): CategoryScore[] {
  const text = norm.text;
  const out: CategoryScore[] = [];
  for (const category of CATEGORIES) {
    let score = 0;
    let bestWeight = 0;
    let evidence = '';
    // the same words matched by a ja and an en cue (e.g. "moc") count once
    const seen: string[] = [];
    // one scan finds most desks without a single cue in the text, and spares scanning for each of their cues
    const anyCue = lex.anyCategoryCue[category];
    const cues = anyCue && !anyCue.test(text) ? [] : lex.category[category];
    for (const cue of cues) {
      cue.re.lastIndex = 0;
      let count = 0;
      let m: RegExpExecArray | null;
      while (count < MAX_MATCHES_PER_CUE && (m = cue.re.exec(text)) !== null) {
        if (m[0].length === 0) {
          cue.re.lastIndex++;
          continue;
        }
        if (seen.includes(m[0])) continue;
        if (category !== 'technical' && negated(text, m.index, m.index + m[0].length, lex)) continue;
        seen.push(m[0]);
        count++;
        if (cue.weight > bestWeight) {
          bestWeight = cue.weight;
          evidence = originalSpan(norm, m.index, m.index + m[0].length);
        }
      }
      score += cue.weight * count;
    }
    if (category === 'technical') {
      if (f.outage || f.degraded || f.delay || f.dataLoss) score += PROBLEM_BONUS;
      if (f.outage && f.scope === 'many') score += WIDESPREAD_OUTAGE_BONUS;
      if (f.security) {
        score += SECURITY_BONUS;
        if (bestWeight < SECURITY_BONUS) evidence = f.security.evidence;
      }
    }
    out.push({ category, score, evidence, best: bestWeight });
  }
  return out;
}

const CAMEL_CASE = /[a-z][A-Z]/;
const WORD_CHARACTER = /[A-Za-z0-9]/;

/**
 * The user's words telling that the product is another maker's, or null: a statement that it is not Microsoft's, or
 * an English product name in camel case that is none of Microsoft's ("the FarmLedger app", "DocuMelt PDF tab").
 */
export function otherMakersProduct(norm: NormalizedText, lex: CompiledLexicon = LEXICON): string | null {
  const { statement, namedProduct, called, notBrands } = lex.otherMaker;
  const said = statement.exec(norm.text);
  if (said) return originalSpan(norm, said.index, said.index + said[0].length);
  const text = norm.original;
  // a camel-case name has a lower-case letter before a capital: most texts have none, and are spared the scan
  if (CAMEL_CASE.test(text))
    for (const m of text.matchAll(namedProduct))
      if (!WORD_CHARACTER.test(text[m.index - 1] ?? ' ') && !notBrands.has(m[1]!.toLowerCase())) return m[0];
  return called.exec(text)?.[0] ?? null;
}

export interface CategoryChoice {
  category: Category;
  alternatives: Category[];
  evidence: string;
  scores: CategoryScore[];
}

/** Whether the rules saw a decisive cue for a desk other than technical (a product name, "proxy", "invoice"…). */
export function hasDecisiveCue(score: CategoryScore): boolean {
  return score.category !== 'technical' && score.best >= DECISIVE_WEIGHT;
}

/** On a tie a desk with a decisive cue (a product name, "proxy", "invoice"…) wins over technical's generic cues. */
function decisive(s: CategoryScore): number {
  return hasDecisiveCue(s) ? 1 : 0;
}

/** A desk other than technical needs one decisive cue, or several supporting ones. */
function eligible(s: CategoryScore): boolean {
  return (
    s.score >= MIN_CATEGORY_SCORE &&
    (s.category === 'technical' || s.best >= DECISIVE_WEIGHT || s.score >= DECISIVE_WEIGHT)
  );
}

export function chooseCategory(scores: CategoryScore[]): CategoryChoice {
  const ranked = [...scores].sort(
    (a, b) =>
      b.score - a.score || decisive(b) - decisive(a) || CATEGORIES.indexOf(a.category) - CATEGORIES.indexOf(b.category),
  );
  const top = ranked[0]!;
  if (!eligible(top)) {
    const tech = scores.find((s) => s.category === 'technical')!;
    return { category: 'technical', alternatives: [], evidence: tech.evidence, scores };
  }
  const alternatives = ranked
    .slice(1)
    .filter(
      (s) =>
        eligible(s) &&
        (s.score >= top.score - ALTERNATIVE_MARGIN ||
          (s.category !== 'technical' && s.best >= DECISIVE_WEIGHT && s.score >= top.score * ALTERNATIVE_RATIO)),
    )
    .map((s) => s.category);
  return { category: top.category, alternatives, evidence: top.evidence, scores };
}
