import { randomUUID } from 'node:crypto';
import type { Request, Response, Server } from 'restify';
import type { Logger } from 'pino';
import type { RequestScope } from './requestContext';

const SCOPE = Symbol('triage.requestScope');
const SANE_ID = /^[\w.-]{1,64}$/;

/** The request's id and logger (set for every request by installRequestLogging). */
export function scopeOf(req: Request, fallback: Logger): RequestScope {
  return (
    (req as unknown as Record<symbol, RequestScope | undefined>)[SCOPE] ?? {
      reqId: 'none',
      logger: fallback,
      fields: {},
    }
  );
}

/**
 * Gives every HTTP request an id (the caller's x-request-id when it is sane, else a new one), answers it in the
 * x-request-id header, and logs one line when the response is sent: method, path, status, time, plus the fields the
 * handler added (an activity's ids and type). Never headers or bodies.
 */
export function installRequestLogging(server: Server, logger: Logger): void {
  server.pre((req: Request, res: Response, next: () => void) => {
    const incoming = req.headers['x-request-id'];
    const reqId = typeof incoming === 'string' && SANE_ID.test(incoming) ? incoming : randomUUID();
    const child = logger.child({ reqId });
    const scope: RequestScope = { reqId, logger: child, fields: {} };
    (req as unknown as Record<symbol, RequestScope>)[SCOPE] = scope;
    res.setHeader('x-request-id', reqId);
    const started = process.hrtime.bigint();
    res.once('finish', () => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      child.info(
        {
          method: req.method,
          path: (req.url ?? '').split('?')[0],
          status: res.statusCode,
          ms: Math.round(ms * 10) / 10,
          ...scope.fields,
        },
        'request',
      );
    });
    next();
  });
}
