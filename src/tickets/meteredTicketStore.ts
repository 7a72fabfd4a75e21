import type { BotMetrics } from '../observability/metrics';
import { effectiveSeverity } from './ticket';
import type { TicketStore } from './ticketStore';

/** Wraps any TicketStore and counts the tickets it saved, by severity and category (a ticket found already saved is not counted again). */
export function withTicketMetrics(store: TicketStore, metrics: Pick<BotMetrics, 'ticketsCreated'>): TicketStore {
  return {
    async create(ticket) {
      const saved = await store.create(ticket);
      if (saved.created)
        metrics.ticketsCreated.inc({
          severity: effectiveSeverity(saved.ticket) ?? 'none',
          category: saved.ticket.category ?? 'none',
          kind: saved.ticket.kind,
        });
      return saved;
    },
    get: (id) => store.get(id),
    listForUser: (userId, limit) => store.listForUser(userId, limit),
    addFollowUp: (ticketId, entry) => store.addFollowUp(ticketId, entry),
  };
}
