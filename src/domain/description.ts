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
const LONGEST_CHANNEL_MESSAGE = { words: 8, japanese: 24 };

/**
 * Whether a message only says how the organisation bought Microsoft 365 ("we bought it directly", 「代理店経由です」): an
 * answer to a question the bot asks later, typed too early or after a ticket, not a problem to triage. `channelOf` reads
 * the purchase channel a text names (the answer recogniser); `tellsAProblem` whether it names harm or another desk's
 * matter ("the reseller charged us twice" is a billing question).
 */
export function namesOnlyAPurchaseChannel(
  text: string,
  channelOf: (text: string) => string | null,
  tellsAProblem: (text: string) => boolean,
): boolean {
  const problem = problemText(text).trim();
  const long = JAPANESE.test(problem)
    ? problem.length > LONGEST_CHANNEL_MESSAGE.japanese
    : problem.split(/\s+/).length > LONGEST_CHANNEL_MESSAGE.words;
  if (long) return false;
  const channel = channelOf(problem);
  return channel !== null && channel !== 'unknown' && !tellsAProblem(problem);
}
