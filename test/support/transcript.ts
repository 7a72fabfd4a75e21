import type { Activity } from 'botbuilder';
import { replyText, say, type Harness } from './botHarness';

/** What one bot reply must contain: text (substring), a pattern, or a predicate on the activity. */
export type Expectation = string | RegExp | ((activity: Partial<Activity>) => boolean);

/** One turn of a conversation as data: what the user says and what the bot must answer, in order. */
export interface Turn {
  user: string | Partial<Activity>;
  bot: Expectation[];
}

function matches(expectation: Expectation, activity: Partial<Activity>): boolean {
  const text = replyText(activity);
  if (typeof expectation === 'string') return text.includes(expectation);
  if (expectation instanceof RegExp) return expectation.test(text);
  return expectation(activity);
}

/**
 * Plays a transcript. Each expectation must be met by a reply of that turn, in order: an expectation is looked
 * for from the reply that met the one before it (several may be met by one reply; other replies may sit between). A failure names the turn and shows every reply the bot actually sent.
 */
export async function play(harness: Harness, turns: Turn[]): Promise<Partial<Activity>[][]> {
  const all: Partial<Activity>[][] = [];
  for (const [index, turn] of turns.entries()) {
    const replies = await say(harness, turn.user);
    all.push(replies);
    let cursor = 0;
    for (const expectation of turn.bot) {
      while (cursor < replies.length && !matches(expectation, replies[cursor])) cursor++;
      if (cursor === replies.length) {
        const said = replies.map((r) => `  > ${replyText(r).slice(0, 400)}`).join('\n') || '  (no reply)';
        const user = typeof turn.user === 'string' ? turn.user : JSON.stringify(turn.user);
        throw new Error(
          `turn ${index + 1} (user: "${user}"): no reply matched ${String(expectation)}\nthe bot said:\n${said}`,
        );
      }
    }
  }
  return all;
}
