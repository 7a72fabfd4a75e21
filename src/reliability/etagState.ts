import { calculateChangeHash, type BotState, type Storage, type StoreItem, type TurnContext } from 'botbuilder';

interface BotStateInternals {
  storage: Storage;
  storageKey: (context: TurnContext) => Promise<string> | string;
  stateKey: symbol;
}

const INSTALLED = Symbol('triage.etagSaves');

/**
 * botbuilder 4.23's BotState.saveChanges always writes with eTag "*" (last writer wins). This makes a state object
 * write with the eTag it read instead, so a store that supports eTags (MemoryStorage, Blob, ...) refuses a write over
 * someone else's newer state and throws; TurnPipeline then runs the turn again on the fresh state.
 */
export function useETagSaves<T extends BotState>(state: T): T {
  const target = state as unknown as BotStateInternals & Record<symbol, boolean>;
  if (target[INSTALLED]) return state;
  target[INSTALLED] = true;
  state.saveChanges = async (context: TurnContext, force = false): Promise<void> => {
    const cached = context.turnState.get(target.stateKey) as { state: StoreItem; hash: string } | undefined;
    if (!force && !(cached && cached.hash !== calculateChangeHash(cached.state))) return;
    const key = await target.storageKey(context);
    const entry = cached ?? { state: {}, hash: '' };
    // The eTag stays as read: undefined for state that did not exist yet (created), else the version we started from.
    await target.storage.write({ [key]: entry.state });
    // Learn the new version, so a second save in the same turn is not taken for someone else's.
    const written = (await target.storage.read([key]))[key] as StoreItem | undefined;
    entry.state.eTag = written?.eTag;
    entry.hash = calculateChangeHash(entry.state);
    context.turnState.set(target.stateKey, entry);
  };
  return state;
}
