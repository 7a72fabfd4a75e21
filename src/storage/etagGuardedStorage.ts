import type { Storage, StoreItem, StoreItems } from 'botbuilder';
import { NEW_ITEM_ETAG, reportsETags, type ETagReportingStorage } from './etagReporting';

/**
 * The Storage bot state (ConversationState, UserState) is given, so a turn's save cannot overwrite a newer save by
 * another turn or process. botbuilder 4.23's BotState.saveChanges writes its state with eTag "*" (last writer wins);
 * this wrapper writes each item with the eTag it had when it was read instead, so the store refuses a write over
 * someone else's newer state (an eTag conflict, which TurnPipeline answers by running the turn again on the fresh
 * state). An item the turn did not read from the store (new state) is written only if nobody created it meanwhile.
 *
 * It relies on what BotState does through the public Storage API: the state a turn changes and saves is the very
 * object read returned, so each object read is remembered with its eTag (weakly: it is forgotten with the turn).
 * After a write the object is remembered with its new eTag, reported by the store or else read back, so a second
 * save in the same turn is not taken for someone else's.
 */
export class ETagGuardedStorage implements ETagReportingStorage {
  private readonly readWith = new WeakMap<object, string>();

  constructor(private readonly inner: Storage) {}

  async read(keys: string[]): Promise<StoreItems> {
    const items = await this.inner.read(keys);
    for (const item of Object.values(items) as StoreItem[])
      if (item && typeof item.eTag === 'string') this.readWith.set(item, item.eTag);
    return items;
  }

  async write(changes: StoreItems): Promise<void> {
    await this.writeReportingETags(changes);
  }

  async writeReportingETags(changes: StoreItems): Promise<Record<string, string>> {
    const guarded: StoreItems = {};
    for (const [key, item] of Object.entries(changes) as Array<[string, StoreItem]>)
      guarded[key] = { ...item, eTag: this.readWith.get(item) ?? NEW_ITEM_ETAG };
    const written = await this.writeToInner(guarded);
    for (const [key, item] of Object.entries(changes) as Array<[string, StoreItem]>) {
      const eTag = written[key];
      if (!eTag) continue;
      this.readWith.set(item, eTag);
      item.eTag = eTag;
    }
    return written;
  }

  delete(keys: string[]): Promise<void> {
    return this.inner.delete(keys);
  }

  private async writeToInner(changes: StoreItems): Promise<Record<string, string>> {
    if (reportsETags(this.inner)) return this.inner.writeReportingETags(changes);
    await this.inner.write(changes);
    const items = await this.inner.read(Object.keys(changes));
    return Object.fromEntries(
      Object.entries(items).flatMap(([key, item]) => (typeof item?.eTag === 'string' ? [[key, item.eTag]] : [])),
    );
  }
}
