import { normalizeText, originalSpan } from '../classifier/normalize';
import { loadMannersLexicon, phraseSource, type MannersLexicon } from './lexicon';
import { createSmallTalkReader, sharedSmallTalkReader } from './smallTalk';

const SEP = String.raw`[\s\p{P}\p{S}ー〜~]*`;
/** "please", 「お願いします」 and the like around a request, in either language. */
const PLEASE = String.raw`(?:please|pls|plz|now|asap|thanks?|thank you|お願い(?:します|いたします|できますか)?|ください|下さい)`;

export interface CueReader {
  /** "can I talk to a human?", 「オペレーターにつないでください」: the whole message asks for a person. */
  asksForPerson(text: string): boolean;
  /** "I have a new problem", 「別の件です」: the user is done with what came before; the rest of the message, if any. */
  newProblem(text: string): { rest: string } | null;
  /** "actually…", 「やっぱり…」: the message opens with a correction; what follows the cue. */
  correction(text: string): { rest: string } | null;
  /**
   * "also my printer doesn't work", 「あと、別件ですが…」: a second problem; what came before it (an answer to the
   * current question, maybe '') and the second problem's own words.
   */
  secondProblem(text: string): { before: string; problem: string } | null;
}

export function createCueReader(given?: MannersLexicon): CueReader {
  const lexicon = given ?? loadMannersLexicon();
  const smallTalk = given ? createSmallTalkReader(given) : sharedSmallTalkReader();
  const person = new RegExp(
    `^${SEP}(?:${PLEASE}${SEP})?(?:${phraseSource(lexicon.human)})(?:${SEP}${PLEASE})*${SEP}$`,
    'u',
  );
  const newProblem = new RegExp(
    `^${SEP}(?:i (?:have|got|'ve got) |there'?s |i'?d like to report )?(?:${phraseSource(lexicon.newProblem)})(?:${SEP}(?:があります|です|なんですが|ですが|now|please))*(?:[\\s\\p{P}\\p{S}]+|$)`,
    'u',
  );
  const correction = new RegExp(
    `^${SEP}(?:${phraseSource(lexicon.correction)})(?:[\\s\\p{P}\\p{S}]+|(?=[^a-z0-9])|$)`,
    'u',
  );
  const second = new RegExp(`(?:^|[\\s\\p{P}\\p{S}])(?:${phraseSource(lexicon.secondProblem)})[\\s\\p{P}\\p{S}]*`, 'u');

  const rest = (norm: ReturnType<typeof normalizeText>, from: number) => originalSpan(norm, from, norm.text.length);

  return {
    asksForPerson(text) {
      const plain = smallTalk.stripPoliteness(text);
      return person.test(normalizeText(plain).text);
    },
    newProblem(text) {
      const norm = normalizeText(text.trim());
      const m = newProblem.exec(norm.text);
      return m ? { rest: rest(norm, m[0].length) } : null;
    },
    correction(text) {
      const norm = normalizeText(text.trim());
      const m = correction.exec(norm.text);
      return m ? { rest: rest(norm, m[0].length) } : null;
    },
    secondProblem(text) {
      const norm = normalizeText(text.trim());
      const m = second.exec(norm.text);
      if (!m) return null;
      const start = m.index + (/^[\s\p{P}\p{S}]/u.test(m[0]) ? 1 : 0);
      const before = originalSpan(norm, 0, start).replace(/[\s、。,.]+$/u, '');
      const after = rest(norm, m.index + m[0].length);
      // "also my printer doesn't work": the cue's own words are part of the problem when little else is left
      const problem = after.length >= 8 ? after : originalSpan(norm, start, norm.text.length);
      return { before, problem };
    },
  };
}
