import type { Activity } from 'botbuilder';
import type { Dialog } from 'botbuilder-dialogs';
import { DialogTurnStatus } from 'botbuilder-dialogs';
import type { Locale } from '../../src/domain/types';
import type { UserProfile } from '../../src/state/profile';
import { commandHandler } from '../../dialogs/globalCommands';
import { StandInParent } from './standInSteps';
import { createDialogClient, dialogServices, sendAndCollect } from './dialogHarness';

/** A reply the bot must send: its text exactly (a catalog message), or a check named for the failure message. */
export type Reply = string | ReplyCheck;

export interface ReplyCheck {
  says: string;
  matches(activity: Partial<Activity>): boolean;
}

/** One turn: what the user says, and every reply the bot sends to it, in order ([] when it says nothing). */
export type Turn = [userSays: string, botSays: Reply | Reply[]];

/** The dialog has not ended: it is waiting for the next message. */
export const WAITING = Symbol('waiting');

/** One behaviour of one dialog, as data (in the manner of 13.core-bot's testData/). */
export interface DialogCase<Options = unknown> {
  name: string;
  locale: Locale;
  /** What the dialog is begun with (its parent's options). */
  options?: Options;
  /** What the bot remembers from an earlier conversation. */
  profile?: UserProfile;
  /** Begun inside a stand-in parent, as MainDialog begins it, for interruptions the parent handles (a language switch). */
  inParent?: boolean;
  turns: Turn[];
  /**
   * The dialog's result after the last turn (`dialogTurnResult.result`): compared whole, or by the fields given
   * for an object, or by pattern for a string; WAITING when the dialog is still asking.
   */
  result: unknown;
}

/** Every text a card shows: its text blocks and its buttons' titles. */
function cardTexts(activity: Partial<Activity>): string[] {
  const texts: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        if ((key === 'text' || key === 'title') && typeof value === 'string') texts.push(value);
        else walk(value);
      }
    }
  };
  for (const attachment of activity.attachments ?? []) walk(attachment.content);
  return texts;
}

/** A card (a question with buttons, an answer card) that shows this text, whole, in one of its parts. */
export function card(...shows: string[]): ReplyCheck {
  return {
    says: `a card showing ${shows.map((s) => JSON.stringify(s)).join(' and ')}`,
    matches: (activity) => shows.every((text) => cardTexts(activity).includes(text)),
  };
}

/** A card that shows this fragment somewhere (a ticket card: a label, a value). */
export function cardContaining(fragment: string): ReplyCheck {
  return {
    says: `a card containing ${JSON.stringify(fragment)}`,
    matches: (activity) => cardTexts(activity).some((text) => text.includes(fragment)),
  };
}

/**
 * A catalog message whose later placeholders depend on what the dialog worked out (a severity's reasons): the
 * message up to its first placeholder left unfilled by the table.
 */
export function opening(message: string): ReplyCheck {
  const start = message.split(/\{\w+\}/)[0]!;
  return { says: `text starting ${JSON.stringify(start)}`, matches: (activity) => !!activity.text?.startsWith(start) };
}

/** A text with this pattern (a ticket id). */
export function textMatching(pattern: RegExp): ReplyCheck {
  return { says: `text matching ${String(pattern)}`, matches: (activity) => pattern.test(activity.text ?? '') };
}

function describeReply(activity: Partial<Activity>): string {
  const texts = cardTexts(activity);
  return texts.length > 0 ? `${activity.text ?? ''}[card: ${texts.join(' | ')}]` : (activity.text ?? '');
}

/**
 * Each reply is shown as what the table expected when it matches, and as what the bot said when it does not, so a
 * failure's diff shows the bot's words beside the expected ones.
 */
function compare(expected: Reply[], replies: Partial<Activity>[]): { said: string[]; wanted: string[] } {
  const wanted = expected.map((reply) => (typeof reply === 'string' ? reply : reply.says));
  const said = replies.map((activity, index) => {
    const reply = expected[index];
    if (reply === undefined) return describeReply(activity);
    const ok = typeof reply === 'string' ? activity.text === reply : reply.matches(activity);
    return ok ? wanted[index]! : describeReply(activity);
  });
  return { said, wanted };
}

function expectResult(actual: unknown, expected: unknown): void {
  if (expected instanceof RegExp) expect(actual).toMatch(expected);
  else if (expected && typeof expected === 'object') expect(actual).toMatchObject(expected);
  else expect(actual).toEqual(expected);
}

/** Plays a case against a freshly built dialog and checks every turn's replies, then the dialog's result. */
export async function playDialogCase<Options>(
  build: (parts: ReturnType<typeof dialogServices>) => Dialog | Promise<Dialog>,
  dialogCase: DialogCase<Options>,
) {
  const parts = dialogServices();
  const dialog = await build(parts);
  const root = dialogCase.inParent ? new StandInParent(dialog, commandHandler(parts.services)) : dialog;
  const client = createDialogClient(root, parts, dialogCase);
  for (const [index, [userSays, botSays]] of dialogCase.turns.entries()) {
    const replies = await sendAndCollect(client, userSays);
    const { said, wanted } = compare(Array.isArray(botSays) ? botSays : [botSays], replies);
    expect({ turn: index + 1, user: userSays, bot: said }).toEqual({ turn: index + 1, user: userSays, bot: wanted });
  }
  const { status, result } = client.dialogTurnResult;
  if (dialogCase.result === WAITING) {
    expect(status).toBe(DialogTurnStatus.waiting);
  } else {
    expect(status).toBe(DialogTurnStatus.complete);
    expectResult(result, dialogCase.result);
  }
  return { client, ...parts };
}
