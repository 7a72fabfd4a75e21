/**
 * The Adaptive Card 1.4 elements the bot's cards are made of (the newest version Teams and Web Chat both render).
 * Text given here is shown as Markdown: user-typed and seed strings must pass through escapeMarkdown first.
 */
export type CardElement = Record<string, unknown>;

export const heading = (text: string): CardElement => ({
  type: 'TextBlock',
  text,
  weight: 'Bolder',
  wrap: true,
  spacing: 'Medium',
});

export const paragraph = (text: string, extra: CardElement = {}): CardElement => ({
  type: 'TextBlock',
  text,
  wrap: true,
  ...extra,
});

/** Facts with no value are left out, so a missing e-mail or hour shows nothing rather than an empty row. */
export const facts = (pairs: Array<[string, string | null | undefined]>): CardElement => ({
  type: 'FactSet',
  facts: pairs.filter(([, value]) => Boolean(value)).map(([title, value]) => ({ title, value })),
});

/** A note under a fact: smaller and quieter than the text it qualifies. */
export const small = (text: string): CardElement => paragraph(text, { isSubtle: true, size: 'Small' });
