/**
 * How the bot answers a request whose token botbuilder's authentication did not accept: 401 when the token is
 * wrong in itself (botbuilder says so, or the token fails a check that needs no network: malformed, no key id, no
 * issuer, expired), 503 when it could only be checked with the channel's signing keys and those could not be fetched.
 * Never 500: the caller did nothing a server error would describe.
 */
import { AuthenticationError, ChannelValidation } from 'botframework-connector';

export interface TokenRejection {
  status: 401 | 503;
  /** One line for the log: never the token itself. */
  reason: string;
}

/** Errors jsonwebtoken throws for a token it reads and refuses (a bad signature, audience, algorithm, date). */
const TOKEN_ERROR_NAMES = new Set(['JsonWebTokenError', 'TokenExpiredError', 'NotBeforeError']);

export function tokenRejectionOf(error: unknown, authHeader: string, now = Date.now()): TokenRejection {
  const message = error instanceof Error ? error.message : String(error);
  // botbuilder's own verdict on the token (a 5xx AuthenticationError is its "could not load the keys")
  if (error instanceof AuthenticationError && error.statusCode < 500)
    return { status: 401, reason: firstLine(message) };
  if (error instanceof Error && TOKEN_ERROR_NAMES.has(error.name)) return { status: 401, reason: firstLine(message) };
  const problem = offlineTokenProblem(authHeader, now);
  if (problem) return { status: 401, reason: problem };
  return { status: 503, reason: `the signing keys could not be fetched: ${firstLine(message)}` };
}

/**
 * What is wrong with an Authorization header that can be seen without the signing keys, or null. The issuer is left
 * to botbuilder, which checks it before fetching anything and knows which issuers this bot accepts.
 */
export function offlineTokenProblem(authHeader: string, now = Date.now()): string | null {
  const [scheme, token, ...rest] = authHeader.trim().split(/\s+/);
  if (scheme !== 'Bearer' || !token || rest.length) return 'the Authorization header is no bearer token';
  const parts = token.split('.');
  const header = parts.length === 3 ? jsonPart(parts[0]!) : null;
  const payload = parts.length === 3 ? jsonPart(parts[1]!) : null;
  if (!header || !payload) return 'the token is malformed';
  if (typeof header.kid !== 'string' || !header.kid) return 'the token has no key id';
  if (typeof payload.iss !== 'string' || !payload.iss) return 'the token has no issuer';
  // botbuilder allows the same clock skew when it verifies
  const toleranceSeconds = ChannelValidation.ToBotFromChannelTokenValidationParameters.clockTolerance ?? 0;
  if (typeof payload.exp === 'number' && payload.exp + toleranceSeconds < now / 1000) return 'the token has expired';
  return null;
}

/** A JWT part: base64url JSON of an object, else null. */
function jsonPart(part: string): Record<string, unknown> | null {
  if (!/^[A-Za-z0-9_-]+$/.test(part)) return null;
  try {
    const value: unknown = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

function firstLine(text: string): string {
  return text.split('\n', 1)[0]!.slice(0, 300);
}
