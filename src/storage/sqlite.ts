import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { randomUUID } from 'node:crypto';
import Database from 'better-sqlite3';
import type { StoreItem, StoreItems } from 'botbuilder';
import { withFollowUp, type Ticket, type TicketFollowUp } from '../tickets/ticket';
import {
  existingTicketOutcome,
  TicketExistsError,
  TicketNotFoundError,
  type AddedFollowUp,
  type SavedTicket,
  type TicketStore,
} from '../tickets/ticketStore';
import { ETagConflictError, StorageUnavailableError } from './errors';
import { NEW_ITEM_ETAG, type ETagReportingStorage } from './etagReporting';

export type SqliteDatabase = Database.Database;

export interface SqliteOptions {
  /** How long a write waits for another connection's lock before failing, in ms. */
  busyTimeoutMs?: number;
  /**
   * false: commits are not synced inside COMMIT (synchronous=NORMAL); the caller makes them durable before it
   * acknowledges them (GroupCommit with a WalFlush, as createStores does). Default true (synchronous=FULL).
   */
  syncEachCommit?: boolean;
}

/**
 * Opens (creating on first start) the bot's one database file: bot state and tickets side by side.
 *
 * journal_mode=WAL: readers never block the writer, and a commit is one append to the log.
 * synchronous=FULL by default: each commit is fsync'ed before it returns, so a ticket the user was told about
 * survives a power cut as well as a killed process (NORMAL in WAL survives `kill -9` but may lose the last commits on
 * power loss). The bot itself opens it with syncEachCommit false and fsyncs the log off the event loop before it
 * acknowledges a write (src/storage/walFlush.ts): the same guarantee, without stopping every turn for each fsync.
 */
export function openSqliteDatabase(path: string, options: SqliteOptions = {}): SqliteDatabase {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path, { timeout: options.busyTimeoutMs ?? 5000 });
  db.pragma('journal_mode = WAL');
  db.pragma(options.syncEachCommit === false ? 'synchronous = NORMAL' : 'synchronous = FULL');
  db.exec(`
    CREATE TABLE IF NOT EXISTS state (
      key   TEXT PRIMARY KEY,
      etag  TEXT NOT NULL,
      value TEXT NOT NULL
    );
    CREATE TABLE IF NOT EXISTS tickets (
      id         TEXT PRIMARY KEY,
      user_id    TEXT NOT NULL,
      created_at TEXT NOT NULL,
      body       TEXT NOT NULL
    );
    CREATE INDEX IF NOT EXISTS tickets_by_user ON tickets (user_id, created_at DESC);
  `);
  return db;
}

/** The write-ahead log's file, which holds every commit not yet copied into the database. */
export function walPathOf(db: SqliteDatabase): string {
  return `${db.name}-wal`;
}

/** Runs a database operation, turning driver and I/O failures into StorageUnavailableError. */
function guarded<T>(operation: string, run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (
      error instanceof ETagConflictError ||
      error instanceof TicketExistsError ||
      error instanceof TicketNotFoundError
    )
      throw error;
    throw new StorageUnavailableError(operation, error);
  }
}

/**
 * botbuilder Storage on SQLite. eTags as botbuilder's storages use them: an item read carries its eTag; a write
 * with that eTag succeeds only if nobody wrote the item since (else ETagConflictError); a write with NEW_ITEM_ETAG
 * succeeds only if the item does not exist; a write with '*' or without an eTag is last-write-wins. All the items of one write() commit together or not at all.
 */
export class SqliteStorage implements ETagReportingStorage {
  private readonly selectOne;
  private readonly selectETag;
  private readonly upsert;
  private readonly deleteOne;
  private readonly writeAll;
  private readonly deleteAll;

  constructor(private readonly db: SqliteDatabase) {
    this.selectOne = db.prepare<[string], { etag: string; value: string }>(
      'SELECT etag, value FROM state WHERE key = ?',
    );
    this.selectETag = db.prepare<[string], string>('SELECT etag FROM state WHERE key = ?').pluck();
    this.upsert = db.prepare<[string, string, string]>(
      'INSERT INTO state (key, etag, value) VALUES (?, ?, ?) ON CONFLICT(key) DO UPDATE SET etag = excluded.etag, value = excluded.value',
    );
    this.deleteOne = db.prepare<[string]>('DELETE FROM state WHERE key = ?');
    this.writeAll = db.transaction((changes: StoreItems) => {
      const written: Record<string, string> = {};
      for (const [key, item] of Object.entries(changes)) {
        const { eTag, ...value } = (item ?? {}) as StoreItem;
        if (eTag === NEW_ITEM_ETAG) {
          if (this.selectETag.get(key) !== undefined) throw new ETagConflictError(key);
        } else if (typeof eTag === 'string' && eTag !== '*' && eTag !== '') {
          if (this.selectETag.get(key) !== eTag) throw new ETagConflictError(key);
        }
        written[key] = randomUUID();
        this.upsert.run(key, written[key], JSON.stringify(value));
      }
      return written;
    });
    this.deleteAll = db.transaction((keys: string[]) => {
      for (const key of keys) this.deleteOne.run(key);
    });
  }

  async read(keys: string[]): Promise<StoreItems> {
    return guarded('read', () => {
      const items: StoreItems = {};
      for (const key of keys) {
        const row = this.selectOne.get(key);
        if (row) items[key] = { ...(JSON.parse(row.value) as object), eTag: row.etag };
      }
      return items;
    });
  }

  async write(changes: StoreItems): Promise<void> {
    await this.writeReportingETags(changes);
  }

  async writeReportingETags(changes: StoreItems): Promise<Record<string, string>> {
    // BEGIN IMMEDIATE: take the write lock before reading eTags, so the check and the write are one step.
    return guarded('write', () => this.writeAll.immediate(changes));
  }

  async delete(keys: string[]): Promise<void> {
    guarded('delete', () => this.deleteAll.immediate(keys));
  }
}

/**
 * Tickets in SQLite: one row per ticket, the whole ticket as JSON; an id is written once and never replaced (creating
 * the same ticket again answers the stored one).
 */
export class SqliteTicketStore implements TicketStore {
  private readonly insert;
  private readonly selectOne;
  private readonly selectForUser;
  private readonly updateBody;
  private readonly appendFollowUp;

  constructor(db: SqliteDatabase) {
    this.insert = db.prepare<[string, string, string, string]>(
      'INSERT INTO tickets (id, user_id, created_at, body) VALUES (?, ?, ?, ?)',
    );
    this.selectOne = db.prepare<[string], { body: string }>('SELECT body FROM tickets WHERE id = ?');
    this.selectForUser = db.prepare<[string, number], { body: string }>(
      'SELECT body FROM tickets WHERE user_id = ? ORDER BY created_at DESC, id DESC LIMIT ?',
    );
    this.updateBody = db.prepare<[string, string]>('UPDATE tickets SET body = ? WHERE id = ?');
    // read, check and write in one transaction, so two appends at once (two connections) both land
    this.appendFollowUp = db.transaction((ticketId: string, entry: TicketFollowUp): AddedFollowUp => {
      const row = this.selectOne.get(ticketId);
      if (!row) throw new TicketNotFoundError(ticketId);
      const stored = JSON.parse(row.body) as Ticket;
      const updated = withFollowUp(stored, entry);
      if (updated) this.updateBody.run(JSON.stringify(updated), ticketId);
      return { ticket: updated ?? stored, added: Boolean(updated) };
    });
  }

  async create(ticket: Ticket): Promise<SavedTicket> {
    return guarded('ticket create', () => {
      try {
        this.insert.run(ticket.id, ticket.user.id, ticket.createdAt, JSON.stringify(ticket));
        return { ticket, created: true };
      } catch (error) {
        if ((error as { code?: string }).code !== 'SQLITE_CONSTRAINT_PRIMARYKEY') throw error;
        const stored = this.selectOne.get(ticket.id);
        if (!stored) throw error;
        return existingTicketOutcome(ticket, JSON.parse(stored.body) as Ticket);
      }
    });
  }

  async get(id: string): Promise<Ticket | undefined> {
    return guarded('ticket read', () => {
      const row = this.selectOne.get(id);
      return row ? (JSON.parse(row.body) as Ticket) : undefined;
    });
  }

  async listForUser(userId: string, limit: number): Promise<Ticket[]> {
    return guarded('ticket list', () =>
      this.selectForUser.all(userId, limit).map((row) => JSON.parse(row.body) as Ticket),
    );
  }

  async addFollowUp(ticketId: string, entry: TicketFollowUp): Promise<AddedFollowUp> {
    // BEGIN IMMEDIATE: the write lock is taken before the ticket is read
    return guarded('ticket follow-up', () => this.appendFollowUp.immediate(ticketId, entry));
  }
}

/** Whether the database can take a write right now (it takes and releases the write lock). */
export function checkSqlite(db: SqliteDatabase): void {
  guarded('health check', () => {
    db.exec('BEGIN IMMEDIATE');
    try {
      db.prepare('SELECT count(*) FROM state').get();
    } finally {
      db.exec('ROLLBACK');
    }
  });
}
