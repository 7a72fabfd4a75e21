import type { Storage, StoreItem } from 'botbuilder';
import { NEW_ITEM_ETAG } from '../storage/etagReporting';

/**
 * Whether a storage error says another writer changed the item first. MemoryStorage says "eTag conflict",
 * Azure Blob answers HTTP 412; a store of our own should do one of the two (or set code "ETAG_CONFLICT").
 */
export function isETagConflict(error: unknown): boolean {
  if (!error || typeof error !== 'object') return false;
  const e = error as { message?: unknown; statusCode?: unknown; status?: unknown; code?: unknown };
  return (
    e.statusCode === 412 ||
    e.status === 412 ||
    e.code === 'ETAG_CONFLICT' ||
    e.code === 'ConditionNotMet' ||
    (typeof e.message === 'string' && /etag|precondition/i.test(e.message))
  );
}

/**
 * Read-modify-write of one storage item, protected by its eTag: on a conflict the item is read again and `change`
 * runs again, at most `attempts` times. `change` returns the new item, or undefined to leave it as it is.
 */
export async function updateItem<T extends object, R>(
  storage: Storage,
  key: string,
  change: (current: T | undefined) => { item?: T; result: R },
  attempts = 5,
): Promise<R> {
  for (let attempt = 1; ; attempt++) {
    const current = (await storage.read([key]))[key] as (T & StoreItem) | undefined;
    const { item, result } = change(current ? structuredClone(current) : undefined);
    if (!item) return result;
    try {
      // An existing item is written only if nobody changed it since we read it, a new one only if nobody created it.
      await storage.write({ [key]: { ...item, eTag: current?.eTag ?? NEW_ITEM_ETAG } });
      return result;
    } catch (error) {
      if (!isETagConflict(error) || attempt >= attempts) throw error;
    }
  }
}
