import type { Activity } from 'botbuilder';

export const ADAPTIVE = 'application/vnd.microsoft.card.adaptive';

export interface ChoiceButton {
  title: string;
  /** The value every channel posts when the button is clicked. */
  value: Record<string, unknown>;
}

/** The Action.Submit buttons of the bot's question cards in some replies. */
export function choiceButtons(replies: Array<Partial<Pick<Activity, 'attachments'>>>): ChoiceButton[] {
  const buttons: ChoiceButton[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const element = node as { type?: string; title?: string; data?: Record<string, unknown> };
      if (element.type === 'Action.Submit' && element.title && element.data)
        buttons.push({ title: element.title, value: element.data });
      else Object.values(node).forEach(walk);
    }
  };
  for (const reply of replies) for (const a of reply.attachments ?? []) if (a.contentType === ADAPTIVE) walk(a.content);
  return buttons;
}

/** What a click sends, in Teams and Web Chat alike: a message with the button's value and no text. */
export function click(button: ChoiceButton): Partial<Activity> {
  return { type: 'message', value: button.value };
}
