import { ChoicePrompt, ListStyle, TextPrompt } from 'botbuilder-dialogs';

export const PromptIds = { choice: 'choicePrompt', text: 'textPrompt' } as const;

/** Choice prompts render as hero-card buttons (imBack), the one style Teams and Web Chat both show. */
export function newChoicePrompt(): ChoicePrompt {
  const prompt = new ChoicePrompt(PromptIds.choice);
  prompt.style = ListStyle.heroCard;
  prompt.recognizerOptions = { recognizeOrdinals: false, recognizeNumbers: true };
  return prompt;
}

export function newTextPrompt(): TextPrompt {
  return new TextPrompt(PromptIds.text);
}
