import type { Ticket } from './ticket';

/** A ticket with this id already exists; tickets are never overwritten. */
export class TicketExistsError extends Error {
  override readonly name = 'TicketExistsError';
  readonly code = 'TICKET_EXISTS';
  constructor(id: string) {
    super(`ticket ${id} already exists`);
  }
}

/** Where tickets are kept. Implementations must never drop a ticket they acknowledged. */
export interface TicketStore {
  /** Saves a new ticket; rejects with TicketExistsError when its id is taken (a ticket is never overwritten). */
  create(ticket: Ticket): Promise<void>;
  get(id: string): Promise<Ticket | undefined>;
  /** The user's tickets, newest first. */
  listForUser(userId: string, limit: number): Promise<Ticket[]>;
}

/** Keeps tickets in this process only: for development and tests. */
export class MemoryTicketStore implements TicketStore {
  private readonly byId = new Map<string, Ticket>();

  async create(ticket: Ticket): Promise<void> {
    if (this.byId.has(ticket.id)) throw new TicketExistsError(ticket.id);
    this.byId.set(ticket.id, structuredClone(ticket));
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
