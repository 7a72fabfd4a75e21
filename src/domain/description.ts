/** Messages that open a conversation without saying anything about the problem. */
const GREETING = new RegExp(
  String.raw`^(?:hi|hello|hey|hiya|yo|good (?:morning|afternoon|evening)|greetings|howdy|thanks?|thank you|ok|okay|` +
    String.raw`こんにちは|こんばんは|おはよう(?:ございます)?|はじめまして|もしもし|どうも|よろしく(?:お願いします)?|お疲れ様です|ありがとう(?:ございます)?|すみません)` +
    String.raw`(?:\s*(?:there|bot|team))?[\s.!?。！？、,~ー]*$`,
  'iu',
);

/** Whether a message says enough about a problem to triage it (a first message that does is not asked again). */
export function isUsableDescription(text: string): boolean {
  const trimmed = text.normalize('NFKC').trim();
  if (GREETING.test(trimmed)) return false;
  const meaningful = trimmed.replace(/[\s\p{P}\p{S}]/gu, '');
  // Japanese packs a problem into few characters (全社メール不通); English needs a couple of words.
  const hasJapanese = /[\u3040-\u30ff\u3400-\u9fff]/.test(meaningful);
  return hasJapanese ? meaningful.length >= 4 : trimmed.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length >= 2;
}
