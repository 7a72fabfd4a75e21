import type { Storage, StoreItems } from 'botbuilder';

/** A Storage that answers a write with the eTag each item now has, so the writer need not read it back. */
export interface ETagReportingStorage extends Storage {
  writeReportingETags(changes: StoreItems): Promise<Record<string, string>>;
}

export function reportsETags(storage: Storage): storage is ETagReportingStorage {
  return typeof (storage as Partial<ETagReportingStorage>).writeReportingETags === 'function';
}

/**
 * The eTag of an item written only if it does not exist yet: another writer who created it first wins, and this
 * write fails as an eTag conflict. It never matches a real eTag, so botbuilder's MemoryStorage already behaves so
 * (it creates a missing item whatever the eTag, and refuses an eTag that does not match); the SQLite and Blob stores
 * here implement it.
 */
export const NEW_ITEM_ETAG = 'triage:new-item';
