import { randomInt } from 'node:crypto';
import type { Category, Locale, PurchaseChannel, Severity } from '../domain/types';

export interface TranscriptEntry {
  from: 'user' | 'bot';
  text: string;
  at: string;
}

export interface TicketSeverity {
  /** What the bot classified. */
  bot: Severity;
  /** The user's own severity, when they disagreed. */
  user?: Severity;
  userReason?: string;
  /** The bot's reasons, in the user's locale. */
  reasons: string[];
}

export interface Ticket {
  id: string;
  kind: 'triage' | 'handoff';
  createdAt: string;
  user: { id: string; name?: string };
  conversationId: string;
  channelId: string;
  locale: Locale;
  description: string;
  category?: Category;
  severity?: TicketSeverity;
  plan?: string;
  purchaseChannel?: PurchaseChannel;
  country?: { rowId: string; iso2: string; language: string | null; name: string } | null;
  transcript: TranscriptEntry[];
}

// No 0/O or 1/I, so an id read over the phone is unambiguous.
const ID_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';

/** A readable id like TRG-20261123-7KQ4M: the UTC day it was opened and five random characters. */
export function newTicketId(now: Date): string {
  const day = now.toISOString().slice(0, 10).replace(/-/g, '');
  let suffix = '';
  for (let i = 0; i < 5; i++) suffix += ID_ALPHABET[randomInt(ID_ALPHABET.length)];
  return `TRG-${day}-${suffix}`;
}

/** The severity the team should act on: the user's, where they overrode the bot. */
export function effectiveSeverity(ticket: Ticket): Severity | undefined {
  return ticket.severity?.user ?? ticket.severity?.bot;
}
