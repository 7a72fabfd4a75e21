import type { Storage, StoreItems } from 'botbuilder';

/** A Storage that answers a write with the eTag each item now has, so the writer need not read it back. */
export interface ETagReportingStorage extends Storage {
  writeReportingETags(changes: StoreItems): Promise<Record<string, string>>;
}

export function reportsETags(storage: Storage): storage is ETagReportingStorage {
  return typeof (storage as Partial<ETagReportingStorage>).writeReportingETags === 'function';
}
