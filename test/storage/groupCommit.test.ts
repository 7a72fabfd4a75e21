import { join } from 'node:path';
import { ETagConflictError, StorageUnavailableError } from '../../src/storage/errors';
import { TicketExistsError } from '../../src/tickets/ticketStore';
import { GroupCommit, GroupCommitStorage, GroupCommitTicketStore } from '../../src/storage/groupCommit';
import { SqliteStorage, SqliteTicketStore, openSqliteDatabase, type SqliteDatabase } from '../../src/storage/sqlite';
import { createStores } from '../../src/storage/createStores';
import { loadConfig } from '../../src/config';
import { tempDir } from '../support/processes';
import { sampleTicket } from '../support/tickets';

const ticket = (id: string) => sampleTicket(id);

describe('group commit over the SQLite store', () => {
  const dir = tempDir('triage-group-');
  const opened: SqliteDatabase[] = [];
  const open = (name: string) => {
    const db = openSqliteDatabase(join(dir.path, name));
    opened.push(db);
    return db;
  };
  afterAll(() => {
    for (const db of opened) if (db.open) db.close();
    dir.remove();
  });

  test('concurrent writes run inside one shared transaction, and each resolves only after it committed', async () => {
    const db = open('shared.sqlite');
    const sqlite = new SqliteStorage(db);
    const seen: boolean[] = [];
    const spy = {
      read: sqlite.read.bind(sqlite),
      delete: sqlite.delete.bind(sqlite),
      write: sqlite.write.bind(sqlite),
      writeReportingETags: (changes: Parameters<SqliteStorage['write']>[0]) => (
        seen.push(db.inTransaction),
        sqlite.writeReportingETags(changes)
      ),
    };
    const storage = new GroupCommitStorage(new GroupCommit(db), spy);
    await Promise.all(Array.from({ length: 20 }, (_, i) => storage.write({ [`k${i}`]: { v: i } })));
    expect(seen).toEqual(Array(20).fill(true)); // all inside the group's transaction: one commit
    expect(db.inTransaction).toBe(false); // and it is committed when the writes resolve
    const read = await storage.read(['k0', 'k19']);
    expect(read.k0.v).toBe(0);
    expect(read.k19.v).toBe(19);
  });

  test('an eTag conflict or a duplicate ticket rejects that operation only; the rest of the group commits', async () => {
    const db = open('isolated.sqlite');
    const group = new GroupCommit(db);
    const storage = new GroupCommitStorage(group, new SqliteStorage(db));
    const tickets = new GroupCommitTicketStore(group, new SqliteTicketStore(db));
    await storage.write({ conv: { step: 'plan' } });
    await tickets.create(ticket('TRG-20261123-AAAAA'));
    const stale = (await storage.read(['conv'])).conv.eTag as string;
    await storage.write({ conv: { step: 'channel', eTag: stale } });

    const results = await Promise.allSettled([
      storage.write({ a: { v: 1 } }),
      storage.write({ conv: { step: 'lost update', eTag: stale }, b: { v: 2 } }),
      // The same id for another user's ticket (a collision, not the same ticket written again).
      tickets.create({ ...ticket('TRG-20261123-AAAAA'), user: { id: 'someone-else' } }),
      tickets.create(ticket('TRG-20261123-BBBBB')),
      storage.write({ c: { v: 3 } }),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'rejected', 'fulfilled', 'fulfilled']);
    expect((results[1] as PromiseRejectedResult).reason).toBeInstanceOf(ETagConflictError);
    expect((results[2] as PromiseRejectedResult).reason).toBeInstanceOf(TicketExistsError);
    const items = await storage.read(['a', 'b', 'c', 'conv']);
    expect(Object.keys(items).sort()).toEqual(['a', 'c', 'conv']); // b went with its conflicting write
    expect(items.conv.step).toBe('channel');
    expect(await tickets.get('TRG-20261123-BBBBB')).toBeDefined();
  });

  test('a write is acknowledged only once its commit is on disk; a read waits for earlier commits', async () => {
    const db = open('durable.sqlite');
    let syncDone!: () => void;
    const durability = {
      committed: () => new Promise<void>((done) => (syncDone = done)),
      settled: () => new Promise<void>((done) => (syncDone = done)),
    };
    const group = new GroupCommit(db, durability);
    const storage = new GroupCommitStorage(group, new SqliteStorage(db));
    const tickets = new GroupCommitTicketStore(group, new SqliteTicketStore(db));
    let acknowledged = false;
    const write = storage.write({ conv: { step: 'plan' } }).then(() => (acknowledged = true));
    const created = tickets.create(ticket('TRG-20261123-CCCCC'));
    await new Promise((tick) => setImmediate(tick));
    await new Promise((tick) => setImmediate(tick));
    expect(db.prepare('SELECT count(*) FROM state').pluck().get()).toBe(1); // committed ...
    expect(acknowledged).toBe(false); // ... but not yet said to be
    syncDone();
    await Promise.all([write, created]);
    let read = false;
    const reading = tickets.get('TRG-20261123-CCCCC').then((t) => ((read = true), t));
    await new Promise((tick) => setImmediate(tick));
    expect(read).toBe(false);
    syncDone();
    expect((await reading)?.id).toBe('TRG-20261123-CCCCC');
  });

  test('a failed fsync fails the writes of its commit, so the turn is told, not a ticket promised', async () => {
    const db = open('fsync-failed.sqlite');
    const durability = {
      committed: () => Promise.reject(new Error('EIO')),
      settled: () => Promise.reject(new Error('EIO')),
    };
    const tickets = new GroupCommitTicketStore(new GroupCommit(db, durability), new SqliteTicketStore(db));
    const created = tickets.create(ticket('TRG-20261123-DDDDD'));
    await expect(created).rejects.toThrow('EIO');
    // as a failed commit: the store is unavailable, so the turn fails unsaved and the user can send it again
    await expect(created).rejects.toBeInstanceOf(StorageUnavailableError);
    await expect(tickets.get('TRG-20261123-DDDDD')).rejects.toBeInstanceOf(StorageUnavailableError);
  });

  test('writes acknowledged by the SQLite store the bot opens (fsync off the event loop) are there after reopening', async () => {
    const path = join(dir.path, 'bot.sqlite');
    const stores = createStores(loadConfig({ STORAGE: 'sqlite', STORAGE_PATH: path }));
    await stores.storage.write({ conv: { step: 'plan' } });
    await stores.tickets.create(ticket('TRG-20261123-EEEEE'));
    await stores.close();
    const reopened = openSqliteDatabase(path);
    opened.push(reopened);
    expect(await new SqliteTicketStore(reopened).get('TRG-20261123-EEEEE')).toBeDefined();
    expect((await new SqliteStorage(reopened).read(['conv'])).conv?.step).toBe('plan');
  });

  test('when the store is gone, every write of the group is rejected as unavailable', async () => {
    const db = open('closed.sqlite');
    const storage = new GroupCommitStorage(new GroupCommit(db), new SqliteStorage(db));
    const writes = [storage.write({ a: { v: 1 } }), storage.write({ b: { v: 2 } })];
    db.close();
    for (const write of writes) await expect(write).rejects.toBeInstanceOf(StorageUnavailableError);
  });
});
