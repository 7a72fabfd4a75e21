import type { Storage, StoreItems } from 'botbuilder';
import type { SqliteDatabase } from './sqlite';
import { StorageUnavailableError } from './errors';

/**
 * Group commit for a SQLite-backed Storage: the writes that arrive in one turn of the event loop (many
 * conversations' turns under load) commit as ONE transaction, so they share one fsync instead of paying one each.
 *
 * Durability is unchanged: a write's promise resolves only after the transaction holding it has committed (with
 * the database's own synchronous setting, FULL by default). Semantics are unchanged: each write runs in its own
 * savepoint, so its eTag check and its items stand or fall together and a conflict (or any failure) of one write
 * rejects that write only; the others commit. A write waits at most one event-loop turn (setImmediate) to be grouped.
 */
export class GroupCommitStorage implements Storage {
  private pending: Array<{ changes: StoreItems; resolve: () => void; reject: (error: unknown) => void }> = [];
  private scheduled = false;
  private readonly commitBatch: (writes: StoreItems[]) => Array<Promise<void>>;

  constructor(
    db: SqliteDatabase,
    private readonly inner: Storage,
  ) {
    // inner.write runs synchronously up to its end (better-sqlite3 is synchronous), so inside this transaction its
    // own transaction becomes a savepoint; its outcome is already settled when the promise is returned.
    this.commitBatch = db.transaction((writes: StoreItems[]) =>
      writes.map((changes) => {
        const outcome = this.inner.write(changes);
        outcome.catch(() => undefined); // handled below, or superseded when the commit fails
        return outcome;
      }),
    );
  }

  read(keys: string[]): Promise<StoreItems> {
    return this.inner.read(keys);
  }

  delete(keys: string[]): Promise<void> {
    return this.inner.delete(keys);
  }

  write(changes: StoreItems): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.pending.push({ changes, resolve, reject });
      if (!this.scheduled) {
        this.scheduled = true;
        setImmediate(() => this.flush());
      }
    });
  }

  private flush(): void {
    this.scheduled = false;
    const batch = this.pending;
    this.pending = [];
    let outcomes: Array<Promise<void>>;
    try {
      outcomes = (this.commitBatch as unknown as { immediate: typeof this.commitBatch }).immediate(batch.map((w) => w.changes));
    } catch (error) {
      // The commit itself failed: nothing of the batch was written.
      const failure = error instanceof StorageUnavailableError ? error : new StorageUnavailableError('write', error);
      for (const w of batch) w.reject(failure);
      return;
    }
    batch.forEach((w, i) => outcomes[i].then(w.resolve, w.reject));
  }
}
