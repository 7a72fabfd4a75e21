import MarkdownIt from 'markdown-it';
import type { Activity } from 'botbuilder';

// Web Chat 4.18 renders bot text (and card text) with markdown-it, HTML and linkify on (its renderMarkdown.js).
const webChatMarkdown = new MarkdownIt({ html: true, linkify: true, typographer: true, breaks: false });

/** Every string a reply shows: its text, and each card's text and fact values. */
function shownStrings(activity: Partial<Activity>): string[] {
  const found: string[] = activity.text ? [activity.text] : [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        if ((key === 'text' || key === 'value' || key === 'title') && typeof value === 'string') found.push(value);
        else walk(value);
      }
    }
  };
  for (const attachment of activity.attachments ?? []) walk(attachment.content);
  return found;
}

/** The HTML a reader's Web Chat would build from the bot's replies. */
export function renderedAsWebChat(replies: Partial<Activity>[]): string {
  return replies
    .flatMap(shownStrings)
    .map((text) => webChatMarkdown.render(text))
    .join('\n');
}
