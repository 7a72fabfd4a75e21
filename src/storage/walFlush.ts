import { open } from 'node:fs/promises';

/** When a commit counts as on disk: the group commit waits for it before a write's promise settles. */
export interface CommitDurability {
  /** Call right after a commit; resolves once that commit is on disk (rejects if it cannot be made so). */
  committed(): Promise<void>;
  /** Resolves once every commit made so far is on disk, so what is read next was not only in memory. */
  settled(): Promise<void>;
}

/** For a database that syncs inside each commit (synchronous=FULL) or has no file: committed is on disk. */
export const SYNCED_BY_COMMIT: CommitDurability = {
  committed: () => Promise.resolve(),
  settled: () => Promise.resolve(),
};

type Waiter = { upTo: number; resolve: () => void; reject: (error: unknown) => void };

/**
 * Makes SQLite's write-ahead log durable with an fsync on libuv's thread pool instead of inside the commit.
 *
 * With synchronous=FULL, better-sqlite3 fsyncs the WAL inside COMMIT, on the event loop: every group of writes stops
 * all conversations for the length of an fsync. With synchronous=NORMAL the commit only appends to the log, and this
 * class then fsyncs the log file off the loop, and the writes of that commit are acknowledged only after it. A write's
 * promise still means "on disk, survives a power cut" — as with FULL — while other turns go on during the fsync.
 * Commits that arrive while an fsync runs share the next one. Checkpoints keep SQLite's own syncs (NORMAL syncs
 * the log before and the database after copying).
 */
export class WalFlush implements CommitDurability {
  private commits = 0;
  private onDisk = 0;
  private running = false;
  private waiters: Waiter[] = [];

  constructor(
    private readonly walPath: string,
    private readonly syncFile: (path: string) => Promise<void> = fsyncFile,
  ) {}

  committed(): Promise<void> {
    this.commits += 1;
    return this.until(this.commits);
  }

  settled(): Promise<void> {
    return this.onDisk >= this.commits ? Promise.resolve() : this.until(this.commits);
  }

  private until(upTo: number): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.waiters.push({ upTo, resolve, reject });
      this.syncIfNeeded();
    });
  }

  private syncIfNeeded(): void {
    if (this.running || this.onDisk >= this.commits) return;
    this.running = true;
    const target = this.commits; // every commit up to here is in the file before the fsync starts
    this.syncFile(this.walPath).then(
      () => this.release(target, undefined),
      (error: unknown) => this.release(target, error ?? new Error('fsync failed')),
    );
  }

  private release(target: number, error: unknown): void {
    // After a failed fsync those commits are reported as failed and not waited on again.
    this.onDisk = target;
    this.running = false;
    const done = this.waiters.filter((w) => w.upTo <= target);
    this.waiters = this.waiters.filter((w) => w.upTo > target);
    for (const waiter of done) {
      if (error === undefined) waiter.resolve();
      else waiter.reject(error);
    }
    this.syncIfNeeded();
  }
}

async function fsyncFile(path: string): Promise<void> {
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    // no log file: the last connection closed and checkpointed it into the database, which SQLite synced
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
