import { join } from 'node:path';
import { SqliteTicketStore, openSqliteDatabase } from '../../src/storage/sqlite';
import { StorageUnavailableError } from '../../src/storage/errors';
import { saveNewTicket } from '../../src/tickets/saveTicket';
import type { TicketStore } from '../../src/tickets/ticketStore';
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
    };
    await expect(saveNewTicket(failing, ticket('TRG-20261123-BBBBB', 'u'))).rejects.toBeInstanceOf(
      StorageUnavailableError,
    );
    expect(calls).toBe(1);
  });
});
