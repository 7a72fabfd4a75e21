import { MemoryStorage, type Storage } from 'botbuilder';
import { isETagConflict } from '../../src/storage/etag';
import { ETagGuardedStorage } from '../../src/storage/etagGuardedStorage';
import { SqliteStorage, openSqliteDatabase } from '../../src/storage/sqlite';
import { turnOnConversationC1 as turn } from '../support/turnContext';
import { PlainJsonConversationState } from '../../src/state/plainJsonBotState';

/** Two "processes": each its own conversation state (as the bot builds it) over one store, as two servers behind a load balancer. */
function twoWriters(store: Storage) {
  const make = () => {
    const state = new PlainJsonConversationState(new ETagGuardedStorage(store));
    return { state, step: state.createProperty<string>('step') };
  };
  return [make(), make()];
}

const stores: Array<[string, () => Storage]> = [
  ['MemoryStorage', () => new MemoryStorage()],
  ['SQLite', () => new SqliteStorage(openSqliteDatabase(':memory:'))],
];

describe.each(stores)('bot state saved through ETagGuardedStorage on %s', (_name, makeStore) => {
  test('of two turns that read the same state, the second to save is refused as a conflict and the first is kept', async () => {
    const [a, b] = twoWriters(makeStore());
    const setup = turn();
    await a.step.set(setup, 'plan');
    await a.state.saveChanges(setup);

    const [turnA, turnB] = [turn(), turn()];
    await a.step.get(turnA);
    await b.step.get(turnB);
    await a.step.set(turnA, 'channel');
    await b.step.set(turnB, 'lost update');
    await a.state.saveChanges(turnA);
    const refused = await b.state.saveChanges(turnB).catch((error: unknown) => error);
    expect(isETagConflict(refused)).toBe(true);

    expect(await a.step.get(turn())).toBe('channel');
  });

  test('two turns that both create a new conversation: the second to save is refused', async () => {
    const [a, b] = twoWriters(makeStore());
    const [turnA, turnB] = [turn(), turn()];
    await a.step.set(turnA, 'first');
    await b.step.set(turnB, 'second');
    await a.state.saveChanges(turnA);
    expect(isETagConflict(await b.state.saveChanges(turnB).catch((error: unknown) => error))).toBe(true);
    expect(await b.step.get(turn())).toBe('first');
  });

  test('a turn that saves twice is not taken for someone else the second time', async () => {
    const [a] = twoWriters(makeStore());
    const context = turn();
    await a.step.set(context, 'one');
    await a.state.saveChanges(context);
    await a.step.set(context, 'two');
    await a.state.saveChanges(context);
    expect(await a.step.get(turn())).toBe('two');
  });
});
