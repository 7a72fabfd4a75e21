import type { BotState, Storage, StoreItem, TurnContext } from 'botbuilder';
import { reportsETags } from '../storage/etagReporting';

interface BotStateInternals {
  storage: Storage;
  storageKey: (context: TurnContext) => Promise<string> | string;
  stateKey: symbol;
}

interface CachedState {
  state: StoreItem;
  /** The state as last read or written, to tell whether the turn changed it ('' forces a write). */
  hash: string;
}

const INSTALLED = Symbol('triage.etagSaves');

/**
 * The state as JSON, without its eTag: what is compared to tell whether a turn changed it. botbuilder hashes a
 * JSON with a replacer function (slow for every key) through SHA-256 on each load and save; state here is plain
 * JSON as stored, so the plain string says the same, several times faster.
 */
function snapshotOf(state: StoreItem): string {
  const { eTag: _eTag, ...rest } = state;
  return JSON.stringify(rest);
}

/**
 * botbuilder 4.23's BotState.saveChanges always writes with eTag "*" (last writer wins). This makes a state object
 * write with the eTag it read instead, so a store that supports eTags (MemoryStorage, Blob, SQLite) refuses a write
 * over someone else's newer state and throws; TurnPipeline then runs the turn again on the fresh state. Load and
 * save compare plain JSON snapshots to see whether the turn changed anything.
 */
export function useETagSaves<T extends BotState>(state: T): T {
  const target = state as unknown as BotStateInternals & Record<symbol, boolean>;
  if (target[INSTALLED]) return state;
  target[INSTALLED] = true;

  state.load = async (context: TurnContext, force = false): Promise<StoreItem> => {
    const cached = context.turnState.get(target.stateKey) as CachedState | undefined;
    if (!force && cached?.state) return cached.state;
    const key = await target.storageKey(context);
    const loaded = ((await target.storage.read([key]))[key] as StoreItem | undefined) ?? {};
    context.turnState.set(target.stateKey, { state: loaded, hash: snapshotOf(loaded) } satisfies CachedState);
    return loaded;
  };

  state.saveChanges = async (context: TurnContext, force = false): Promise<void> => {
    const cached = context.turnState.get(target.stateKey) as CachedState | undefined;
    const snapshot = cached ? snapshotOf(cached.state) : '';
    if (!force && !(cached && cached.hash !== snapshot)) return;
    const key = await target.storageKey(context);
    const entry: CachedState = cached ?? { state: {}, hash: '' };
    // The eTag stays as read: undefined for state that did not exist yet (created), else the version we started from.
    // Learn the new version, so a second save in the same turn is not taken for someone else's: from the write
    // itself where the store reports it, else by reading the item back.
    if (reportsETags(target.storage)) {
      entry.state.eTag = (await target.storage.writeReportingETags({ [key]: entry.state }))[key];
    } else {
      await target.storage.write({ [key]: entry.state });
      entry.state.eTag = ((await target.storage.read([key]))[key] as StoreItem | undefined)?.eTag;
    }
    entry.hash = snapshot || snapshotOf(entry.state);
    context.turnState.set(target.stateKey, entry);
  };
  return state;
}
