import type { StoreItems } from 'botbuilder';
import type { Ticket, TicketFollowUp } from '../tickets/ticket';
import type { AddedFollowUp, SavedTicket, TicketStore } from '../tickets/ticketStore';
import type { SqliteDatabase } from './sqlite';
import { StorageUnavailableError } from './errors';
import type { ETagReportingStorage } from './etagReporting';
import { SYNCED_BY_COMMIT, type CommitDurability } from './walFlush';

type Operation = () => Promise<unknown>;

/**
 * Group commit for the SQLite store: the writes that arrive in one turn of the event loop (many conversations'
 * turns under load) commit as ONE transaction, so they share one fsync instead of paying one each.
 *
 * Durability: a write's promise settles only after the transaction holding it is on disk — synced inside the commit
 * (synchronous=FULL), or, as the bot opens it, by the WalFlush given here, off the event loop. Reads wait until
 * what was committed before them is on disk, so nothing is read that a power cut could still take back.
 *
 * Each operation keeps its own atomicity: a state write runs in its
 * own transaction, which inside the group becomes a savepoint, and a ticket insert is one statement; so a failure
 * of one (an eTag conflict, a duplicate ticket id) rejects that operation only and the others commit. If the commit
 * itself fails, every operation of the group is rejected and nothing of it was kept. An operation waits at most one
 * event-loop turn (setImmediate) to be grouped.
 *
 * The operations must do their database work synchronously (better-sqlite3 is synchronous) before their promise
 * is returned; SqliteStorage.write, SqliteTicketStore.create and SqliteTicketStore.addFollowUp do.
 */
export class GroupCommit {
  private pending: Array<{
    operation: Operation;
    resolve: (value: unknown) => void;
    reject: (error: unknown) => void;
  }> = [];
  private scheduled = false;
  private readonly commitGroup: { immediate: (operations: Operation[]) => Array<Promise<unknown>> };

  constructor(
    db: SqliteDatabase,
    private readonly durability: CommitDurability = SYNCED_BY_COMMIT,
  ) {
    this.commitGroup = db.transaction((operations: Operation[]) =>
      operations.map((operation) => {
        const outcome = operation();
        outcome.catch(() => undefined); // passed on after the commit, or superseded if the commit fails
        return outcome;
      }),
    );
  }

  run<T>(operation: () => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.pending.push({ operation, resolve: resolve as (value: unknown) => void, reject });
      if (!this.scheduled) {
        this.scheduled = true;
        setImmediate(() => this.flush());
      }
    });
  }

  private flush(): void {
    this.scheduled = false;
    const group = this.pending;
    this.pending = [];
    let outcomes: Array<Promise<unknown>>;
    try {
      // BEGIN IMMEDIATE, as SqliteStorage's own writes: the write lock is taken before any eTag is read.
      outcomes = this.commitGroup.immediate(group.map((p) => p.operation));
    } catch (error) {
      const failure = unavailable('write', error);
      for (const p of group) p.reject(failure);
      return;
    }
    // a failed fsync is the store failing, as a failed commit is: the turn fails unsaved and can be sent again
    const onDisk = this.durability.committed().catch((error: unknown) => Promise.reject(unavailable('sync', error)));
    onDisk.catch(() => undefined); // each operation below hears of it
    group.forEach((p, i) =>
      outcomes[i].then(
        (value) => onDisk.then(() => p.resolve(value), p.reject),
        p.reject, // its own savepoint was rolled back: nothing of it to wait for
      ),
    );
  }

  /** Resolves once everything committed so far is on disk. */
  settled(): Promise<void> {
    return this.durability.settled().catch((error: unknown) => Promise.reject(unavailable('read', error)));
  }
}

function unavailable(operation: string, error: unknown): StorageUnavailableError {
  return error instanceof StorageUnavailableError ? error : new StorageUnavailableError(operation, error);
}

/** Bot state whose writes and deletes go through a GroupCommit; reads wait until earlier commits are on disk. */
export class GroupCommitStorage implements ETagReportingStorage {
  constructor(
    private readonly group: GroupCommit,
    private readonly inner: ETagReportingStorage,
  ) {}

  async read(keys: string[]): Promise<StoreItems> {
    await this.group.settled();
    return this.inner.read(keys);
  }

  async write(changes: StoreItems): Promise<void> {
    await this.writeReportingETags(changes);
  }

  writeReportingETags(changes: StoreItems): Promise<Record<string, string>> {
    return this.group.run(() => this.inner.writeReportingETags(changes));
  }

  delete(keys: string[]): Promise<void> {
    return this.group.run(() => this.inner.delete(keys));
  }
}

/** Tickets whose creation goes through a GroupCommit (so a ticket costs no fsync of its own). */
export class GroupCommitTicketStore implements TicketStore {
  constructor(
    private readonly group: GroupCommit,
    private readonly inner: TicketStore,
  ) {}

  create(ticket: Ticket): Promise<SavedTicket> {
    return this.group.run(() => this.inner.create(ticket));
  }

  async get(id: string): Promise<Ticket | undefined> {
    await this.group.settled();
    return this.inner.get(id);
  }

  async listForUser(userId: string, limit: number): Promise<Ticket[]> {
    await this.group.settled();
    return this.inner.listForUser(userId, limit);
  }

  addFollowUp(ticketId: string, entry: TicketFollowUp): Promise<AddedFollowUp> {
    return this.group.run(() => this.inner.addFollowUp(ticketId, entry));
  }
}
