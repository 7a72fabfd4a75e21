import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { BlobTicketStore } from '../../src/storage/blob';
import { SqliteTicketStore, openSqliteDatabase } from '../../src/storage/sqlite';
import { withTicketMetrics } from '../../src/tickets/meteredTicketStore';
import { MemoryTicketStore, TicketNotFoundError, type TicketStore } from '../../src/tickets/ticketStore';
import type { TicketFollowUp } from '../../src/tickets/ticket';
import { createMetrics } from '../../src/observability/metrics';
import { azuriteConnectionString, freePort, startAzurite, tempDir, type Child } from '../support/processes';
import { sampleTicket } from '../support/tickets';

const run = promisify(execFile);
const ROOT = join(__dirname, '../..');

const followUp = (activityId: string, text = `message ${activityId}`): TicketFollowUp => ({
  activityId,
  text,
  at: '2026-11-23T09:00:00.000Z',
});

/** The follow-up contract every TicketStore keeps; `pair` gives two stores over the same tickets (two processes). */
function followUpContract(name: string, pair: () => Promise<[TicketStore, TicketStore]>) {
  describe(`${name}: follow-ups on a ticket`, () => {
    test('an appended follow-up is on the ticket when it is read again, after the ones before it', async () => {
      const [store] = await pair();
      await store.create(sampleTicket('TRG-20261123-FA001', { kind: 'handoff' }));
      expect(await store.addFollowUp('TRG-20261123-FA001', followUp('a1', 'first'))).toMatchObject({ added: true });
      await store.addFollowUp('TRG-20261123-FA001', followUp('a2', 'second'));
      const stored = await store.get('TRG-20261123-FA001');
      expect(stored?.followUps?.map((f) => f.text)).toEqual(['first', 'second']);
      expect(stored?.description).toBe('Outlook is down');
    });

    test('two stores appending at once (two processes) both land: no follow-up is lost', async () => {
      const [first, second] = await pair();
      await first.create(sampleTicket('TRG-20261123-FA002', { kind: 'handoff' }));
      const appends = [];
      for (let i = 0; i < 8; i++) {
        appends.push(first.addFollowUp('TRG-20261123-FA002', followUp(`first-${i}`)));
        appends.push(second.addFollowUp('TRG-20261123-FA002', followUp(`second-${i}`)));
      }
      const outcomes = await Promise.all(appends);
      expect(outcomes.every((o) => o.added)).toBe(true);
      const ids = (await first.get('TRG-20261123-FA002'))?.followUps?.map((f) => f.activityId) ?? [];
      expect(ids).toHaveLength(16);
      expect(new Set(ids).size).toBe(16);
    });

    test('the same activity appended twice (its turn ran again) is kept once', async () => {
      const [first, second] = await pair();
      await first.create(sampleTicket('TRG-20261123-FA003', { kind: 'handoff' }));
      const [a, b] = await Promise.all([
        first.addFollowUp('TRG-20261123-FA003', followUp('same-activity', 'the printer is on fire')),
        second.addFollowUp('TRG-20261123-FA003', followUp('same-activity', 'the printer is on fire')),
      ]);
      expect([a.added, b.added].sort()).toEqual([false, true]);
      expect(await first.addFollowUp('TRG-20261123-FA003', followUp('same-activity'))).toMatchObject({ added: false });
      expect((await second.get('TRG-20261123-FA003'))?.followUps).toHaveLength(1);
    });

    test('a follow-up for a ticket that is not stored is refused, not kept somewhere', async () => {
      const [store] = await pair();
      await expect(store.addFollowUp('TRG-20261123-NOPE2', followUp('a1'))).rejects.toBeInstanceOf(TicketNotFoundError);
    });
  });
}

const dir = tempDir('ticket-follow-ups-');
afterAll(() => dir.remove());

followUpContract('memory (and the metered wrapper)', async () => {
  const store = new MemoryTicketStore();
  return [store, withTicketMetrics(store, createMetrics())];
});

let sqliteFiles = 0;
followUpContract('SQLite, two connections to one file', async () => {
  const path = join(dir.path, `tickets-${++sqliteFiles}.sqlite`);
  return [new SqliteTicketStore(openSqliteDatabase(path)), new SqliteTicketStore(openSqliteDatabase(path))];
});

describe('SQLite: two processes appending to one ticket at once', () => {
  test('every follow-up of both processes is kept', async () => {
    const path = join(dir.path, 'two-processes.sqlite');
    await new SqliteTicketStore(openSqliteDatabase(path)).create(sampleTicket('TRG-20261123-FA004'));
    const appender = (name: string) =>
      run(
        process.execPath,
        [
          '--import',
          'tsx',
          '-e',
          `const { SqliteTicketStore, openSqliteDatabase } = require('./src/storage/sqlite');
           const store = new SqliteTicketStore(openSqliteDatabase(${JSON.stringify(path)}));
           (async () => {
             for (let i = 0; i < 25; i++)
               await store.addFollowUp('TRG-20261123-FA004', { activityId: '${name}-' + i, text: 'x', at: new Date().toISOString() });
           })().catch((e) => { console.error(e); process.exit(1); });`,
        ],
        { cwd: ROOT },
      );
    await Promise.all([appender('one'), appender('two')]);
    const stored = await new SqliteTicketStore(openSqliteDatabase(path)).get('TRG-20261123-FA004');
    expect(new Set(stored?.followUps?.map((f) => f.activityId)).size).toBe(50);
  }, 60_000);
});

describe('Azure Blob Storage (Azurite started by the test)', () => {
  let azurite: Child | undefined;
  let connectionString = '';
  beforeAll(async () => {
    const port = await freePort();
    azurite = await startAzurite(port, dir.path);
    connectionString = azuriteConnectionString(port);
  }, 60_000);
  afterAll(async () => azurite?.stop());

  let containers = 0;
  followUpContract('Blob, two store instances', async () => {
    const container = `follow-ups-${++containers}`;
    return [
      BlobTicketStore.fromConnectionString(connectionString, container),
      BlobTicketStore.fromConnectionString(connectionString, container),
    ];
  });
});
