import { ConversationState, MemoryStorage, UserState, type StoreItems } from 'botbuilder';
import { isETagConflict } from '../../src/storage/etag';
import { ETagGuardedStorage } from '../../src/storage/etagGuardedStorage';
import { turnOnConversationC1 as turn } from '../support/turnContext';
import { PlainJsonConversationState, PlainJsonUserState } from '../../src/state/plainJsonBotState';

/** A MemoryStorage that counts its writes. */
class CountingStorage extends MemoryStorage {
  writes: StoreItems[] = [];
  override async write(changes: StoreItems): Promise<void> {
    this.writes.push(changes);
    await super.write(changes);
  }
}

/** User state: it keeps change detection (most turns leave the user's preferences as they were). */
async function stateWithStep(storage: CountingStorage) {
  const state = new PlainJsonUserState(storage);
  const step = state.createProperty<string>('step');
  const setup = turn();
  await step.set(setup, 'plan');
  await state.saveChanges(setup);
  storage.writes = [];
  return { state, step };
}

describe('bot state that tells a change by plain JSON', () => {
  test('a state read and left as it was is not written again', async () => {
    const storage = new CountingStorage();
    const { state, step } = await stateWithStep(storage);
    const context = turn();
    expect(await step.get(context)).toBe('plan');
    await state.saveChanges(context);
    expect(storage.writes).toHaveLength(0);
  });

  test('the conversation state, once loaded, is written even unchanged: every turn that runs changes it', async () => {
    const storage = new CountingStorage();
    const state = new PlainJsonConversationState(storage);
    const step = state.createProperty<string>('step');
    const setup = turn();
    await step.set(setup, 'plan');
    await state.saveChanges(setup);
    storage.writes = [];
    const context = turn();
    expect(await step.get(context)).toBe('plan');
    await state.saveChanges(context);
    expect(storage.writes).toHaveLength(1);
  });

  test('a changed state is written once; saving again unchanged writes nothing more', async () => {
    const storage = new CountingStorage();
    const { state, step } = await stateWithStep(storage);
    const context = turn();
    await step.set(context, 'channel');
    await state.saveChanges(context);
    await state.saveChanges(context);
    expect(storage.writes).toHaveLength(1);
    expect(await step.get(turn())).toBe('channel');
  });

  test('a forced save writes even an unchanged state', async () => {
    const storage = new CountingStorage();
    const { state, step } = await stateWithStep(storage);
    const context = turn();
    await step.get(context);
    await state.saveChanges(context, true);
    expect(storage.writes).toHaveLength(1);
  });

  test("its keys are botbuilder's ConversationState and UserState keys, so state saved before is found", async () => {
    const storage = new MemoryStorage();
    const context = turn();
    const [theirs, ours] = [new ConversationState(storage), new PlainJsonConversationState(storage)];
    await theirs.createProperty<string>('step').set(context, 'country');
    await theirs.saveChanges(context);
    expect(await ours.createProperty<string>('step').get(turn())).toBe('country');
    const [theirUser, ourUser] = [new UserState(storage), new PlainJsonUserState(storage)];
    await theirUser.createProperty<string>('locale').set(context, 'ja');
    await theirUser.saveChanges(context);
    expect(await ourUser.createProperty<string>('locale').get(turn())).toBe('ja');
  });

  test('cleared, the state is saved over the one it was read from, not refused as a conflict', async () => {
    const storage = new ETagGuardedStorage(new MemoryStorage());
    const state = new PlainJsonConversationState(storage);
    const step = state.createProperty<string>('step');
    const setup = turn();
    await step.set(setup, 'plan');
    await state.saveChanges(setup);

    const context = turn();
    await step.get(context);
    await state.clear(context);
    const outcome = await state.saveChanges(context).catch((error: unknown) => error);
    expect(isETagConflict(outcome)).toBe(false);
    expect(await step.get(turn())).toBeUndefined();
  });
});
