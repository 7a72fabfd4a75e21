import type { Storage } from 'botbuilder';
import { updateItem } from './etag';

interface ProcessedRecord {
  /** activity id → when it was first seen (ms since epoch). */
  ids: Record<string, number>;
}

export interface ActivityDeduplicatorOptions {
  storage: Storage;
  /** How long an id is remembered; channels resend within seconds to minutes. */
  ttlMs?: number;
  /** At most this many ids are kept per conversation (the oldest go first). */
  maxIds?: number;
  now?: () => number;
}

/**
 * Remembers which activity ids each conversation has had, in the bot's Storage (so every process sharing the store
 * sees them), with eTag-protected writes. A channel's resend of an activity (Teams retries after ~15 s) is recognised
 * and dropped.
 */
export class ActivityDeduplicator {
  private readonly ttlMs: number;
  private readonly maxIds: number;
  private readonly now: () => number;

  constructor(private readonly options: ActivityDeduplicatorOptions) {
    this.ttlMs = options.ttlMs ?? 60 * 60 * 1000;
    this.maxIds = options.maxIds ?? 500;
    this.now = options.now ?? Date.now;
  }

  static key(channelId: string, conversationId: string): string {
    return `processed-activities/${channelId}/${conversationId}`;
  }

  /** Records the id; true when this is its first arrival, false for a resend. */
  async claim(channelId: string, conversationId: string, activityId: string): Promise<boolean> {
    const now = this.now();
    return updateItem<ProcessedRecord, boolean>(this.options.storage, ActivityDeduplicator.key(channelId, conversationId), (current) => {
      const ids = current?.ids ?? {};
      const seenAt = ids[activityId];
      if (seenAt !== undefined && now - seenAt < this.ttlMs) return { result: false };
      const kept = Object.entries(ids)
        .filter(([, at]) => now - at < this.ttlMs)
        .sort((a, b) => b[1] - a[1])
        .slice(0, this.maxIds - 1);
      return { item: { ids: { ...Object.fromEntries(kept), [activityId]: now } }, result: true };
    });
  }

  /** Forgets an id whose turn failed, so the channel's resend gets a real answer. */
  async release(channelId: string, conversationId: string, activityId: string): Promise<void> {
    await updateItem<ProcessedRecord, void>(this.options.storage, ActivityDeduplicator.key(channelId, conversationId), (current) => {
      if (!current?.ids[activityId]) return { result: undefined };
      const { [activityId]: _dropped, ...ids } = current.ids;
      return { item: { ids }, result: undefined };
    });
  }
}
