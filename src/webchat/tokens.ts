import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** What a local Direct Line token grants: one conversation, one user, until it expires. */
export interface TokenClaims {
  conversationId: string;
  userId: string;
  /** Expiry, seconds since the epoch. */
  expiresAt: number;
}

/**
 * HMAC-signed Direct Line tokens for the local endpoint. The key is random per process, so tokens die with the
 * process (as do the in-memory conversations they point to).
 */
export class TokenSigner {
  private readonly key: Buffer;

  constructor(
    private readonly ttlSeconds: number,
    private readonly now: () => number = Date.now,
    key: Buffer = randomBytes(32),
  ) {
    this.key = key;
  }

  get expiresIn(): number {
    return this.ttlSeconds;
  }

  issue(conversationId: string, userId: string): string {
    const claims = {
      c: conversationId,
      u: userId,
      e: Math.floor(this.now() / 1000) + this.ttlSeconds,
      n: randomBytes(8).toString('base64url'),
    };
    const payload = Buffer.from(JSON.stringify(claims)).toString('base64url');
    return `${payload}.${this.sign(payload)}`;
  }

  /** The claims of a well-signed, unexpired token; undefined for anything else. */
  verify(token: string | undefined): TokenClaims | undefined {
    if (!token) return undefined;
    const [payload, signature, ...rest] = token.split('.');
    if (!payload || !signature || rest.length > 0) return undefined;
    const expected = Buffer.from(this.sign(payload));
    const given = Buffer.from(signature);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) return undefined;
    try {
      const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as {
        c?: unknown;
        u?: unknown;
        e?: unknown;
      };
      if (typeof claims.c !== 'string' || typeof claims.u !== 'string' || typeof claims.e !== 'number')
        return undefined;
      if (claims.e * 1000 <= this.now()) return undefined;
      return { conversationId: claims.c, userId: claims.u, expiresAt: claims.e };
    } catch {
      return undefined;
    }
  }

  private sign(payload: string): string {
    return createHmac('sha256', this.key).update(payload).digest('base64url');
  }
}

/** The token of an `Authorization: Bearer …` header. */
export function bearerToken(header: string | string[] | undefined): string | undefined {
  const value = Array.isArray(header) ? header[0] : header;
  const match = value?.match(/^Bearer\s+(\S+)\s*$/i);
  return match?.[1];
}
