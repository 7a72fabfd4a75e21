/**
 * The store could not be reached or refused the operation (I/O error, database locked, network down).
 * Nothing of the failed operation was kept; the caller may try again later.
 */
export class StorageUnavailableError extends Error {
  override readonly name = 'StorageUnavailableError';
  readonly code = 'STORAGE_UNAVAILABLE';
  constructor(operation: string, cause: unknown) {
    super(`storage unavailable during ${operation}: ${cause instanceof Error ? cause.message : String(cause)}`, {
      cause,
    });
  }
}

/** A write carried an eTag that is no longer current: another writer changed the item first. */
export class ETagConflictError extends Error {
  override readonly name = 'ETagConflictError';
  readonly code = 'ETAG_CONFLICT';
  constructor(key: string) {
    // Worded like botbuilder's own storages, so code that matches their message treats it the same.
    super(`Storage: error writing "${key}" due to eTag conflict.`);
  }
}

/** Whether an error (or one it wraps) says the store was unreachable. */
export function isStorageUnavailable(error: unknown): boolean {
  // Wrapped errors keep the original in `cause`, or in `error` (botbuilder-dialogs' DialogContextError).
  for (
    let e = error, depth = 0;
    e && typeof e === 'object' && depth < 5;
    e = (e as { cause?: unknown; error?: unknown }).cause ?? (e as { error?: unknown }).error, depth++
  ) {
    if ((e as { code?: unknown }).code === 'STORAGE_UNAVAILABLE') return true;
  }
  return false;
}
