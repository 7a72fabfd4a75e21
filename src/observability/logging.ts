import pino, { type DestinationStream, type Logger } from 'pino';

/** Known places where a secret could sit in a log object; their values are replaced, whatever they hold. */
export const REDACT_PATHS = [
  'authorization',
  'Authorization',
  '*.authorization',
  '*.Authorization',
  'headers.authorization',
  'req.headers.authorization',
  'req.headers.cookie',
  'password',
  '*.password',
  'MicrosoftAppPassword',
  '*.MicrosoftAppPassword',
  'token',
  '*.token',
  'accessToken',
  '*.accessToken',
  // User text never belongs in a log line, even by accident.
  'text',
  '*.text',
  'activity.text',
];

// Identifiers are logged as they are: scrubbing them would only make logs harder to follow.
const ID_KEYS = new Set([
  'reqId',
  'activityId',
  'conversationId',
  'ticketId',
  'channelId',
  'userId',
  'type',
  'level',
  'time',
  'msg',
  'target',
  'alertId',
]);

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;
// Nine to fifteen digits, optionally with +, spaces, dots, dashes or brackets between them, not inside a word.
const PHONE = /(?<![\p{L}\p{N}])\+?\(?\d(?:[\s().\-/]{0,2}\d){8,14}(?![\p{L}\p{N}])/gu;
const BEARER = /\b(Bearer|Basic)\s+[\w\-.~+/]+=*/gi;
const JWT = /\beyJ[\w-]+\.[\w-]+\.[\w-]*/g;

/** Removes e-mail addresses, phone numbers, tokens and the given secrets from free text. */
export function scrubText(text: string, secrets: readonly string[] = []): string {
  let out = text;
  for (const secret of secrets) if (secret.length >= 4) out = out.split(secret).join('[secret]');
  return out.replace(BEARER, '$1 [token]').replace(JWT, '[token]').replace(EMAIL, '[email]').replace(PHONE, '[phone]');
}

function scrubValue(value: unknown, secrets: readonly string[], depth: number): unknown {
  if (typeof value === 'string') return scrubText(value, secrets);
  if (depth > 6 || value === null || typeof value !== 'object') return value;
  if (value instanceof Error) {
    return {
      type: value.name,
      message: scrubText(value.message, secrets),
      stack: value.stack && scrubText(value.stack, secrets),
    };
  }
  if (Array.isArray(value)) return value.map((v) => scrubValue(v, secrets, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
    out[key] = ID_KEYS.has(key) && typeof v === 'string' ? v : scrubValue(v, secrets, depth + 1);
  }
  return out;
}

export interface LoggerOptions {
  level: string;
  /** Values that must never appear in a log line (the app password); replaced wherever they turn up. */
  secrets?: Array<string | undefined>;
  destination?: DestinationStream;
}

/**
 * The bot's pino logger: structured JSON, known secret paths redacted, and every string (message and fields)
 * scrubbed of e-mail addresses, phone numbers, bearer tokens and configured secrets.
 */
export function createLogger({ level, secrets = [], destination }: LoggerOptions): Logger {
  const known = secrets.filter((s): s is string => Boolean(s));
  const options: pino.LoggerOptions = {
    level,
    redact: { paths: REDACT_PATHS, censor: '[redacted]' },
    formatters: {
      log: (object) => scrubValue(object, known, 0) as Record<string, unknown>,
      bindings: (bindings) => scrubValue(bindings, known, 0) as Record<string, unknown>,
    },
    hooks: {
      logMethod(args, method) {
        const scrubbed = args.map((a) => (typeof a === 'string' ? scrubText(a, known) : a)) as Parameters<
          typeof method
        >;
        return method.apply(this, scrubbed);
      },
    },
  };
  return destination ? pino(options, destination) : pino(options);
}
