import { TicketExistsError } from './ticketStore';
import { ticketIdFor, type Ticket } from './ticket';
import type { TicketStore } from './ticketStore';

/**
 * Saves a new ticket whose id was derived from its turn (ticketIdFor). If the same ticket is already stored (the
 * turn ran again, or another process ran it), that one is the answer. If a different ticket holds the id (two turns'
 * hashes met: five characters per day), the next derived id is tried, the same sequence in every process, so the
 * ticket still gets one id wherever it is written. Returns the ticket as stored; use its id, not the one it came with.
 */
export async function saveNewTicket(store: TicketStore, ticket: Ticket, attempts = 5): Promise<Ticket> {
  let candidate = ticket;
  for (let attempt = 1; ; attempt++) {
    try {
      return (await store.create(candidate)).ticket;
    } catch (error) {
      if (!(error instanceof TicketExistsError) || attempt >= attempts) throw error;
      candidate = { ...candidate, id: ticketIdFor(candidate, idDay(candidate), attempt) };
    }
  }
}

/** The day an id names (its yyyymmdd part), so the next candidate keeps it. */
function idDay(ticket: Ticket): Date {
  const match = /^TRG-(\d{4})(\d{2})(\d{2})-/.exec(ticket.id);
  return match ? new Date(`${match[1]}-${match[2]}-${match[3]}T00:00:00.000Z`) : new Date(ticket.createdAt);
}
