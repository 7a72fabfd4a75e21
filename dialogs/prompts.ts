import { ChoicePrompt, ListStyle, TextPrompt } from 'botbuilder-dialogs';

export const PromptIds = { choice: 'choicePrompt', text: 'textPrompt' } as const;

/** Choice prompts bring their own buttons (an Adaptive Card, see choiceCard); the prompt only recognises the answer. */
export function newChoicePrompt(): ChoicePrompt {
  const prompt = new ChoicePrompt(PromptIds.choice);
  prompt.style = ListStyle.none;
  prompt.recognizerOptions = { recognizeOrdinals: false, recognizeNumbers: true };
  return prompt;
}

export function newTextPrompt(): TextPrompt {
  return new TextPrompt(PromptIds.text);
}
