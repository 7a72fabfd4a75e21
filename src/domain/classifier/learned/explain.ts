import type { Severity } from '../../types';
import { originalSpan, type NormalizedText } from '../normalize';
import type { Reason, ReasonCode } from '../types';
import type { LearnedModel } from './model';
import type { ModelInput } from './inputs';

/** Words too common to explain anything ("the", 「です」); a quote made only of them is never shown. */
const FUNCTION_WORDS = new Set(
  (
    'the a an is are was were be been to of in on at for and or but it its this that these those i we you he she they my our your ' +
    'me us with from by as has have had do does did not no so if then than there here what when which who how can could will would ' +
    'should just all any some get got also very too up out about into over after before again still'
  )
    .split(' ')
    .concat(
      'は が を に で と も の へ や から まで より て た だ です ます ない し する いる ある こと もの ん よ ね か な'.split(
        ' ',
      ),
    ),
);

/**
 * Japanese words are runs of one script, so a run of hiragana alone is grammar (「まし」 out of ました, 「ませ」, 「たい」),
 * and a run of digits alone ("000" out of 1,000) says nothing without the word beside it.
 */
const GRAMMAR_OR_DIGITS = /^(?:[\p{Script=Hiragana}ー]+|[\d.,:]+)$/u;

/** A word that means something on its own: worth quoting. */
function isContentWord(word: string): boolean {
  return word.length > 1 && !FUNCTION_WORDS.has(word) && !GRAMMAR_OR_DIGITS.test(word);
}

/**
 * A content word, or a pair of words with one and no function word ("ファイル を" says no more than ファイル; "30 users"
 * says more than either).
 */
function informative(name: string): boolean {
  const words = name.slice(2).split('_');
  return words.every((w) => !FUNCTION_WORDS.has(w)) && words.some(isContentWord);
}

/** The most telling of the user's words for `label`: text features the model weighs towards it, quoted as typed. */
export function tellingWords(
  model: LearnedModel,
  input: ModelInput,
  label: string,
  norm: NormalizedText,
  most = 2,
): string[] {
  const weights = model.contributions(input.features, label);
  const rank = (name: string) => (name.startsWith('b:') ? 0 : name.startsWith('w:') ? 1 : 2);
  const candidates = input.text
    // characters and negated words weigh in the model but make poor quotes (「名が」, "everyone" out of "not
    // everyone"): only words and word pairs are quoted
    .filter(
      (f) => (weights[f.name] ?? 0) > 0 && (f.name.startsWith('w:') || f.name.startsWith('b:')) && informative(f.name),
    )
    .sort((a, b) => weights[b.name]! - weights[a.name]! || rank(a.name) - rank(b.name));
  const quotes: string[] = [];
  for (const f of candidates) {
    const words = originalSpan(norm, f.from, f.to);
    if (words.length < 2 || quotes.some((q) => q.includes(words) || words.includes(q))) continue;
    quotes.push(words);
    if (quotes.length === most) break;
  }
  return quotes;
}

/** Which of the rules' reasons can stand behind each severity (seed 001's definitions). */
const SUPPORTS: Readonly<Record<Severity, ReadonlySet<ReasonCode>>> = {
  A: new Set([
    'service-down',
    'many-affected',
    'some-affected',
    'business-impact',
    'security-incident',
    'data-loss',
    'incident-beside-question',
    'no-workaround',
    'urgency-ignored',
  ]),
  B: new Set([
    'service-down',
    'many-affected',
    'some-affected',
    'one-affected',
    'partial-impairment',
    'delay',
    'workaround',
    'no-workaround',
    'business-impact',
    'urgency-ignored',
  ]),
  C: new Set([
    'one-affected',
    'some-affected',
    'minor-impact',
    'workaround',
    'how-to',
    'cosmetic',
    'feature-request',
    'partial-impairment',
    'delay',
    'urgency-ignored',
  ]),
};

/** The rules' reasons that can stand behind `severity`, in their order. */
export function reasonsSupporting(severity: Severity, ruleReasons: readonly Reason[]): Reason[] {
  return ruleReasons.filter((r) => SUPPORTS[severity].has(r.code));
}

/** The rules' reasons that agree with the chosen severity, plus the words that made the model choose it. */
export function severityReasons(
  severity: Severity,
  ruleReasons: Reason[],
  quotes: () => string[],
  rulesAgree: boolean,
): Reason[] {
  const kept = reasonsSupporting(severity, ruleReasons);
  const substantive = kept.filter((r) => r.code !== 'urgency-ignored');
  if (rulesAgree && substantive.length > 0) return kept;
  return [...kept, ...quotes().map((evidence) => ({ code: 'similar-reports' as const, evidence }))];
}
