import { TicketExistsError, TicketNotFoundError } from '../tickets/ticketStore';
import { ETagConflictError, StorageUnavailableError } from './errors';

/**
 * A store error as it crosses from the SQLite writer thread: a worker's message carries data, not classes, so the
 * errors callers tell apart (eTag conflict, ticket exists or missing, store unavailable) are rebuilt on this side.
 */
export interface WireError {
  name: string;
  message: string;
  /** The conflicting key, the ticket id, or the failed operation. */
  subject?: string;
  /** For a StorageUnavailableError: what the store said. */
  cause?: string;
}

export function errorToWire(error: unknown): WireError {
  if (error instanceof ETagConflictError) return { name: error.name, message: error.message, subject: error.key };
  if (error instanceof TicketExistsError || error instanceof TicketNotFoundError)
    return { name: error.name, message: error.message, subject: error.id };
  if (error instanceof StorageUnavailableError)
    return {
      name: error.name,
      message: error.message,
      subject: error.operation,
      cause: error.cause instanceof Error ? error.cause.message : String(error.cause),
    };
  return { name: 'Error', message: error instanceof Error ? error.message : String(error) };
}

export function errorFromWire(wire: WireError): Error {
  switch (wire.name) {
    case 'ETagConflictError':
      return new ETagConflictError(wire.subject ?? '');
    case 'TicketExistsError':
      return new TicketExistsError(wire.subject ?? '');
    case 'TicketNotFoundError':
      return new TicketNotFoundError(wire.subject ?? '');
    case 'StorageUnavailableError':
      return new StorageUnavailableError(wire.subject ?? 'write', new Error(wire.cause ?? wire.message));
    default:
      // Anything else that failed a write in the writer thread: the write did not happen.
      return new StorageUnavailableError('write', new Error(wire.message));
  }
}
