/**
 * Issue classifier: routes a description to a category and, for technical issues, proposes a severity (A/B/C)
 * with reasons in the user's own words. Pure TypeScript; nothing here imports botbuilder.
 * Two halves: explainable rules over a cue lexicon (data/classifier-lexicon.json), from the seed's definitions, and
 * models learned from a blind-written corpus (data/model/*.json) that read the rules' findings beside the words.
 * The models decide; the reasons are the rules' findings that support the decision, and the user's own words
 * that weighed most with the model.
 */
import type { Category, Locale, Need, Severity } from '../types';
import {
  chooseCategory,
  hasDecisiveCue,
  MIN_CATEGORY_SCORE,
  otherMakersProduct,
  scoreCategories,
  type CategoryScore,
} from './category';
import { extractSeverityFeatures, type SeverityFeatures } from './features';
import { reasonsSupporting, severityReasons, tellingWords } from './learned/explain';
import { categoryRuleInputs, modelInput, modelWords, severityRuleInputs, type ModelInput } from './learned/inputs';
import type { KnownFeatures } from './learned/featureIndex';
import type { TextFeature } from './learned/textFeatures';
import { ranked } from './learned/model';
import { shippedModels, type LearnedModels } from './learned/models';
import { normalizeText, type NormalizedText } from './normalize';
import { sentencesOf } from './sentences';
import { severityFromFeatures } from './severity';
import type { Classification, Reason, ReasonCode, SeverityAnswers, SeverityResult } from './types';

export type { Classification, Reason, ReasonCode, SeverityAnswers, SeverityResult } from './types';
export { REASON_CODES } from './types';
export { reasonToText, reasonsToText, REASON_TEXT } from './reasonText';
export { normalizeText } from './normalize';
export { shippedModels } from './learned/models';

/** A runner-up scoring at least this share of the winner is offered as an alternative (the bot then asks). */
const ALTERNATIVE_SHARE = 0.7;
const MAX_ALTERNATIVES = 2;
/**
 * The category model's runner-up scoring at least this share of its winner is a tie, and a decisive rule cue for the
 * runner-up breaks it: the model leans to technical, the desk most of its training texts belong to, even where a
 * text names another desk's product ("the native mail app on Android").
 */
const TIE_SHARE = 0.95;
/**
 * An A or a C stands only when the averaged severity readings (see `readings`; 1 is a sure label) put it at least this
 * far above the other extreme; closer than that, the models cannot tell an outage from a how-to and B is the honest
 * middle. With the two linear readings alone, 5-fold cross-validation inside the train split chose 0.5 (0.45 flipped
 * A↔C more, 0.55 lost 0.5–1 point). With the hidden layer as a third, the rounds read forward (each by the models of
 * the rounds before it, outside the blind split; scripts/train-classifier.ts --forward) chose 0.6 with the veto of
 * `severityOfReadings`: 0.5 without it was right more often but flipped more (docs/understanding.md).
 */
const EXTREME_MARGIN = 0.6;
/**
 * A C stands only when no sentence of the text, read alone, has an averaged A score at least this far above its C
 * score: a how-to question does not cancel an incident told in the sentence before it ("Someone we don't know has
 * joined every class and shares his screen. How do I sort the participant list?"). Chosen by reading the rounds
 * forward outside the blind split (docs/understanding.md).
 */
const SENTENCE_A_MARGIN = 0.3;
const SEVERITIES: readonly Severity[] = ['A', 'B', 'C'];

/**
 * The three severity readings of the same features, each a score per label where 1 is a sure label: the network's
 * scores (before their cut at zero), the NB-weighted logistic model's probabilities, and the hidden-layer network's.
 * The two linear ones err on different texts (their average was right more often than either, and flipped A↔C less);
 * the hidden layer reads combinations of words they cannot, such as a how-to asked while harm is still going on.
 */
function readings(models: LearnedModels, input: ModelInput): Record<Severity, number>[] {
  // the other two read the rows as they are when they share the network's index (models.ts)
  const features = models.severity.features.known(input.features);
  const net = models.severity.uncut(models.severity.sums(features));
  const nb = models.severityNb.probabilities(features);
  const hidden = models.severityHidden.probabilities(features);
  return [net, nb, hidden].map((scores) => {
    const out = {} as Record<Severity, number>;
    for (const s of SEVERITIES) out[s] = scores[s] ?? 0;
    return out;
  });
}

function averaged(scores: readonly Record<Severity, number>[]): Record<Severity, number> {
  const out = {} as Record<Severity, number>;
  for (const s of SEVERITIES) out[s] = scores.reduce((sum, r) => sum + r[s], 0) / scores.length;
  return out;
}

/**
 * The models' severity: the label the averaged readings put first, but an A or a C only when it stands clearly above
 * the other extreme (EXTREME_MARGIN) and no single reading ranks the other extreme above it. Mistaking an outage for a
 * how-to costs most; where the readings pull towards opposite extremes, B is the honest middle, and the follow-up
 * questions and the user's override settle it.
 */
export function severityOfReadings(scores: readonly Record<Severity, number>[]): Severity {
  const score = averaged(scores);
  const learned = SEVERITIES.reduce((best, s) => (score[s] > score[best] ? s : best));
  if (learned === 'B') return 'B';
  const other: Severity = learned === 'A' ? 'C' : 'A';
  if (score[learned] - score[other] < EXTREME_MARGIN) return 'B';
  return scores.some((r) => r[other] > r[learned]) ? 'B' : learned;
}

/** One sentence of a text, as the severity models read it alone. */
interface SentenceReading {
  norm: NormalizedText;
  input: ModelInput;
  scores: Record<Severity, number>[];
}

function readSentence(sentence: string, models: LearnedModels): SentenceReading {
  const norm = normalizeText(sentence);
  const words = lookedUpWords(norm, models);
  const input = modelInput(
    models.severity.features,
    words.text,
    words.known,
    severityRuleInputs(extractSeverityFeatures(norm)),
  );
  return { norm, input, scores: readings(models, input) };
}

/** Whether any sentence of a text of several, read alone by the severity models, reads as an A (SENTENCE_A_MARGIN). */
function aSentenceReadsA(text: string, models: LearnedModels): boolean {
  const sentences = sentencesOf(text);
  if (sentences.length < 2) return false;
  return sentences.some((sentence) => {
    const score = averaged(readSentence(sentence, models).scores);
    return score.A - score.C >= SENTENCE_A_MARGIN;
  });
}

/**
 * The sentence of a how-to question that tells an incident still going on, where the whole text reads B: read alone,
 * it is an A by the same test as a whole text (`severityOfReadings`), and the whole leans to A rather than C.
 * "How do I turn the notifications off? I've tapped Approve to make them stop": read whole, the question's words
 * pull to C and the incident's to A, and B was the middle the models settled on; the seed's table goes by the harm,
 * not by how the question is put. Chosen by reading rounds 15–21 and 33 forward outside the blind split
 * (docs/understanding.md): the half-writers of that kind English 81.1 → 83.4 %, Japanese 80.7 → 82.6 %; all their
 * rounds' texts 88.9 → 89.5 % and 90.4 → 90.9 %.
 */
function incidentBesideQuestion(
  text: string,
  whole: readonly Record<Severity, number>[],
  f: SeverityFeatures,
  models: LearnedModels,
): SentenceReading | undefined {
  // a question asked before anything went wrong, or after it was over, stays the how-to the rules read it as
  if (!f.howTo || f.nothingHappened || f.alreadyOver) return undefined;
  const score = averaged(whole);
  if (score.A <= score.C) return undefined;
  const sentences = sentencesOf(text);
  if (sentences.length < 2 || sentences.length > MAX_STORY_SENTENCES) return undefined;
  for (const sentence of sentences) {
    const reading = readSentence(sentence, models);
    if (severityOfReadings(reading.scores) === 'A') return reading;
  }
  return undefined;
}

/**
 * A how-to of more sentences than this is not lifted: in a long e-mail a sentence read out of its context ("this shared
 * mailbox is where every ward's night reports arrive") reads as an A more often than it tells one. Read forward outside
 * the blind split, texts of two or three sentences were lifted rightly 45 times in 54, longer ones 29 in 50; on the tune
 * split the cap halved the A↔C flips the lift made (docs/understanding.md).
 */
const MAX_STORY_SENTENCES = 3;

/** A sentence this long or shorter is quoted whole as the reason; a longer one by its most telling words. */
const MAX_SENTENCE_QUOTE = 60;

/** The reasons for an A lifted by `incidentBesideQuestion`: its sentence, then the rules' reasons that support an A. */
function incidentReasons(incident: SentenceReading, rules: SeverityResult, models: LearnedModels): Reason[] {
  // quoted without its full stop, as the other reasons' words are
  const sentence = incident.norm.original.trim().replace(/[。.!?！？]+$/u, '');
  const quotes =
    sentence.length <= MAX_SENTENCE_QUOTE
      ? [sentence]
      : tellingWords(models.severity, incident.input, 'A', incident.norm);
  return [
    ...quotes.map((evidence) => ({ code: 'incident-beside-question' as const, evidence })),
    ...reasonsSupporting('A', rules.reasons),
  ];
}

/** The severity models' readings of the whole text, before any answer, and the input they read. */
interface WholeReading {
  input: ModelInput;
  scores: Record<Severity, number>[];
}

/**
 * The whole text's severity readings, computed on first use: the category step asks for them when a service is down
 * for many, and the severity step reads the same ones (answers to the bot's questions bypass the models).
 */
function wholeReadingOnce(words: () => LookedUpWords, f: SeverityFeatures, models: LearnedModels): () => WholeReading {
  let reading: WholeReading | undefined;
  return () => {
    if (reading) return reading;
    const { text, known } = words();
    const input = modelInput(models.severity.features, text, known, severityRuleInputs(f));
    return (reading = { input, scores: readings(models, input) });
  };
}

/** A text's word features, and the same looked up once in the models' vocabulary for all four models. */
interface LookedUpWords {
  text: TextFeature[];
  known: KnownFeatures;
}

function lookedUpWords(norm: NormalizedText, models: LearnedModels): LookedUpWords {
  const text = modelWords(norm);
  return { text, known: models.severity.features.known(text.map((feature) => feature.name)) };
}

/** The text's word features, computed on first use and shared by the category and severity models. */
function wordsOnce(norm: NormalizedText, models: LearnedModels): () => LookedUpWords {
  let words: LookedUpWords | undefined;
  return () => (words ??= lookedUpWords(norm, models));
}

function severityOf(
  norm: NormalizedText,
  wholeReading: () => WholeReading,
  f: SeverityFeatures,
  answers: SeverityAnswers | undefined,
  models: LearnedModels,
): SeverityResult {
  const rules = severityFromFeatures(f, answers);
  // what the user answered to the bot's questions decides by the seed's table: the models never saw answers
  if (answers && (answers.scope !== undefined || answers.workaround !== undefined)) return rules;
  // the rules are already among the models' inputs; cross-validation found that letting them veto as well only cost
  // right answers
  const { input, scores: whole } = wholeReading();
  const read = severityOfReadings(whole);
  if (read === 'B') {
    const incident = incidentBesideQuestion(norm.original, whole, f, models);
    if (incident) return { severity: 'A', reasons: incidentReasons(incident, rules, models), needs: rules.needs };
  }
  const severity: Severity = read === 'C' && aSentenceReadsA(norm.original, models) ? 'B' : read;
  return {
    severity,
    reasons: severityReasons(
      severity,
      rules.reasons,
      () => tellingWords(models.severity, input, severity, norm),
      severity === rules.severity,
    ),
    needs: rules.needs,
  };
}

function categoryOf(
  norm: NormalizedText,
  words: () => LookedUpWords,
  wholeReading: () => WholeReading,
  scores: CategoryScore[],
  f: SeverityFeatures,
  models: LearnedModels,
) {
  const rules = chooseCategory(scores);
  // a security incident is technical support's whatever else the text mentions (the third-party name a phishing mail
  // borrowed); so is a service down for everyone that the severity models read as an A, unless the text names another
  // desk's decisive cue: "all our desk phones from another maker fail to sign in", "the proxy drops every Teams call"
  // are that desk's outage, and the category model, which reads the outage's words beside the cue, routes them. An
  // outage the models do not read as an A ("no internet on the 2nd floor, so no Outlook") is the category model's too
  const outageForMany =
    f.outage && f.scope === 'many' && severityOfReadings(wholeReading().scores) === 'A' ? f.outage : null;
  // looked for only where it can change the answer
  let otherMakerWords: string | null | undefined;
  const otherMaker = () =>
    otherMakerWords === undefined ? (otherMakerWords = otherMakersProduct(norm)) : otherMakerWords;
  const incident =
    f.security ?? (outageForMany && !scores.some(hasDecisiveCue) && !otherMaker() ? outageForMany : null);
  if (incident) return { category: 'technical' as Category, alternatives: [], evidence: incident.evidence };
  // such an outage sent to another desk is asked about once, technical support first among the alternatives: a
  // Microsoft 365 outage that only mentions the proxy or a vendor's phones must not wait at the wrong desk
  const alternativesTo = (category: Category, others: readonly Category[]): Category[] => {
    const askTechnical: Category[] = outageForMany && category !== 'technical' ? ['technical'] : [];
    return [...new Set([...askTechnical, ...others])].slice(0, MAX_ALTERNATIVES);
  };
  const { text, known } = words();
  const input = modelInput(models.category.features, text, known, categoryRuleInputs(scores));
  const order = ranked(models.category.scores(input.features));
  const top = order[0];
  if (!top || top.score <= 0)
    return {
      category: rules.category,
      alternatives: alternativesTo(rules.category, rules.alternatives),
      evidence: rules.evidence,
    };
  const runnerUp = order[1];
  const rulesBreakTie =
    runnerUp !== undefined &&
    runnerUp.label === rules.category &&
    runnerUp.score >= top.score * TIE_SHARE &&
    scores.some((s) => s.category === rules.category && hasDecisiveCue(s));
  const read = (rulesBreakTie ? runnerUp.label : top.label) as Category;
  // the model reads an unknown product failing inside Outlook or Teams as Microsoft's own; where the user says it is
  // another maker's, or names it ("the FarmLedger app"), the third-party desk takes it, and technical support stays the
  // one question asked
  const category: Category = read === 'technical' && otherMaker() ? 'thirdparty' : read;
  const close = order
    .filter((s) => s.label !== category && s.score > 0 && s.score >= top.score * ALTERNATIVE_SHARE)
    .map((s) => s.label as Category);
  // where the rules saw a decisive cue for another desk, that desk is worth one question too
  const ruleAlternative =
    rules.category !== category ? (rules.category !== 'technical' ? [rules.category] : []) : rules.alternatives;
  const alternatives = alternativesTo(category, [...(read !== category ? [read] : []), ...close, ...ruleAlternative]);
  const evidence =
    read !== category
      ? otherMaker()!
      : rules.category === category && rules.evidence
        ? rules.evidence
        : (tellingWords(models.category, input, category, norm, 1)[0] ?? '');
  return { category, alternatives, evidence };
}

/**
 * Classifies a free-text description. `locale` is the conversation language; cues of both languages are
 * always applied (users mix them). `answers` are the user's answers to earlier follow-up questions.
 */
export function classify(
  text: string,
  _locale: Locale,
  answers?: SeverityAnswers,
  models: LearnedModels = shippedModels(),
): Classification {
  const norm = normalizeText(text);
  const features = extractSeverityFeatures(norm);
  const words = wordsOnce(norm, models);
  const wholeReading = wholeReadingOnce(words, features, models);
  const choice = categoryOf(norm, words, wholeReading, scoreCategories(norm, features), features, models);
  if (choice.category !== 'technical') {
    const code = `route-${choice.category}` as ReasonCode;
    const reasons: Reason[] = [{ code, evidence: choice.evidence }];
    return { category: choice.category, alternatives: choice.alternatives, severity: null, reasons, needs: [] };
  }
  const sev = severityOf(norm, wholeReading, features, answers, models);
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
export function classifySeverity(
  text: string,
  _locale: Locale,
  answers?: SeverityAnswers,
  models: LearnedModels = shippedModels(),
): SeverityResult {
  const norm = normalizeText(text);
  const features = extractSeverityFeatures(norm);
  return severityOf(norm, wholeReadingOnce(wordsOnce(norm, models), features, models), features, answers, models);
}

/** The words of a text that tell harm: an outage, an impairment, a delay, a loss, a security incident. */
function harmTold(f: SeverityFeatures) {
  return f.outage ?? f.totalOutage ?? f.degraded ?? f.delay ?? f.dataLoss ?? f.security;
}

/**
 * The severity a text tells by the harm it describes, or null where it describes none: an answer to "which severity
 * fits?" told as what is happening ("nothing works, the whole company is blocked", 「使えるけどめちゃくちゃ遅い」) rather than
 * as a letter. Read as a description is read; a text without a word of outage, impairment, delay, loss, harm or a minor
 * matter ("hmm", "not sure") tells none.
 */
export function severityTold(text: string, models: LearnedModels = shippedModels()): Severity | null {
  const norm = normalizeText(text);
  const f = extractSeverityFeatures(norm);
  if (!(harmTold(f) ?? f.minor ?? f.cosmetic)) return null;
  return severityOf(norm, wholeReadingOnce(wordsOnce(norm, models), f, models), f, undefined, models).severity;
}

/** Whether a text names any harm or any desk's matter: a rule cue of a desk, or an outage, impairment, question… */
export function tellsAProblem(text: string): boolean {
  const norm = normalizeText(text);
  const f = extractSeverityFeatures(norm);
  const asked = harmTold(f) ?? f.howTo ?? f.featureRequest;
  return asked !== null || scoreCategories(norm, f).some((s) => s.score >= MIN_CATEGORY_SCORE);
}

/** What the bot would still ask (the follow-up questions whose answer could change the severity): the rules alone. */
export function severityNeeds(text: string, _locale: Locale, answers?: SeverityAnswers): Need[] {
  return severityFromFeatures(extractSeverityFeatures(normalizeText(text)), answers).needs;
}
