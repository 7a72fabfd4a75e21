import { createHash, randomInt } from 'node:crypto';
import type { Category, Locale, PurchaseChannel, Severity } from '../domain/types';

export interface TranscriptEntry {
  from: 'user' | 'bot';
  text: string;
  at: string;
}

/** A message the user sent after the ticket was opened (a hand-off's follow-up), keyed by the activity that carried it. */
export interface TicketFollowUp {
  /** The activity the message came in; appending the same activity again (a re-run of its turn) keeps one. */
  activityId: string;
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
  /** The activity whose turn completed the ticket; with the conversation, it is what the id is derived from. */
  activityId?: string;
  locale: Locale;
  description: string;
  category?: Category;
  severity?: TicketSeverity;
  plan?: string;
  purchaseChannel?: PurchaseChannel;
  country?: { rowId: string; iso2: string; language: string | null; name: string } | null;
  transcript: TranscriptEntry[];
  /** What the user said after the hand-off, oldest first; only ever appended to (TicketStore.addFollowUp). */
  followUps?: TicketFollowUp[];
}

// No 0/O or 1/I, so an id read over the phone is unambiguous.
const ID_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';

/** Where a ticket comes from: the turn that completed it. */
export interface TicketOrigin {
  channelId: string;
  conversationId: string;
  activityId?: string;
}

const dayOf = (at: Date) => at.toISOString().slice(0, 10).replace(/-/g, '');

/** A readable id like TRG-20261123-7KQ4M: the UTC day it was opened and five random characters. */
export function newTicketId(now: Date): string {
  let suffix = '';
  for (let i = 0; i < 5; i++) suffix += ID_ALPHABET[randomInt(ID_ALPHABET.length)];
  return `TRG-${dayOf(now)}-${suffix}`;
}

/**
 * The id of the ticket a turn completes, in the same format, its five characters taken from a hash of the channel,
 * conversation and activity: a turn run again (after an eTag conflict) or by a second process (a channel's resend)
 * names the same ticket, so it is written once. `attempt` > 0 gives the next id to try when this one is taken by
 * another ticket (a hash collision); without an activity id there is nothing to derive from and the id is random.
 */
export function ticketIdFor(origin: TicketOrigin, day: Date, attempt = 0): string {
  if (!origin.activityId) return newTicketId(day);
  const hash = createHash('sha256')
    .update(JSON.stringify([origin.channelId, origin.conversationId, origin.activityId, attempt]))
    .digest();
  let suffix = '';
  for (let i = 0; i < 5; i++) suffix += ID_ALPHABET[hash[i] % ID_ALPHABET.length];
  return `TRG-${dayOf(day)}-${suffix}`;
}

/**
 * Whether two tickets with one id are the same ticket written twice (same turn of the same conversation, by a re-run
 * or a second process) rather than two tickets whose ids collide. What the turn wrote around it (its time, the
 * transcript so far) may differ between the two writes; the first one written is kept.
 */
export function isSameTicket(a: Ticket, b: Ticket): boolean {
  return (
    a.id === b.id &&
    a.kind === b.kind &&
    a.channelId === b.channelId &&
    a.conversationId === b.conversationId &&
    a.activityId === b.activityId &&
    a.user.id === b.user.id
  );
}

/**
 * The ticket with `entry` appended to its follow-ups, or undefined when an entry from the same activity is already
 * there (the turn ran again): what every store's addFollowUp does inside its own transaction or eTag check.
 */
export function withFollowUp(ticket: Ticket, entry: TicketFollowUp): Ticket | undefined {
  const followUps = ticket.followUps ?? [];
  if (followUps.some((f) => f.activityId === entry.activityId)) return undefined;
  return { ...ticket, followUps: [...followUps, entry] };
}

/** The severity the team should act on: the user's, where they overrode the bot. */
export function effectiveSeverity(ticket: Ticket): Severity | undefined {
  return ticket.severity?.user ?? ticket.severity?.bot;
}
