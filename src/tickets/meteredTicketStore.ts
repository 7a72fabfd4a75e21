import type { BotMetrics } from '../observability/metrics';
import { effectiveSeverity, type Ticket } from './ticket';
import type { TicketStore } from './ticketStore';

/** Wraps any TicketStore and counts the tickets it saved, by severity and category. */
export function withTicketMetrics(store: TicketStore, metrics: Pick<BotMetrics, 'ticketsCreated'>): TicketStore {
  return {
    async create(ticket: Ticket) {
      await store.create(ticket);
      metrics.ticketsCreated.inc({
        severity: effectiveSeverity(ticket) ?? 'none',
        category: ticket.category ?? 'none',
        kind: ticket.kind,
      });
    },
    get: (id) => store.get(id),
    listForUser: (userId, limit) => store.listForUser(userId, limit),
  };
}
