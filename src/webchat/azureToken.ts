import { randomBytes } from 'node:crypto';

export interface AzureDirectLineOptions {
  secret: string;
  /** Direct Line 3.0 base URL, e.g. https://directline.botframework.com/v3/directline */
  domain: string;
  timeoutMs?: number;
}

export interface AzureTokenGrant {
  conversationId: string;
  token: string;
  expires_in: number;
  userId: string;
  domain: string;
}

export class AzureTokenError extends Error {}

/**
 * Exchanges the Direct Line secret for a token bound to one new conversation and one user id
 * (POST {domain}/tokens/generate). Only the token goes to the page; the secret never leaves the server.
 */
export async function generateAzureToken({
  secret,
  domain,
  timeoutMs = 10_000,
}: AzureDirectLineOptions): Promise<AzureTokenGrant> {
  const base = domain.replace(/\/+$/, '');
  // Direct Line wants user ids that start with "dl_" when they are bound into a token.
  const userId = `dl_${randomBytes(12).toString('base64url')}`;
  let response: Response;
  try {
    response = await fetch(`${base}/tokens/generate`, {
      method: 'POST',
      headers: { authorization: `Bearer ${secret}`, 'content-type': 'application/json' },
      body: JSON.stringify({ user: { id: userId } }),
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (error) {
    throw new AzureTokenError(`Direct Line did not answer: ${(error as Error).name}`);
  }
  if (!response.ok) throw new AzureTokenError(`Direct Line refused the token request: HTTP ${response.status}`);
  const body = (await response.json().catch(() => undefined)) as Partial<AzureTokenGrant> | undefined;
  if (!body || typeof body.token !== 'string' || typeof body.conversationId !== 'string') {
    throw new AzureTokenError('Direct Line answered without a token');
  }
  return {
    conversationId: body.conversationId,
    token: body.token,
    expires_in: Number(body.expires_in) || 1800,
    userId,
    domain: base,
  };
}
