import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { WalFlush } from '../../src/storage/walFlush';
import { tempDir } from '../support/processes';

/** An fsync the test finishes by hand, to see who waits for which. */
function manualSync() {
  const calls: Array<{ finish: () => void; fail: (error: Error) => void }> = [];
  const syncFile = () =>
    new Promise<void>((finish, fail) => {
      calls.push({ finish, fail });
    });
  return { calls, syncFile };
}

const settledYet = async (promise: Promise<unknown>) => {
  let done = false;
  promise.then(
    () => (done = true),
    () => (done = true),
  );
  await new Promise((tick) => setImmediate(tick));
  return done;
};

describe('WalFlush: a commit is acknowledged only once the log is synced, off the event loop', () => {
  test('a commit waits for its fsync, and resolves when it is done', async () => {
    const sync = manualSync();
    const flush = new WalFlush('/any-wal', sync.syncFile);
    const commit = flush.committed();
    expect(sync.calls).toHaveLength(1);
    expect(await settledYet(commit)).toBe(false);
    sync.calls[0]!.finish();
    await expect(commit).resolves.toBeUndefined();
  });

  test('commits made while an fsync runs wait for the next one, and share it', async () => {
    const sync = manualSync();
    const flush = new WalFlush('/any-wal', sync.syncFile);
    const first = flush.committed();
    const second = flush.committed();
    const third = flush.committed();
    expect(sync.calls).toHaveLength(1); // no second fsync while one runs
    sync.calls[0]!.finish();
    await first;
    // the fsync that ran may have started before the later commits reached the file
    expect(await settledYet(second)).toBe(false);
    expect(sync.calls).toHaveLength(2);
    sync.calls[1]!.finish();
    await expect(Promise.all([second, third])).resolves.toEqual([undefined, undefined]);
    expect(sync.calls).toHaveLength(2);
  });

  test('a failed fsync rejects the commits it covered; later commits sync again', async () => {
    const sync = manualSync();
    const flush = new WalFlush('/any-wal', sync.syncFile);
    const lost = flush.committed();
    sync.calls[0]!.fail(new Error('EIO'));
    await expect(lost).rejects.toThrow('EIO');
    const next = flush.committed();
    sync.calls[1]!.finish();
    await expect(next).resolves.toBeUndefined();
  });

  test('a read waits until every earlier commit is on disk; with none pending it does not wait', async () => {
    const sync = manualSync();
    const flush = new WalFlush('/any-wal', sync.syncFile);
    expect(await settledYet(flush.settled())).toBe(true);
    void flush.committed();
    const read = flush.settled();
    expect(await settledYet(read)).toBe(false);
    sync.calls[0]!.finish();
    await expect(read).resolves.toBeUndefined();
    expect(await settledYet(flush.settled())).toBe(true);
  });

  test('the real fsync syncs the log file, and a missing log (checkpointed on close) counts as synced', async () => {
    const dir = tempDir('triage-wal-');
    try {
      const wal = join(dir.path, 'db-wal');
      writeFileSync(wal, 'frames');
      await expect(new WalFlush(wal).committed()).resolves.toBeUndefined();
      await expect(new WalFlush(join(dir.path, 'gone-wal')).committed()).resolves.toBeUndefined();
    } finally {
      dir.remove();
    }
  });
});
