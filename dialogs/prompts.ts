import { TextPrompt } from 'botbuilder-dialogs';
import type { AnswerRecognizer } from '../src/domain/answers';
import { AnswerPrompt } from './AnswerPrompt';

export const PromptIds = { answer: 'answerPrompt', text: 'textPrompt' } as const;

/** Questions with buttons: the buttons come in an Adaptive Card (see choiceCard); the prompt understands the answer. */
export function newAnswerPrompt(recognizer: AnswerRecognizer): AnswerPrompt {
  return new AnswerPrompt(PromptIds.answer, recognizer);
}

export function newTextPrompt(): TextPrompt {
  return new TextPrompt(PromptIds.text);
}
