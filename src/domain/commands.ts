import type { Locale } from './types';
import { createCueReader } from './manners';

/** Things a user can say at any point of the conversation, in either language. */
export type Command =
  | { kind: 'help' }
  | { kind: 'cancel' }
  | { kind: 'startOver' }
  | { kind: 'language'; locale: Locale }
  | { kind: 'human' }
  | { kind: 'status'; ticketId: string }
  | { kind: 'myTickets' };

const TRAILING = String.raw`[\s.!?。！？、,]*`;
const whole = (body: string) => new RegExp(`^\\s*(?:please\\s+|お願い\\s*)?(?:${body})${TRAILING}$`, 'iu');

const PATTERNS: Array<[RegExp, (m: RegExpMatchArray) => Command]> = [
  [
    whole(String.raw`help|\?|？|ヘルプ|使い方|へるぷ|help me|what can you do|何ができますか|どうすればいい`),
    () => ({ kind: 'help' }),
  ],
  [
    whole(String.raw`cancel|stop|quit|exit|never ?mind|キャンセル|中止|やめる|やめます|終了`),
    () => ({ kind: 'cancel' }),
  ],
  [
    whole(String.raw`start over|restart|reset|begin again|最初から|はじめから|やり直し|やりなおし|リセット`),
    () => ({ kind: 'startOver' }),
  ],
  [
    whole(String.raw`english|in english|switch to english|英語|英語で|英語でお願いします`),
    () => ({ kind: 'language', locale: 'en' }),
  ],
  [
    whole(String.raw`日本語|日本語で|日本語でお願いします|japanese|in japanese|switch to japanese|nihongo`),
    () => ({ kind: 'language', locale: 'ja' }),
  ],
  [
    whole(String.raw`my tickets|list (?:my )?tickets|チケット一覧|私のチケット|自分のチケット`),
    () => ({ kind: 'myTickets' }),
  ],
];

const cues = createCueReader();

const STATUS = /^\s*(?:status|ticket|チケット|ステータス|状況)\s*[:：]?\s*(TRG-[0-9A-Z-]+)\s*$/iu;

export function detectCommand(text: string): Command | null {
  const normalized = text.normalize('NFKC');
  const status = normalized.match(STATUS);
  if (status) return { kind: 'status', ticketId: status[1].toUpperCase() };
  for (const [pattern, build] of PATTERNS) {
    const m = normalized.match(pattern);
    if (m) return build(m);
  }
  // "can I talk to a human?", 「担当者に代わってください」: many phrasings, kept with the other manners in data/
  return cues.asksForPerson(normalized) ? { kind: 'human' } : null;
}
