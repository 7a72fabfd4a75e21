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
}

/**
 * POSTs activities (JSON) to channels over kept-alive connections: undici keeps a pool per origin, so under load a
 * reply reuses an open connection instead of paying a TCP handshake, and no per-request client object is built.
 */
export class ReplyPoster {
  private readonly agent: Agent;

  constructor(options: ReplyPosterOptions = {}) {
    const timeout = options.timeoutMs ?? 30_000;
    this.agent = new Agent({ connections: options.connectionsPerOrigin ?? 64, keepAliveTimeout: 30_000, headersTimeout: timeout, bodyTimeout: timeout });
  }

  /** Sends one JSON body; resolves with the channel's JSON answer ({} when it sent none). */
  async postJson(url: string, body: unknown, authorization?: string): Promise<Record<string, unknown>> {
    const headers: Record<string, string> = { 'content-type': 'application/json; charset=utf-8', accept: 'application/json' };
    if (authorization) headers.authorization = authorization;
    const response = await request(url, { method: 'POST', headers, body: JSON.stringify(body), dispatcher: this.agent });
    const text = await response.body.text();
    if (response.statusCode < 200 || response.statusCode >= 300) throw new ChannelRequestError(response.statusCode, url, text);
    if (!text) return {};
    try {
      const parsed: unknown = JSON.parse(text);
      return parsed && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : {};
    } catch {
      return {};
    }
  }

  close(): Promise<void> {
    return this.agent.close();
  }
}
