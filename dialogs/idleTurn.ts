import type { TurnContext } from 'botbuilder';
import { detectCommand } from '../src/domain/commands';
import { sharedSmallTalkReader, otherLanguageOf } from '../src/domain/manners';
import { submittedChoice } from '../src/presentation/cards';
import { turnTranslator } from '../src/presentation/turnLocale';
import { handleIdleCommand, type CommandServices, type IdleOutcome } from './globalCommands';
import { otherLanguageReply, smallTalkReply } from './manners';

const smallTalk = sharedSmallTalkReader();

/**
 * A message when no triage is under way: commands, a person asked for, small talk, another language and a button
 * of a finished triage are answered here; anything else is a problem to triage (not handled).
 */
export async function handleIdleMessage(
  context: TurnContext,
  text: string,
  services: CommandServices,
): Promise<IdleOutcome> {
  // every question's buttons post their choice; with no question open, the click belongs to a finished triage
  if (submittedChoice(context.activity.value) !== undefined) {
    await context.sendActivity(turnTranslator(context)('staleClick'));
    return { handled: true };
  }
  const command = detectCommand(text);
  if (command) return { handled: true, handoff: await handleIdleCommand(context, command, services) };
  if (otherLanguageOf(text)) {
    await otherLanguageReply(context);
    return { handled: true };
  }
  // "hello" is answered by the triage's first question (what is the problem?), which begins no ticket by itself
  const kind = smallTalk.read(text);
  if (kind && kind !== 'greeting') {
    await smallTalkReply(context, kind, false);
    return { handled: true };
  }
  return { handled: false };
}
