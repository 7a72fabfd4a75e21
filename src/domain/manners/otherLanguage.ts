import { detectAll } from 'tinyld';
import { rememberRecent } from '../rememberRecent';

/** The languages the bot speaks; any other language is answered in English with a note saying so. */
const SPOKEN = new Set(['en', 'ja']);
/** A detection below this share is a guess (short English reads as Italian, romaji as Lithuanian). */
const MIN_ACCURACY = 0.5;
/** Latin-script text needs this many words and letters before a language can be told from it. */
const MIN_WORDS = 4;
const MIN_LETTERS = 18;
/** Chinese and Korean need fewer characters, but kana always means Japanese, whatever the kanji say. */
const MIN_CJK_CHARACTERS = 6;

const ENGLISH_FUNCTION_WORDS =
  /(?<![\p{L}'])(?:the|is|are|and|for|to|of|my|it|this|that|there|with|can|cannot|can't|doesn't|don't|not|our|we|i|you|have|has|was|on|at|every|from|any|all|when|since|but|please)(?![\p{L}'])/gu;
const KANA = /[\u3040-\u30ff\uff66-\uff9f]/u;
const HAN_OR_HANGUL = /[\p{Script=Han}\p{Script=Hangul}]/gu;

/**
 * The language of a message when it is confidently neither Japanese nor English (an ISO 639-1 code), else null.
 * Short or mixed texts ("OK", "E3", product names, romaji) never count.
 */
// a turn asks about its one message from the locale choice and from the dialogs: identify it once
export const otherLanguageOf: (text: string) => string | null = rememberRecent(1, identifyOtherLanguage);

function identifyOtherLanguage(text: string): string | null {
  const trimmed = text.normalize('NFKC').trim();
  if (KANA.test(trimmed)) return null;
  const cjk = trimmed.match(HAN_OR_HANGUL)?.length ?? 0;
  const letters = trimmed.match(/\p{L}/gu)?.length ?? 0;
  const words = trimmed.split(/\s+/).filter((w) => /\p{L}{2,}/u.test(w)).length;
  const longEnough = cjk >= MIN_CJK_CHARACTERS || (cjk === 0 && words >= MIN_WORDS && letters >= MIN_LETTERS);
  if (!longEnough) return null;
  // the identifier reads plain English sentences as Portuguese now and then: English function words settle it
  const english = new Set(trimmed.toLowerCase().match(ENGLISH_FUNCTION_WORDS) ?? []);
  if (english.size >= 2) return null;
  const [best] = detectAll(trimmed);
  if (!best || SPOKEN.has(best.lang) || best.accuracy < MIN_ACCURACY) return null;
  return best.lang;
}
