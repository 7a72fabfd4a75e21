import type { DialogTurnResult, WaterfallStepContext } from 'botbuilder-dialogs';
import { InputHints, MessageFactory } from 'botbuilder';
import { choiceCard } from '../src/presentation/cards';
import type { Translate } from '../src/i18n/catalog';
import type { Answer, AnswerQuestion, ChoiceSpec } from './AnswerPrompt';
import { PromptIds } from './prompts';

export type { Answer, ChoiceSpec } from './AnswerPrompt';

export interface AskOptions extends AnswerQuestion {
  question: string;
  /** One line on what can be typed, shown with the buttons when the first answer was not understood. */
  hint: string;
}

/** Asks a question with buttons; typed answers are understood by the answer recogniser (see AnswerPrompt). */
export async function ask(step: WaterfallStepContext, t: Translate, options: AskOptions): Promise<DialogTurnResult> {
  const titles = options.buttons.map((b) => b.title);
  const question: AnswerQuestion = { kind: options.kind, buttons: options.buttons, fallback: options.fallback };
  return step.prompt(PromptIds.answer, {
    prompt: MessageFactory.attachment(
      choiceCard(options.question, titles),
      undefined,
      undefined,
      InputHints.ExpectingInput,
    ),
    retryPrompt: MessageFactory.attachment(
      choiceCard(t('retryWithHint', { hint: options.hint }), titles),
      undefined,
      undefined,
      InputHints.ExpectingInput,
    ),
    validations: question,
  });
}

/** The answer to the question the previous step asked, or undefined when that step asked nothing. */
export function answered(step: WaterfallStepContext): Answer | undefined {
  const result = step.result as Answer | undefined;
  return result && typeof result === 'object' && 'fallback' in result ? result : undefined;
}

/** The value of that answer (a button value), or undefined. */
export function chosenValue(step: WaterfallStepContext): string | undefined {
  return answered(step)?.value ?? undefined;
}

export function yesNoButtons(t: Translate): ChoiceSpec[] {
  return [
    { value: 'yes', title: t('yes') },
    { value: 'no', title: t('no') },
  ];
}
