import { join } from 'node:path';
import Database from 'better-sqlite3';
import { loadConfig } from '../../src/config';
import { createStores, type Stores } from '../../src/storage/createStores';
import { ETagConflictError, StorageUnavailableError } from '../../src/storage/errors';
import { TicketNotFoundError } from '../../src/tickets/ticketStore';
import { tempDir } from '../support/processes';
import { sampleTicket } from '../support/tickets';

/** The SQLite store as the bot opens it: reads on this thread, every write on the writer thread. */
describe('SQLite writes on a writer thread', () => {
  const dir = tempDir('triage-writer-');
  const opened: Stores[] = [];
  let files = 0;
  const open = (busyTimeoutMs = 5000) => {
    const path = join(dir.path, `writer-${++files}.sqlite`);
    const stores = createStores(
      loadConfig({ STORAGE: 'sqlite', STORAGE_PATH: path, SQLITE_BUSY_TIMEOUT_MS: String(busyTimeoutMs) }),
    );
    opened.push(stores);
    return { stores, path };
  };
  afterAll(async () => {
    for (const stores of opened) await stores.close();
    dir.remove();
  });

  test('a write that waits for the disk does not stop this thread: timers run and reads answer meanwhile', async () => {
    const { stores, path } = open();
    await stores.storage.write({ conv: { step: 'plan' } });
    // Another process holds the write lock for 300 ms, so the writer thread waits that long to commit.
    const locker = new Database(path);
    locker.exec('BEGIN IMMEDIATE');
    const release = setTimeout(() => locker.exec('ROLLBACK'), 300);
    let ticks = 0;
    const ticker = setInterval(() => ticks++, 10);
    try {
      const write = stores.storage.write({ conv: { step: 'channel' } });
      expect((await stores.storage.read(['conv'])).conv.step).toBe('plan');
      await write;
      expect(ticks).toBeGreaterThanOrEqual(10);
      expect((await stores.storage.read(['conv'])).conv.step).toBe('channel');
    } finally {
      clearInterval(ticker);
      clearTimeout(release);
      locker.close();
    }
  });

  test('a write over a newer item is refused as an eTag conflict, as on one thread', async () => {
    const { stores } = open();
    await stores.storage.write({ conv: { step: 'plan' } });
    const first = (await stores.storage.read(['conv'])).conv;
    await stores.storage.write({ conv: { step: 'channel', eTag: first.eTag } });
    const refused = stores.storage.write({ conv: { step: 'lost update', eTag: first.eTag } });
    await expect(refused).rejects.toBeInstanceOf(ETagConflictError);
    await expect(refused).rejects.toMatchObject({ key: 'conv' });
    expect((await stores.storage.read(['conv'])).conv.step).toBe('channel');
  });

  test('a ticket created twice is stored once, and a follow-up for a missing ticket is refused by class', async () => {
    const { stores } = open();
    const ticket = sampleTicket('TRG-20261205-WT001');
    expect(await stores.tickets.create(ticket)).toMatchObject({ created: true });
    expect(await stores.tickets.create(ticket)).toMatchObject({ created: false });
    expect((await stores.tickets.get(ticket.id))?.description).toBe(ticket.description);
    const missing = stores.tickets.addFollowUp('TRG-20261205-NOPE1', {
      activityId: 'a1',
      text: 'hello',
      at: '2026-12-05T09:00:00.000Z',
    });
    await expect(missing).rejects.toBeInstanceOf(TicketNotFoundError);
  });

  test('a store locked longer than the busy timeout is reported unavailable, and the write is not kept', async () => {
    const { stores, path } = open(100);
    const locker = new Database(path);
    locker.exec('BEGIN IMMEDIATE');
    try {
      await expect(stores.storage.write({ conv: { step: 'plan' } })).rejects.toBeInstanceOf(StorageUnavailableError);
      await expect(stores.check()).rejects.toBeInstanceOf(StorageUnavailableError);
    } finally {
      locker.exec('ROLLBACK');
      locker.close();
    }
    expect(await stores.storage.read(['conv'])).toEqual({});
    await stores.check();
  });

  test('closing lets the writes already asked for commit; a write after it fails clearly instead of hanging', async () => {
    const { stores, path } = open();
    const writes = Array.from({ length: 25 }, (_, i) => stores.storage.write({ [`k${i}`]: { v: i } }));
    await stores.close();
    await Promise.all(writes);
    const reader = new Database(path, { readonly: true });
    const { n } = reader.prepare('SELECT count(*) AS n FROM state').get() as { n: number };
    reader.close();
    expect(n).toBe(25);
    await expect(stores.tickets.create(sampleTicket('TRG-20261205-WT002'))).rejects.toBeInstanceOf(
      StorageUnavailableError,
    );
  });
});
