import type { TurnContext } from 'botbuilder';
import type { Logger } from 'pino';

/** The HTTP request a piece of work belongs to: its id, a logger that carries it, and what the request log adds. */
export interface RequestScope {
  reqId: string;
  logger: Logger;
  /** Fields the request's one log line carries besides method, path and status (the activity's ids and type). */
  fields: Record<string, unknown>;
}

const REQUEST_SCOPE = Symbol('triage.requestScope');

/** Hands a turn the scope of the HTTP request that carries it (passed on turnState, not through async context). */
export function attachRequestScope(context: TurnContext, scope: RequestScope): void {
  context.turnState.set(REQUEST_SCOPE, scope);
}

/** The scope of the request that carries this turn; undefined for turns no request carries (proactive, tests). */
export function requestScopeOf(context: TurnContext): RequestScope | undefined {
  return context.turnState.get(REQUEST_SCOPE) as RequestScope | undefined;
}
