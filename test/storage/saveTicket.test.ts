import { join } from 'node:path';
import { SqliteTicketStore, openSqliteDatabase } from '../../src/storage/sqlite';
import { StorageUnavailableError } from '../../src/storage/errors';
import { saveNewTicket } from '../../src/tickets/saveTicket';
import { MemoryTicketStore, type TicketStore } from '../../src/tickets/ticketStore';
import { ticketIdFor } from '../../src/tickets/ticket';
import { TICKET_ID } from '../support/messages';
import { tempDir } from '../support/processes';
import { sampleTicket } from '../support/tickets';

const ticket = (id: string, userId: string) => sampleTicket(id, { user: { id: userId } });

describe('saving a new ticket', () => {
  const dir = tempDir('save-ticket-');
  afterAll(() => dir.remove());

  test('when its id is already taken, it is saved under a fresh id and the first ticket is kept', async () => {
    const store = new SqliteTicketStore(openSqliteDatabase(join(dir.path, 'tickets.sqlite')));
    await store.create(ticket('TRG-20261123-AAAAA', 'first-user'));
    const saved = await saveNewTicket(store, ticket('TRG-20261123-AAAAA', 'second-user'));
    expect(saved.id).not.toBe('TRG-20261123-AAAAA');
    expect(saved.id).toMatch(new RegExp(`^${TICKET_ID.source}$`));
    expect(saved.id.startsWith('TRG-20261123-')).toBe(true);
    expect((await store.get('TRG-20261123-AAAAA'))?.user.id).toBe('first-user');
    expect((await store.get(saved.id))?.user.id).toBe('second-user');
  });

  test('any other refusal is passed on, not retried', async () => {
    let calls = 0;
    const failing: TicketStore = {
      create: async () => {
        calls++;
        throw new StorageUnavailableError('ticket create', new Error('disk gone'));
      },
      get: async () => undefined,
      listForUser: async () => [],
      addFollowUp: async () => {
        throw new StorageUnavailableError('ticket follow-up', new Error('disk gone'));
      },
    };
    await expect(saveNewTicket(failing, ticket('TRG-20261123-BBBBB', 'u'))).rejects.toBeInstanceOf(
      StorageUnavailableError,
    );
    expect(calls).toBe(1);
  });

  const stores: Array<[string, () => TicketStore]> = [
    ['memory', () => new MemoryTicketStore()],
    ['SQLite', () => new SqliteTicketStore(openSqliteDatabase(':memory:'))],
  ];

  test.each(stores)(
    '%s: the same turn saving its ticket twice (a re-run, a second process) stores one ticket, the first written',
    async (_name, makeStore) => {
      const store = makeStore();
      const origin = { channelId: 'msteams', conversationId: 'c1', activityId: 'a-42' };
      const day = new Date('2026-11-23T08:00:00Z');
      const first = sampleTicket(ticketIdFor(origin, day), { ...origin, createdAt: '2026-11-23T08:00:00.100Z' });
      const again = { ...first, id: ticketIdFor(origin, day), createdAt: '2026-11-23T08:00:00.250Z' };
      expect(again.id).toBe(first.id);

      expect(await store.create(first)).toEqual({ ticket: first, created: true });
      expect(await store.create(again)).toEqual({ ticket: first, created: false });
      expect(await saveNewTicket(store, again)).toEqual(first);
      expect(await store.listForUser(first.user.id, 10)).toEqual([first]);
    },
  );

  test.each(stores)(
    '%s: two turns whose ids collide get two tickets, the second under the next id derived from its own turn',
    async (_name, makeStore) => {
      const store = makeStore();
      const other = { channelId: 'msteams', conversationId: 'c2', activityId: 'a-7' };
      const day = new Date('2026-11-23T08:00:00Z');
      await store.create(sampleTicket(ticketIdFor(other, day), { user: { id: 'first-user' } }));
      const colliding = sampleTicket(ticketIdFor(other, day), { ...other, user: { id: 'second-user' } });
      const saved = await saveNewTicket(store, colliding);
      expect(saved.id).toBe(ticketIdFor(other, day, 1));
      expect((await store.get(saved.id))?.user.id).toBe('second-user');
    },
  );
});
