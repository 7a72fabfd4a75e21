import type { AnswerRecognizer } from './answers';
import { sharedSmallTalkReader } from './manners';

const smallTalk = sharedSmallTalkReader();
/** Kana or kanji: Japanese, which packs a message into fewer characters. */
const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff]/u;

/** The problem a message describes, without the greetings and thanks around it (「お世話になっております。」…). */
export function problemText(text: string): string {
  return smallTalk.read(text) ? '' : smallTalk.stripPoliteness(text);
}

/** Whether a message says enough about a problem to triage it (a first message that does is not asked again). */
export function isUsableDescription(text: string): boolean {
  const trimmed = problemText(text).normalize('NFKC').trim();
  const meaningful = trimmed.replace(/[\s\p{P}\p{S}]/gu, '');
  // Japanese packs a problem into few characters (全社メール不通); English needs a couple of words.
  const hasJapanese = JAPANESE.test(meaningful);
  return hasJapanese ? meaningful.length >= 4 : trimmed.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length >= 2;
}

/** What is left of "I'm in Germany" or 「私は韓国にいます」 once the place is taken out: it only says where. */
const WHERE_WORDS = new Set(
  (
    "i i'm im am we we're were are is it it's its in at from based located live living currently now right here " +
    'there the our my office company country hello hi'
  ).split(' '),
);
/**
 * Longer than any way of saying only where one is ("We are currently based in the United Kingdom of Great Britain and
 * Northern Ireland" is 83 characters, 「私は現在、セントビンセント及びグレナディーン諸島に住んでおります」 32): a longer
 * message says more, and needs no search for place names (a scan of a description costs more than the rest of its
 * turn's reading).
 */
const LONGEST_PLACE_MESSAGE = { latin: 100, japanese: 40 };
/** Kanji that say who or where one is, not what is wrong (私, 弊社, 在住, 現在, 今). */
const WHERE_KANJI = /^[私弊社在住現今僕]*$/u;

/**
 * Whether a message only says where the user is ("I am in Germany", 「韓国です」): a place, not a problem. `places`
 * takes the place names out of a text (the country matcher) and says null when there are none.
 */
export function namesOnlyAPlace(text: string, places: { withoutPlaces(text: string): string | null }): boolean {
  const problem = problemText(text);
  const longest = JAPANESE.test(problem) ? LONGEST_PLACE_MESSAGE.japanese : LONGEST_PLACE_MESSAGE.latin;
  if (problem.trim().length > longest) return false;
  const rest = places.withoutPlaces(problem);
  if (rest === null) return false;
  const words = rest.match(/[a-z']+/g) ?? [];
  if (words.some((w) => !WHERE_WORDS.has(w))) return false;
  if (/[\p{Script=Katakana}\d]/u.test(rest)) return false;
  return WHERE_KANJI.test((rest.match(/\p{Script=Han}/gu) ?? []).join(''));
}

/** Longer than any way of saying only how one bought ("we got it through our IT provider last year"). */
const LONGEST_LATER_ANSWER = { words: 8, japanese: 24 };

/** What a message says about the questions the triage asks later: the plan (an id) and the purchase channel. */
export interface LaterAnswersSaid {
  plan?: string;
  channel?: string;
}

/** A reading of a message for the plan and the channel it names, each with the user's words that decided it. */
export interface LaterAnswersReading {
  plan: { value: string; words: string } | null;
  channel: { value: string; words: string } | null;
}

/** The plan and purchase channel a text names, as the answer recogniser reads them ("don't know" is no answer here). */
export function laterAnswersReader(
  answers: Pick<AnswerRecognizer, 'recognize'>,
): (text: string) => LaterAnswersReading {
  return (text) => {
    const plan = answers.recognize('plan', text);
    const channel = answers.recognize('channel', text);
    return {
      plan: plan.value && plan.value !== 'unknown' ? { value: plan.value, words: plan.evidence } : null,
      channel: channel.value && channel.value !== 'unknown' ? { value: channel.value, words: channel.evidence } : null,
    };
  };
}

/**
 * Words that say nothing beside a plan or a purchase channel ("we're on E3", "it's E5, through our reseller"): what is
 * left of such a message once the plan and the channel are taken out.
 */
const LATER_ANSWER_FILLER = new Set(
  (
    "i i'm im we we're were are is it it's its our my the a an on have has got use using used run running plan " +
    'subscription licence license licences licenses tenant company just only currently now through via from with by ' +
    'bought buy purchased purchase got get and ok okay fyi btw microsoft 365 m365 office'
  ).split(' '),
);
/** Japanese words about having a plan (プラン, 契約, 利用…), which say nothing more beside it. */
const LATER_ANSWER_FILLER_JA = /プラン|契約|利用|使用|使|購入|ライセンス|弊社|当社|私たち|うち|現在|今|経由|買|入/gu;

/** Whether what is left of a message, once the plan and channel words are out, is only filler. */
function onlyFiller(rest: string): boolean {
  const words =
    rest
      .normalize('NFKC')
      .toLowerCase()
      .match(/[a-z0-9'+]+/g) ?? [];
  if (words.some((w) => !LATER_ANSWER_FILLER.has(w))) return false;
  const japanese = rest.replace(LATER_ANSWER_FILLER_JA, '').replace(/[a-zA-Z0-9'+]/g, '');
  return /^[\p{Script=Hiragana}ー\s\p{P}\p{S}]*$/u.test(japanese);
}

/**
 * What a message says, where it only says how the organisation bought Microsoft 365 or which plan it has ("we bought
 * it directly", 「代理店経由です」, "we're on E3, through our reseller"): answers to questions the triage asks later, typed
 * early or after a ticket, not a problem to triage; null for any other message. `read` reads the plan and channel a
 * text names (the answer recogniser); `tellsAProblem` whether it names harm or another desk's matter ("the reseller
 * charged us twice" is a billing question). A plan named in a question ("E5 pricing?") is a pre-sales question.
 */
export function laterAnswersOnly(
  text: string,
  read: (text: string) => LaterAnswersReading,
  tellsAProblem: (text: string) => boolean,
): LaterAnswersSaid | null {
  const problem = problemText(text).trim();
  const long = JAPANESE.test(problem)
    ? problem.length > LONGEST_LATER_ANSWER.japanese
    : problem.split(/\s+/).length > LONGEST_LATER_ANSWER.words;
  if (long) return null;
  const { plan, channel } = read(problem);
  const said: LaterAnswersSaid = {
    ...(plan ? { plan: plan.value } : {}),
    ...(channel ? { channel: channel.value } : {}),
  };
  if (!plan) return channel && !tellsAProblem(problem) ? said : null;
  // a plan's name is a pre-sales cue: only a message with nothing else in it, and no question, is the plan alone
  if (/[?？]/u.test(problem)) return null;
  const rest = [plan.words, channel?.words ?? ''].reduce(
    (left, words) => (words ? left.replace(words, ' ') : left),
    problem,
  );
  return onlyFiller(rest) ? said : null;
}
