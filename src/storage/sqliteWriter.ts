import { extname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { StoreItems } from 'botbuilder';
import type { Ticket, TicketFollowUp } from '../tickets/ticket';
import type { AddedFollowUp, SavedTicket, TicketStore } from '../tickets/ticketStore';
import { StorageUnavailableError } from './errors';
import type { ETagReportingStorage } from './etagReporting';
import {
  serializeChanges,
  type SerializedChanges,
  type SqliteOptions,
  type SqliteStorage,
  type SqliteTicketStore,
} from './sqlite';
import { errorFromWire, type WireError } from './wireErrors';

/** Every write to the SQLite file; run by the writer thread (sqliteWriterThread.ts), one group commit per batch. */
export interface WriterOperations {
  writeState(changes: SerializedChanges): Promise<Record<string, string>>;
  deleteState(keys: string[]): Promise<void>;
  createTicket(ticket: Ticket): Promise<SavedTicket>;
  addFollowUp(ticketId: string, entry: TicketFollowUp): Promise<AddedFollowUp>;
  check(): Promise<void>;
}

export type WriterRequest =
  | {
      [K in keyof WriterOperations]: { id: number; operation: K; args: Parameters<WriterOperations[K]> };
    }[keyof WriterOperations]
  | { id: 0; operation: 'close' };

export type WriterResponse = { id: number; value?: unknown; error?: WireError };

// Beside this file: the .ts source under tsx and Jest (loaded through tsx's require hook), the .js build under node.
const THREAD_FILE = join(__dirname, `sqliteWriterThread${extname(__filename)}`);
const THREAD_EXEC_ARGV = extname(__filename) === '.ts' ? ['--require', require.resolve('tsx/cjs')] : [];

/**
 * The client of the SQLite writer thread. better-sqlite3 is synchronous: on the thread that serves turns, every
 * commit's fsync (synchronous=FULL) would stop all conversations until the disk answered. The writer thread owns a
 * connection of its own and does all the writing; this thread keeps reading on its own connection (WAL: a read
 * sees every commit that finished before it started, and a write's promise settles only after its commit).
 * Writes that reach the thread while it commits form its next group, so a busy bot pays one fsync per batch.
 */
export class SqliteWriter implements WriterOperations {
  private readonly worker: Worker;
  private readonly pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  private nextId = 1;
  private stopped: Error | undefined;
  private readonly exited: Promise<void>;

  constructor(path: string, options: SqliteOptions) {
    this.worker = new Worker(THREAD_FILE, { workerData: { path, options }, execArgv: THREAD_EXEC_ARGV });
    // The thread keeps the process alive only while a write is waiting for it.
    this.worker.unref();
    this.worker.on('message', (response: WriterResponse) => this.settle(response));
    this.worker.on('error', (error) => this.stop(error));
    this.exited = new Promise((resolve) =>
      this.worker.once('exit', (code) => {
        this.stop(new Error(`the SQLite writer thread exited (code ${code})`));
        resolve();
      }),
    );
  }

  writeState(changes: SerializedChanges): Promise<Record<string, string>> {
    return this.request({ id: this.nextId++, operation: 'writeState', args: [changes] });
  }

  deleteState(keys: string[]): Promise<void> {
    return this.request({ id: this.nextId++, operation: 'deleteState', args: [keys] });
  }

  createTicket(ticket: Ticket): Promise<SavedTicket> {
    return this.request({ id: this.nextId++, operation: 'createTicket', args: [ticket] });
  }

  addFollowUp(ticketId: string, entry: TicketFollowUp): Promise<AddedFollowUp> {
    return this.request({ id: this.nextId++, operation: 'addFollowUp', args: [ticketId, entry] });
  }

  check(): Promise<void> {
    return this.request({ id: this.nextId++, operation: 'check', args: [] });
  }

  /** Lets the writes already asked for finish, then closes the thread's connection and ends the thread. */
  async close(): Promise<void> {
    if (!this.stopped) {
      this.worker.ref();
      this.worker.postMessage({ id: 0, operation: 'close' } satisfies WriterRequest);
    }
    await this.exited;
  }

  private request<T>(request: Exclude<WriterRequest, { operation: 'close' }>): Promise<T> {
    if (this.stopped) return Promise.reject(new StorageUnavailableError(request.operation, this.stopped));
    return new Promise<T>((resolve, reject) => {
      if (this.pending.size === 0) this.worker.ref();
      this.pending.set(request.id, { resolve: resolve as (value: unknown) => void, reject });
      this.worker.postMessage(request);
    });
  }

  private settle({ id, value, error }: WriterResponse): void {
    const waiting = this.pending.get(id);
    if (!waiting) return;
    this.pending.delete(id);
    if (this.pending.size === 0) this.worker.unref();
    if (error) waiting.reject(errorFromWire(error));
    else waiting.resolve(value);
  }

  /** The thread is gone (closed, or failed to open the file): what was waiting fails, and so does what comes. */
  private stop(cause: Error): void {
    this.stopped ??= cause;
    for (const { reject } of this.pending.values()) reject(new StorageUnavailableError('write', cause));
    this.pending.clear();
  }
}

/** Bot state read on this thread's connection and written by the writer thread. */
export class WriterThreadStorage implements ETagReportingStorage {
  constructor(
    private readonly reader: SqliteStorage,
    private readonly writer: SqliteWriter,
  ) {}

  read(keys: string[]): Promise<StoreItems> {
    return this.reader.read(keys);
  }

  async write(changes: StoreItems): Promise<void> {
    await this.writeReportingETags(changes);
  }

  writeReportingETags(changes: StoreItems): Promise<Record<string, string>> {
    // Serialized here, where the state lives: the thread is sent strings, and gets exactly what JSON keeps.
    return this.writer.writeState(serializeChanges(changes));
  }

  delete(keys: string[]): Promise<void> {
    return this.writer.deleteState(keys);
  }
}

/** Tickets read on this thread's connection and written by the writer thread. */
export class WriterThreadTicketStore implements TicketStore {
  constructor(
    private readonly reader: SqliteTicketStore,
    private readonly writer: SqliteWriter,
  ) {}

  create(ticket: Ticket): Promise<SavedTicket> {
    return this.writer.createTicket(ticket);
  }

  get(id: string): Promise<Ticket | undefined> {
    return this.reader.get(id);
  }

  listForUser(userId: string, limit: number): Promise<Ticket[]> {
    return this.reader.listForUser(userId, limit);
  }

  addFollowUp(ticketId: string, entry: TicketFollowUp): Promise<AddedFollowUp> {
    return this.writer.addFollowUp(ticketId, entry);
  }
}
