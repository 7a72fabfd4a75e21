import { BotState, ConversationState, UserState, type StoreItem, type TurnContext } from 'botbuilder';

interface CachedState {
  state: StoreItem;
  /** The state's JSON (without its eTag) as last read or written; undefined when not known, which counts as changed. */
  snapshot: string | undefined;
}

/** The state as JSON without its eTag: what is compared to tell whether a turn changed it. */
function snapshotOf(state: StoreItem): string {
  const { eTag: _eTag, ...rest } = state;
  return JSON.stringify(rest);
}

/**
 * Bot state that tells a changed state by plain JSON. botbuilder 4.23's BotState hashes the whole state on every
 * load, again after every save, and again to decide whether to save: each time a JSON.stringify with a replacer
 * function called for every key, then SHA-256 (four times a turn for conversation and user state: the largest single
 * cost of the turn's state handling under load). Bot state is plain JSON as stored, so the plain string says the
 * same: it is taken once at load and compared at save; a forced save takes nothing, nor does a state that every
 * turn changes.
 *
 * Only BotState's public and protected members are used (its own turn cache is private, so this keeps its own), and
 * the object a save writes is the very object the load returned, as ETagGuardedStorage requires.
 */
// A mixin's constructor must take any[] (TypeScript's rule for mixin classes).
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function withPlainJsonChanges<Base extends new (...args: any[]) => BotState>(
  base: Base,
  { changesEveryTurn }: { changesEveryTurn: boolean },
) {
  return class extends base {
    readonly #cacheKey = Symbol('plainJsonBotState');

    override async load(context: TurnContext, force = false): Promise<StoreItem> {
      const cached = context.turnState.get(this.#cacheKey) as CachedState | undefined;
      if (!force && cached) return cached.state;
      const key = await this.storageKey(context);
      const state = ((await this.storage.read([key]))[key] as StoreItem | undefined) ?? {};
      const snapshot = changesEveryTurn ? undefined : snapshotOf(state);
      context.turnState.set(this.#cacheKey, { state, snapshot } satisfies CachedState);
      return state;
    }

    override async saveChanges(context: TurnContext, force = false): Promise<void> {
      let cached = context.turnState.get(this.#cacheKey) as CachedState | undefined;
      const snapshot = force || !cached ? undefined : snapshotOf(cached.state);
      if (!force && (!cached || (cached.snapshot !== undefined && cached.snapshot === snapshot))) return;
      cached ??= { state: {}, snapshot: undefined };
      const key = await this.storageKey(context);
      // As botbuilder's BotState: "*" here; ETagGuardedStorage writes the eTag the state was read with instead.
      cached.state.eTag = '*';
      await this.storage.write({ [key]: cached.state });
      cached.snapshot = snapshot;
      context.turnState.set(this.#cacheKey, cached);
    }

    override get(context: TurnContext): StoreItem | undefined {
      return (context.turnState.get(this.#cacheKey) as CachedState | undefined)?.state;
    }

    /** Empties the turn's state in place (its save still carries the eTag it was read with); saveChanges saves it. */
    override async clear(context: TurnContext): Promise<void> {
      const cached = context.turnState.get(this.#cacheKey) as CachedState | undefined;
      if (!cached) {
        context.turnState.set(this.#cacheKey, { state: {}, snapshot: undefined } satisfies CachedState);
        return;
      }
      for (const name of Object.keys(cached.state)) if (name !== 'eTag') delete cached.state[name];
      cached.snapshot = undefined;
    }

    override async delete(context: TurnContext): Promise<void> {
      context.turnState.delete(this.#cacheKey);
      await this.storage.delete([await this.storageKey(context)]);
    }
  };
}

/**
 * ConversationState (its keys, `{channel}/conversations/{conversation}/`) saved whenever it was loaded: every turn
 * that runs marks its activity in it (reliability/dedup.ts), so it always changed, and a snapshot of it (the whole
 * transcript included) at every load would only be thrown away.
 */
export class PlainJsonConversationState extends withPlainJsonChanges(ConversationState, { changesEveryTurn: true }) {}

/** UserState (its keys, `{channel}/users/{user}/`) with plain-JSON change detection: most turns leave it as it was. */
export class PlainJsonUserState extends withPlainJsonChanges(UserState, { changesEveryTurn: false }) {}
