import { existsSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { ETagConflictError, StorageUnavailableError } from '../../src/storage/errors';
import { TicketExistsError } from '../../src/tickets/ticketStore';
import {
  SqliteStorage,
  SqliteTicketStore,
  checkSqlite,
  openSqliteDatabase,
  type SqliteDatabase,
} from '../../src/storage/sqlite';
import { createStores } from '../../src/storage/createStores';
import { loadConfig } from '../../src/config';
import type { Ticket } from '../../src/tickets/ticket';
import { tempDir } from '../support/processes';
import { sampleTicket } from '../support/tickets';

function ticket(id: string, userId: string, createdAt: string, description = 'Outlook is down'): Ticket {
  return sampleTicket(id, {
    createdAt,
    user: { id: userId },
    locale: 'ja',
    description,
    transcript: [{ from: 'user', text: description, at: createdAt }],
  });
}

describe('SQLite store', () => {
  const dir = tempDir('triage-sqlite-');
  const opened: SqliteDatabase[] = [];
  const open = (name: string, busyTimeoutMs?: number) => {
    const db = openSqliteDatabase(join(dir.path, name), { busyTimeoutMs });
    opened.push(db);
    return db;
  };
  afterAll(() => {
    for (const db of opened) if (db.open) db.close();
    dir.remove();
  });

  test('the default configuration is a SQLite file at .data/triage.sqlite', () => {
    const config = loadConfig({});
    expect(config.STORAGE).toBe('sqlite');
    expect(config.STORAGE_PATH).toBe('.data/triage.sqlite');
  });

  test('the database file and its directory are created on first start, in WAL mode with full sync', async () => {
    const path = join(dir.path, 'nested', 'deeper', 'triage.sqlite');
    expect(existsSync(path)).toBe(false);
    const stores = createStores(loadConfig({ STORAGE: 'sqlite', STORAGE_PATH: path }));
    try {
      expect(existsSync(path)).toBe(true);
      await stores.check();
    } finally {
      await stores.close();
    }
    const db = new Database(path, { readonly: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();
    const again = open('sync.sqlite');
    expect(again.pragma('synchronous', { simple: true })).toBe(2); // FULL
  });

  test('an item read back carries an eTag; writing with it succeeds once, then the old eTag is refused', async () => {
    const storage = new SqliteStorage(open('etag.sqlite'));
    await storage.write({ conv: { step: 'plan' } });
    const first = (await storage.read(['conv'])).conv;
    expect(first).toEqual({ step: 'plan', eTag: expect.any(String) });

    await storage.write({ conv: { step: 'channel', eTag: first.eTag } });
    const second = (await storage.read(['conv'])).conv;
    expect(second.step).toBe('channel');
    expect(second.eTag).not.toBe(first.eTag);

    await expect(storage.write({ conv: { step: 'lost update', eTag: first.eTag } })).rejects.toBeInstanceOf(
      ETagConflictError,
    );
    await expect(storage.write({ conv: { step: 'lost update', eTag: first.eTag } })).rejects.toThrow(/eTag conflict/);
    expect((await storage.read(['conv'])).conv.step).toBe('channel');
  });

  test('a write reports the eTag each item now has: the one a read would give, and good for the next write', async () => {
    const storage = new SqliteStorage(open('reported.sqlite'));
    const reported = await storage.writeReportingETags({ conv: { step: 'plan' }, user: { locale: 'ja' } });
    const read = await storage.read(['conv', 'user']);
    expect(reported).toEqual({ conv: read.conv.eTag, user: read.user.eTag });
    await expect(storage.write({ conv: { step: 'channel', eTag: reported.conv } })).resolves.toBeUndefined();
  });

  test("'*' or no eTag is last write wins; an eTag for an item that does not exist is a conflict", async () => {
    const storage = new SqliteStorage(open('lww.sqlite'));
    await storage.write({ k: { v: 1 } });
    await storage.write({ k: { v: 2, eTag: '*' } });
    await storage.write({ k: { v: 3 } });
    expect((await storage.read(['k'])).k.v).toBe(3);
    await expect(storage.write({ missing: { v: 1, eTag: 'made-up' } })).rejects.toBeInstanceOf(ETagConflictError);
    expect(await storage.read(['missing'])).toEqual({});
  });

  test('a write of several items is all or nothing: one stale eTag and none of them is written', async () => {
    const storage = new SqliteStorage(open('atomic.sqlite'));
    await storage.write({ a: { v: 'a1' }, b: { v: 'b1' } });
    const { a } = await storage.read(['a']);
    await storage.write({ a: { v: 'a2', eTag: a.eTag } });
    await expect(storage.write({ b: { v: 'b2' }, a: { v: 'a3', eTag: a.eTag } })).rejects.toBeInstanceOf(
      ETagConflictError,
    );
    const after = await storage.read(['a', 'b']);
    expect([after.a.v, after.b.v]).toEqual(['a2', 'b1']);
  });

  test('delete removes items; reading missing keys returns nothing for them', async () => {
    const storage = new SqliteStorage(open('delete.sqlite'));
    await storage.write({ a: { v: 1 }, b: { v: 2 } });
    await storage.delete(['a', 'never-there']);
    expect(await storage.read(['a', 'b', 'c'])).toEqual({ b: { v: 2, eTag: expect.any(String) } });
  });

  test('state and tickets written by one connection are there after it is closed and the file reopened', async () => {
    const db = open('reopen.sqlite');
    await new SqliteStorage(db).write({
      'emulator/conversations/c1': { DialogState: { step: 3 }, text: '全社でメールが送受信できません' },
    });
    await new SqliteTicketStore(db).create(ticket('TRG-20261123-AAAAA', 'u1', '2026-11-23T01:00:00.000Z'));
    db.close();
    const again = open('reopen.sqlite');
    expect(
      (await new SqliteStorage(again).read(['emulator/conversations/c1']))['emulator/conversations/c1'],
    ).toMatchObject({
      DialogState: { step: 3 },
      text: '全社でメールが送受信できません',
    });
    expect(await new SqliteTicketStore(again).get('TRG-20261123-AAAAA')).toMatchObject({
      id: 'TRG-20261123-AAAAA',
      user: { id: 'u1' },
    });
  });

  test('a ticket id is written once: creating it again fails and the first ticket is kept', async () => {
    const tickets = new SqliteTicketStore(open('tickets-dup.sqlite'));
    await tickets.create(ticket('TRG-20261123-BBBBB', 'u1', '2026-11-23T01:00:00.000Z', 'first'));
    await expect(
      tickets.create(ticket('TRG-20261123-BBBBB', 'u2', '2026-11-23T02:00:00.000Z', 'second')),
    ).rejects.toBeInstanceOf(TicketExistsError);
    expect(await tickets.get('TRG-20261123-BBBBB')).toMatchObject({ description: 'first', user: { id: 'u1' } });
    expect(await tickets.listForUser('u2', 10)).toEqual([]);
  });

  test("a user's tickets come back newest first, only theirs, at most the limit; an unknown id is undefined", async () => {
    const tickets = new SqliteTicketStore(open('tickets-list.sqlite'));
    await tickets.create(ticket('TRG-20261121-CCCCC', 'u1', '2026-11-21T01:00:00.000Z'));
    await tickets.create(ticket('TRG-20261123-DDDDD', 'u1', '2026-11-23T01:00:00.000Z'));
    await tickets.create(ticket('TRG-20261122-EEEEE', 'u1', '2026-11-22T01:00:00.000Z'));
    await tickets.create(ticket('TRG-20261123-FFFFF', 'u2', '2026-11-23T05:00:00.000Z'));
    expect((await tickets.listForUser('u1', 10)).map((t) => t.id)).toEqual([
      'TRG-20261123-DDDDD',
      'TRG-20261122-EEEEE',
      'TRG-20261121-CCCCC',
    ]);
    expect((await tickets.listForUser('u1', 2)).map((t) => t.id)).toEqual(['TRG-20261123-DDDDD', 'TRG-20261122-EEEEE']);
    expect(await tickets.get('TRG-20260101-ZZZZZ')).toBeUndefined();
  });

  test('while another process holds the write lock, writes and the health check fail as "unavailable" and write nothing', async () => {
    const db = open('locked.sqlite', 100);
    const storage = new SqliteStorage(db);
    const tickets = new SqliteTicketStore(db);
    await storage.write({ k: { v: 'before' } });
    const other = new Database(join(dir.path, 'locked.sqlite'));
    other.exec('BEGIN EXCLUSIVE');
    try {
      await expect(storage.write({ k: { v: 'during' } })).rejects.toBeInstanceOf(StorageUnavailableError);
      await expect(
        tickets.create(ticket('TRG-20261123-GGGGG', 'u1', '2026-11-23T01:00:00.000Z')),
      ).rejects.toBeInstanceOf(StorageUnavailableError);
      expect(() => checkSqlite(db)).toThrow(StorageUnavailableError);
    } finally {
      other.exec('ROLLBACK');
      other.close();
    }
    expect((await storage.read(['k'])).k.v).toBe('before');
    expect(await tickets.get('TRG-20261123-GGGGG')).toBeUndefined();
    expect(() => checkSqlite(db)).not.toThrow();
  });
});
