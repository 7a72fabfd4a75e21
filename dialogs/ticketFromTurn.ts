import type { TurnContext } from 'botbuilder';
import { effectiveSeverity, ticketIdFor, type Ticket } from '../src/tickets/ticket';
import { saveNewTicket } from '../src/tickets/saveTicket';
import type { TriageServices } from './services';
import { turnLocale } from '../src/presentation/turnLocale';

type TicketFields = Omit<
  Ticket,
  'id' | 'createdAt' | 'user' | 'conversationId' | 'channelId' | 'activityId' | 'locale' | 'transcript'
>;

/**
 * Fills in who, where and when from the turn, and the conversation so far from state. The id follows from the
 * channel, conversation and activity (and the day the channel stamped on it), so every run of this turn, in this
 * process or another, drafts the same id.
 */
export async function newTicket(
  context: TurnContext,
  services: Pick<TriageServices, 'clock' | 'transcript'>,
  fields: TicketFields,
): Promise<Ticket> {
  const now = services.clock();
  const { from, conversation, channelId, id: activityId } = context.activity;
  const origin = { channelId: channelId ?? 'unknown', conversationId: conversation?.id ?? 'unknown', activityId };
  return {
    id: ticketIdFor(origin, sentAt(context) ?? now),
    createdAt: now.toISOString(),
    user: { id: from?.id ?? 'unknown', name: from?.name || undefined },
    ...origin,
    locale: turnLocale(context),
    transcript: [...(await services.transcript.get(context, []))],
    ...fields,
  };
}

/** When the channel says the activity was sent (the same for a resend), if it says so readably. */
function sentAt(context: TurnContext): Date | undefined {
  const stamp = context.activity.timestamp as Date | string | undefined;
  const at = stamp === undefined ? undefined : new Date(stamp);
  return at && !Number.isNaN(at.getTime()) ? at : undefined;
}

export interface RecordedTicket {
  /** The ticket as stored: the one an earlier run of this turn saved, if there was one. */
  ticket: Ticket;
  /** Whether the ticket is Severity A (the user's severity if they set one, else the bot's). */
  severityA: boolean;
  /** Whether the team is alerted: the alert is queued in the turn's state and goes out once the turn is committed. */
  alertQueued: boolean;
}

/**
 * Saves the ticket a turn completes and, when it needs the team now (Severity A), queues its alert in the turn's
 * conversation state. Safe to run again: a re-run of the turn or a second process finds the same ticket, and only
 * the run whose state is committed hands the alert on.
 */
export async function recordTicket(
  context: TurnContext,
  services: Pick<TriageServices, 'tickets' | 'alertOutbox' | 'alerter'>,
  drafted: Ticket,
): Promise<RecordedTicket> {
  const ticket = await saveNewTicket(services.tickets, drafted);
  const severityA = effectiveSeverity(ticket) === 'A';
  // queued only for a target that reaches someone, so "alerted" is never said when no one will hear
  const alertQueued = severityA && (await services.alerter.hasTarget());
  if (alertQueued) await services.alertOutbox.add(context, ticket);
  return { ticket, severityA, alertQueued };
}
