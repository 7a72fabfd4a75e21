import type { DialogContext } from 'botbuilder-dialogs';
import { detectCommand } from '../src/domain/commands';
import { createSmallTalkReader, otherLanguageOf } from '../src/domain/manners';
import { submittedChoice } from '../src/bot/cards';
import type { TriageServices } from '../src/bot/services';
import { turnTranslator } from '../src/bot/turnLocale';
import { handleIdleCommand } from './globalCommands';
import type { HandoffBeginOptions } from './InterruptibleDialog';
import { otherLanguageReply, smallTalkReply } from './manners';

const smallTalk = createSmallTalkReader();

/**
 * A message when no triage is under way: commands, a person asked for, small talk, another language and a button
 * of a finished triage are answered here; anything else is a problem to triage (returns false).
 */
export async function handleIdleMessage(
  dc: DialogContext,
  text: string,
  services: TriageServices,
  mainDialogId: string,
): Promise<boolean> {
  const { context } = dc;
  // every question's buttons post their choice; with no question open, the click belongs to a finished triage
  if (submittedChoice(context.activity.value) !== undefined) {
    await context.sendActivity(turnTranslator(context)('staleClick'));
    return true;
  }
  const command = detectCommand(text);
  if (command) {
    const handoff = await handleIdleCommand(context, command, services);
    if (handoff) await dc.beginDialog(mainDialogId, { handoff } satisfies HandoffBeginOptions);
    return true;
  }
  if (otherLanguageOf(text)) {
    await otherLanguageReply(context);
    return true;
  }
  // "hello" is answered by the triage's first question (what is the problem?), which begins no ticket by itself
  const kind = smallTalk.read(text);
  if (kind && kind !== 'greeting') {
    await smallTalkReply(context, kind, false);
    return true;
  }
  return false;
}
