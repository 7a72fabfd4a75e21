import type { BotState, StatePropertyAccessor, TurnContext } from 'botbuilder';
import type { Logger } from 'pino';
import type { Ticket } from '../tickets/ticket';

/** Where committed alerts are handed on: kept durably and delivered (ReliableAlerter), each alert once. */
export interface AlertQueue {
  /** Resolves once the alert is kept (or known already); delivery goes on in the background. */
  queue(ticket: Ticket): Promise<void>;
}

/**
 * Severity A alerts queued in the conversation's own state, so an alert is committed by the same write as the turn
 * that raised it: a turn that loses the eTag race (another process, or a re-run) leaves no alert behind, and the
 * winner's alert is handed to the alerter only after its state is committed.
 *
 * An alert stays in the state until the conversation's next turn, which hands it on again (the alerter drops one
 * it already has) and removes it with its own commit: so an alert whose hand-off was cut short (a crash just after
 * the commit) still goes out.
 */
export class ConversationAlertOutbox {
  private readonly queued: StatePropertyAccessor<Ticket[]>;

  constructor(
    conversationState: BotState,
    private readonly alerts: AlertQueue,
    private readonly logger: Logger,
  ) {
    this.queued = conversationState.createProperty<Ticket[]>('alertOutbox');
  }

  /** Queues the ticket's alert in this turn's state: it is saved with the turn, or not at all. */
  async add(context: TurnContext, ticket: Ticket): Promise<void> {
    const queued = (await this.queued.get(context)) ?? [];
    if (queued.some((t) => t.id === ticket.id)) return;
    // Without the transcript: the alert says what the ticket is, and state stays small.
    await this.queued.set(context, [...queued, { ...ticket, transcript: [] }]);
  }

  /** Before a turn: alerts an earlier, committed turn queued are handed on and leave the state with this turn. */
  async handOffEarlier(context: TurnContext): Promise<void> {
    const queued = await this.queued.get(context);
    if (!queued?.length) return;
    if (await this.handOff(queued)) await this.queued.delete(context);
  }

  /** After the turn's state is committed: the alerts it queued go to the alerter. */
  async handOffCommitted(context: TurnContext): Promise<void> {
    const queued = await this.queued.get(context);
    if (queued?.length) await this.handOff(queued);
  }

  /** Whether every alert was handed on; those that were not stay in the state for the next turn. */
  private async handOff(tickets: Ticket[]): Promise<boolean> {
    const outcomes = await Promise.allSettled(tickets.map((ticket) => this.alerts.queue(ticket)));
    const failed = outcomes.flatMap((o, i) => (o.status === 'rejected' ? [{ i, reason: o.reason as unknown }] : []));
    for (const { i, reason } of failed)
      this.logger.error(
        { ticketId: tickets[i].id, err: reason instanceof Error ? reason.message : String(reason) },
        'committed alert could not be handed to the alerter; kept in the conversation for its next turn',
      );
    return failed.length === 0;
  }
}
