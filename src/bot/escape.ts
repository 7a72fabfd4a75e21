/**
 * Makes user text inert in Markdown (Web Chat messages, Adaptive Card TextBlocks) and HTML: every character that
 * could start a link, emphasis, heading, list, code or tag is escaped, so what the user typed is shown as typed.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_{}[\]()#+\-.!|>~]/g, (c) => `\\${c}`)
    .replace(/</g, '&lt;')
    .replace(/\r?\n/g, ' ');
}

/** Cuts long text for one-line summaries. */
export function summarize(text: string, max = 80): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
