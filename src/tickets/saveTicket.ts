import { TicketExistsError } from './ticketStore';
import { newTicketId, type Ticket } from './ticket';
import type { TicketStore } from './ticketStore';

/**
 * Saves a new ticket; if its id is already taken, saves it under a fresh one. Ids have five random characters per
 * day (32^5), so at thousands of tickets a day two will sometimes draw the same one: the second must not fail.
 * Returns the ticket as saved; use its id, not the one it came with.
 */
export async function saveNewTicket(store: TicketStore, ticket: Ticket, attempts = 5): Promise<Ticket> {
  let candidate = ticket;
  for (let attempt = 1; ; attempt++) {
    try {
      await store.create(candidate);
      return candidate;
    } catch (error) {
      if (!(error instanceof TicketExistsError) || attempt >= attempts) throw error;
      candidate = { ...candidate, id: newTicketId(new Date(candidate.createdAt)) };
    }
  }
}
