import { isSameTicket, withFollowUp, type Ticket, type TicketFollowUp } from './ticket';

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

/** A follow-up was appended to a ticket that is not stored. */
export class TicketNotFoundError extends Error {
  override readonly name = 'TicketNotFoundError';
  readonly code = 'TICKET_NOT_FOUND';
  constructor(id: string) {
    super(`ticket ${id} not found`);
  }
}

/** What appending a follow-up did: the ticket as stored after it, and whether this call added the entry. */
export interface AddedFollowUp {
  ticket: Ticket;
  added: boolean;
}

/** Where tickets are kept. Implementations must never drop a ticket or a follow-up they acknowledged. */
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
  /**
   * Appends a message the user sent after the ticket was opened (append-only: nothing else of the ticket changes).
   * Two appends at once (two processes) both land; an entry whose activity id is already on the ticket (a re-run
   * of the turn) is kept once and answers added: false. A ticket that is not stored rejects with
   * TicketNotFoundError.
   */
  addFollowUp(ticketId: string, entry: TicketFollowUp): Promise<AddedFollowUp>;
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

  async addFollowUp(ticketId: string, entry: TicketFollowUp): Promise<AddedFollowUp> {
    const stored = this.byId.get(ticketId);
    if (!stored) throw new TicketNotFoundError(ticketId);
    const updated = withFollowUp(stored, structuredClone(entry));
    if (updated) this.byId.set(ticketId, updated);
    return { ticket: structuredClone(updated ?? stored), added: Boolean(updated) };
  }
}
