import type { BotState, StatePropertyAccessor, TurnContext } from 'botbuilder';

/** activity id → when it was first seen (ms since epoch). */
type ProcessedIds = Record<string, number>;

export interface ActivityDeduplicatorOptions {
  /** The ids live in the conversation's own state, so they are saved (or not) with the turn that handled them. */
  conversationState: BotState;
  /** How long an id is remembered; channels resend within seconds to minutes. */
  ttlMs?: number;
  /** At most this many ids are kept per conversation (the newest). */
  maxIds?: number;
  now?: () => number;
}

/**
 * Recognises a channel's resend of an activity (Teams retries after ~15 s) so it is dropped, not answered twice.
 *
 * The ids a conversation has had are kept in its conversation state, and an id is marked in the turn's cached
 * state: it is stored by the same write that stores the turn's answer, so there is no extra read or write per
 * turn, a turn that fails (nothing saved) leaves its id unmarked for the resend, and two processes handling the
 * same activity at once are told apart by the state's eTag: the second save conflicts, the turn runs again on the
 * fresh state, and there it finds its id already marked.
 */
export class ActivityDeduplicator {
  private readonly ids: StatePropertyAccessor<ProcessedIds>;
  private readonly ttlMs: number;
  private readonly maxIds: number;
  private readonly now: () => number;

  constructor(options: ActivityDeduplicatorOptions) {
    this.ids = options.conversationState.createProperty<ProcessedIds>('processedActivities');
    this.ttlMs = options.ttlMs ?? 60 * 60 * 1000;
    this.maxIds = options.maxIds ?? 16;
    this.now = options.now ?? Date.now;
  }

  /** True (and the id is marked in this turn's state) when the activity is new; false for a resend. */
  async claim(context: TurnContext): Promise<boolean> {
    const id = context.activity.id;
    if (!id) return true;
    const now = this.now();
    const seen = (await this.ids.get(context)) ?? {};
    const seenAt = seen[id];
    if (seenAt !== undefined && now - seenAt < this.ttlMs) return false;
    const kept = Object.entries(seen)
      .filter(([, at]) => now - at < this.ttlMs)
      .sort((a, b) => b[1] - a[1])
      .slice(0, this.maxIds - 1);
    await this.ids.set(context, { ...Object.fromEntries(kept), [id]: now });
    return true;
  }
}
