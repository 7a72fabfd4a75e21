import { AsyncLocalStorage } from 'node:async_hooks';
import type { Logger } from 'pino';

/** The HTTP request a piece of work belongs to: its id and a logger that carries it. */
export interface RequestScope {
  reqId: string;
  logger: Logger;
}

export const requestScope = new AsyncLocalStorage<RequestScope>();

/** The current request's logger (with its reqId), else the given one. */
export function scopedLogger(fallback: Logger): Logger {
  return requestScope.getStore()?.logger ?? fallback;
}
