import { isSameTicket, type Ticket } from './ticket';

/** A ticket with this id already exists; tickets are never overwritten. */
export class TicketExistsError extends Error {
  override readonly name = 'TicketExistsError';
  readonly code = 'TICKET_EXISTS';
  constructor(id: string) {
    super(`ticket ${id} already exists`);
  }
}

/** What creating a ticket did: the ticket as stored, and whether this call wrote it or found it already written. */
export interface SavedTicket {
  ticket: Ticket;
  created: boolean;
}

/** Where tickets are kept. Implementations must never drop a ticket they acknowledged. */
export interface TicketStore {
  /**
   * Saves a new ticket. Creating a ticket that is already stored (the same id from the same turn: a re-run or a
   * second process) succeeds and answers the stored one, unchanged; an id taken by a different ticket rejects
   * with TicketExistsError. A ticket is never overwritten.
   */
  create(ticket: Ticket): Promise<SavedTicket>;
  get(id: string): Promise<Ticket | undefined>;
  /** The user's tickets, newest first. */
  listForUser(userId: string, limit: number): Promise<Ticket[]>;
}

/** The answer to creating `ticket` when `stored` already has its id (see TicketStore.create). */
export function existingTicketOutcome(ticket: Ticket, stored: Ticket): SavedTicket {
  if (!isSameTicket(stored, ticket)) throw new TicketExistsError(ticket.id);
  return { ticket: stored, created: false };
}

/** Keeps tickets in this process only: for development and tests. */
export class MemoryTicketStore implements TicketStore {
  private readonly byId = new Map<string, Ticket>();

  async create(ticket: Ticket): Promise<SavedTicket> {
    const stored = this.byId.get(ticket.id);
    if (stored) return existingTicketOutcome(ticket, structuredClone(stored));
    this.byId.set(ticket.id, structuredClone(ticket));
    return { ticket, created: true };
  }

  async get(id: string): Promise<Ticket | undefined> {
    const ticket = this.byId.get(id);
    return ticket && structuredClone(ticket);
  }

  async listForUser(userId: string, limit: number): Promise<Ticket[]> {
    return [...this.byId.values()]
      .filter((t) => t.user.id === userId)
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
      .slice(0, limit)
      .map((t) => structuredClone(t));
  }
}
