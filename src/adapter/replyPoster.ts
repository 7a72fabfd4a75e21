import { Agent, request } from 'undici';

/** A channel answered a reply with a status that is not 2xx (the shape botbuilder's RestError has: statusCode). */
export class ChannelRequestError extends Error {
  constructor(
    readonly statusCode: number,
    readonly url: string,
    readonly body: string,
  ) {
    super(`the channel answered ${statusCode} to POST ${url}${body ? `: ${body.slice(0, 200)}` : ''}`);
    this.name = 'ChannelRequestError';
  }
}

export interface ReplyPosterOptions {
  /** Open connections per channel origin (each kept alive between replies). */
  connectionsPerOrigin?: number;
  /** A reply the channel has not answered within this time fails. */
  timeoutMs?: number;
  /** Tries after the first when the channel throttles (429), is briefly unavailable (502/503/504) or the connection drops. */
  retries?: number;
  /** The first wait before a retry; it doubles each time, unless the channel says how long (Retry-After). */
  firstRetryDelayMs?: number;
  /** The longest wait honoured, from Retry-After or the doubling. */
  maxRetryDelayMs?: number;
}

const RETRIED_STATUSES = new Set([429, 502, 503, 504]);
const RETRIED_NETWORK_CODES = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'EPIPE',
  'ETIMEDOUT',
  'UND_ERR_SOCKET',
  'UND_ERR_CONNECT_TIMEOUT',
]);

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Retry-After in seconds or as an HTTP date, in ms; undefined when absent or unreadable. */
function retryAfterMs(header: string | string[] | undefined, now = Date.now()): number | undefined {
  const value = Array.isArray(header) ? header[0] : header;
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/**
 * POSTs activities (JSON) to channels over kept-alive connections: undici keeps a pool per origin, so under load a
 * reply reuses an open connection instead of paying a TCP handshake, and no per-request client object is built.
 * Like botbuilder's own connector pipeline, a throttled or briefly unavailable channel is tried again with backoff
 * (Teams answers 429 with Retry-After when a bot sends too fast).
 */
export class ReplyPoster {
  private readonly agent: Agent;
  private readonly retries: number;
  private readonly firstRetryDelayMs: number;
  private readonly maxRetryDelayMs: number;

  constructor(options: ReplyPosterOptions = {}) {
    const timeout = options.timeoutMs ?? 30_000;
    this.agent = new Agent({
      connections: options.connectionsPerOrigin ?? 64,
      keepAliveTimeout: 30_000,
      headersTimeout: timeout,
      bodyTimeout: timeout,
    });
    this.retries = options.retries ?? 3;
    this.firstRetryDelayMs = options.firstRetryDelayMs ?? 500;
    this.maxRetryDelayMs = options.maxRetryDelayMs ?? 10_000;
  }

  /** Sends one JSON body; resolves with the channel's JSON answer ({} when it sent none). */
  async postJson(url: string, body: unknown, authorization?: string): Promise<Record<string, unknown>> {
    const headers: Record<string, string> = {
      'content-type': 'application/json; charset=utf-8',
      accept: 'application/json',
    };
    if (authorization) headers.authorization = authorization;
    const payload = JSON.stringify(body);
    for (let attempt = 0; ; attempt++) {
      const backoff = Math.min(this.maxRetryDelayMs, this.firstRetryDelayMs * 2 ** attempt);
      let response;
      try {
        response = await request(url, { method: 'POST', headers, body: payload, dispatcher: this.agent });
      } catch (error) {
        if (attempt < this.retries && RETRIED_NETWORK_CODES.has((error as { code?: string }).code ?? '')) {
          await sleep(backoff);
          continue;
        }
        throw error;
      }
      const text = await response.body.text();
      if (response.statusCode >= 200 && response.statusCode < 300) return parseAnswer(text);
      if (attempt < this.retries && RETRIED_STATUSES.has(response.statusCode)) {
        await sleep(Math.min(this.maxRetryDelayMs, retryAfterMs(response.headers['retry-after']) ?? backoff));
        continue;
      }
      throw new ChannelRequestError(response.statusCode, url, text);
    }
  }

  close(): Promise<void> {
    return this.agent.close();
  }
}

function parseAnswer(text: string): Record<string, unknown> {
  if (!text) return {};
  try {
    const parsed: unknown = JSON.parse(text);
    return parsed && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}
