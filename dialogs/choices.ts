import type { Choice, DialogTurnResult, FoundChoice, WaterfallStepContext } from 'botbuilder-dialogs';
import { InputHints, MessageFactory } from 'botbuilder';
import { choiceCard } from '../src/bot/cards';
import type { Translate } from '../src/i18n/catalog';
import { PromptIds } from './prompts';

export interface ChoiceSpec {
  /** What the dialog gets back. */
  value: string;
  /** What the button says (and sends back when clicked). */
  title: string;
  synonyms?: string[];
}

const CHOICE_IDS = 'choiceIds';

/**
 * Asks a question with buttons; anything else gets a short "please choose" with the same buttons. A button sends
 * its title back (typed text works the same), so the title is the choice and the value is found again by position
 * (see chosenValue).
 */
export async function promptChoice(step: WaterfallStepContext, t: Translate, question: string, specs: ChoiceSpec[]): Promise<DialogTurnResult> {
  (step.values as Record<string, unknown>)[CHOICE_IDS] = specs.map((s) => s.value);
  const titles = specs.map((s) => s.title);
  const choices: Choice[] = specs.map(({ value, title, synonyms = [] }) => ({ value: title, synonyms: [value, ...synonyms] }));
  return step.prompt(PromptIds.choice, {
    prompt: MessageFactory.attachment(choiceCard(question, titles), undefined, undefined, InputHints.ExpectingInput),
    retryPrompt: MessageFactory.attachment(choiceCard(t('retry'), titles), undefined, undefined, InputHints.ExpectingInput),
    choices,
  });
}

/** The value of the button the user chose in the previous step, or undefined when the step asked nothing. */
export function chosenValue(step: WaterfallStepContext): string | undefined {
  const found = step.result as FoundChoice | undefined;
  const ids = (step.values as Record<string, unknown>)[CHOICE_IDS] as string[] | undefined;
  if (!found || typeof found.index !== 'number' || !ids) return undefined;
  return ids[found.index];
}

export function yesNoChoices(t: Translate): ChoiceSpec[] {
  return [
    { value: 'yes', title: t('yes'), synonyms: ['yes', 'y', 'はい', 'ある', 'あります', 'yeah', 'yep'] },
    { value: 'no', title: t('no'), synonyms: ['no', 'n', 'いいえ', 'ない', 'ありません', 'nope'] },
  ];
}
