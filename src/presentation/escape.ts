/**
 * Makes user text inert wherever it is shown (Web Chat Markdown, Adaptive Card TextBlocks in Teams and Web Chat):
 * each character that could open a tag, a link, emphasis, code or a table is replaced by its full-width twin, which
 * reads the same but no renderer treats as markup. Backslash escapes are not used because Teams' card renderer
 * shows the backslashes.
 */
const INERT: Record<string, string> = {
  '<': '＜',
  '>': '＞',
  '[': '［',
  ']': '］',
  '*': '＊',
  _: '＿',
  '`': '｀',
  '#': '＃',
  '|': '｜',
  '~': '～',
  '\\': '＼',
};

/**
 * Web Chat and Teams turn a bare address into a link by themselves (markdown-it's linkify): an address the user
 * typed ("https://…", "www.…", "name@host.com") is shown with its "://" and the dots of its host name in full-width
 * forms, so it reads the same but is not a link in the bot's voice. The ticket keeps what the user typed.
 */
function defangAddresses(text: string): string {
  return text.replace(/:\/\//g, ':／／').replace(/([\p{L}\p{N}-])\.(?=\p{L}{2,})/gu, '$1．');
}

export function escapeMarkdown(text: string): string {
  return defangAddresses(text.replace(/[<>[\]*_`#|~\\]/g, (c) => INERT[c])).replace(/\s*\r?\n\s*/g, ' ');
}

/** Cuts long text for one-line summaries. */
export function summarize(text: string, max = 80): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
