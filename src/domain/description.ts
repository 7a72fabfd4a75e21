import { createSmallTalkReader } from './manners';

const smallTalk = createSmallTalkReader();

/** The problem a message describes, without the greetings and thanks around it (「お世話になっております。」…). */
export function problemText(text: string): string {
  return smallTalk.read(text) ? '' : smallTalk.stripPoliteness(text);
}

/** Whether a message says enough about a problem to triage it (a first message that does is not asked again). */
export function isUsableDescription(text: string): boolean {
  const trimmed = problemText(text).normalize('NFKC').trim();
  const meaningful = trimmed.replace(/[\s\p{P}\p{S}]/gu, '');
  // Japanese packs a problem into few characters (全社メール不通); English needs a couple of words.
  const hasJapanese = /[\u3040-\u30ff\u3400-\u9fff]/.test(meaningful);
  return hasJapanese ? meaningful.length >= 4 : trimmed.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length >= 2;
}
