import { randomBytes, timingSafeEqual } from 'node:crypto';
import path from 'node:path';
import type * as restify from 'restify';
import type { Logger } from 'pino';
import { AzureTokenError, generateAzureToken } from './azureToken';
import { DirectLineError, LocalDirectLine, type DeliverToBot } from './directLine';
import { bearerToken } from './tokens';
import { sendStatic, staticFile, type StaticFile } from '../server/staticFiles';
import { projectRoot } from '../teams/projectRoot';

export interface WebChatOptions {
  logger: Logger;
  /** With an app id the bot only takes authenticated requests, so the local Direct Line (which POSTs to /api/messages unauthenticated) is off. */
  microsoftAppId?: string;
  directLineSecret?: string;
  directLineDomain: string;
  /** Tests shorten token lifetimes with this. */
  localDirectLine?: LocalDirectLine;
}

export const LOCAL_DIRECT_LINE_PATH = '/v3/directline';

/** dist/webchat.js of the installed botframework-webchat (not in its exports map, so found from the package root). */
export function webChatBundlePath(): string {
  return path.join(projectRoot(path.dirname(require.resolve('botframework-webchat'))), 'dist', 'webchat.js');
}

/** The address this request came in on, so the server can call itself whatever interface it listens on. */
function selfUrl(req: restify.Request): string {
  const address = (req.socket.localAddress ?? '127.0.0.1').replace(/^::ffff:/, '');
  const host = address.includes(':') ? `[${address}]` : address;
  return `http://${host}:${req.socket.localPort}`;
}

function sendError(res: restify.Response, status: number, message: string): void {
  const code =
    status === 403
      ? 'TokenExpiredOrInvalid'
      : status === 404
        ? 'BadArgument'
        : status === 429
          ? 'TooManyRequests'
          : 'BadArgument';
  res.json(status, { error: { code, message } });
}

/**
 * The web chat page (GET /), its scripts, the token route the page starts from (POST /api/directline/token) and,
 * with no app id, a local Direct Line 3.0 endpoint (/v3/directline/…) whose user activities reach the bot through
 * its own POST /api/messages, with a serviceUrl that points back at this endpoint's reply route.
 */
export function registerWebChat(server: restify.Server, options: WebChatOptions): { directLine?: LocalDirectLine } {
  const { logger } = options;
  const dir = path.join(projectRoot(), 'web');
  const useAzure = Boolean(options.directLineSecret);
  const azureOrigin = useAzure ? new URL(options.directLineDomain).origin : '';
  const csp = [
    "default-src 'self'",
    "script-src 'self'",
    // Web Chat styles itself with generated <style> elements.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "media-src 'self' blob:",
    `connect-src 'self'${azureOrigin ? ` ${azureOrigin}` : ''}`,
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'self'",
  ].join('; ');
  const files = {
    page: staticFile(path.join(dir, 'index.html'), 'text/html; charset=utf-8'),
    script: staticFile(path.join(dir, 'page.js'), 'text/javascript; charset=utf-8'),
    style: staticFile(path.join(dir, 'page.css'), 'text/css; charset=utf-8'),
  };
  let bundle: StaticFile | undefined;

  server.get('/', async (req, res) =>
    sendStatic(req, res, files.page, {
      'content-security-policy': csp,
      'cache-control': 'no-cache',
      'referrer-policy': 'no-referrer',
    }),
  );
  server.get('/webchat/page.js', async (req, res) =>
    sendStatic(req, res, files.script, { 'cache-control': 'no-cache' }),
  );
  server.get('/webchat/page.css', async (req, res) =>
    sendStatic(req, res, files.style, { 'cache-control': 'no-cache' }),
  );
  server.get('/webchat/webchat.js', async (req, res) => {
    bundle ??= staticFile(webChatBundlePath(), 'text/javascript; charset=utf-8');
    sendStatic(req, res, bundle, { 'cache-control': 'public, max-age=86400' });
  });

  const local = options.microsoftAppId ? undefined : (options.localDirectLine ?? new LocalDirectLine({ logger }));
  const localLocale = (body: unknown): string | undefined => {
    const locale = (body as { locale?: unknown } | undefined)?.locale;
    return typeof locale === 'string' && /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(locale) ? locale : undefined;
  };

  // The page's one way in: a token for a new conversation, from Azure when a secret is configured, else local.
  server.post('/api/directline/token', async (req, res) => {
    res.setHeader('cache-control', 'no-store');
    if (useAzure) {
      try {
        const grant = await generateAzureToken({ secret: options.directLineSecret!, domain: options.directLineDomain });
        res.json(200, grant);
      } catch (error) {
        logger.error({ err: (error as Error).message }, 'direct line token exchange failed');
        res.json(502, {
          error: {
            code: 'DirectLineUnavailable',
            message: error instanceof AzureTokenError ? error.message : 'token exchange failed',
          },
        });
      }
      return;
    }
    if (!local) {
      res.json(503, {
        error: { code: 'NotConfigured', message: 'set DIRECT_LINE_SECRET to use the web chat page with an app id' },
      });
      return;
    }
    res.json(200, { ...local.start(deliverFrom(req), localLocale(req.body)), domain: LOCAL_DIRECT_LINE_PATH });
  });

  if (!local) return {};

  // The bot's replies come back here: the serviceUrl of every activity it gets carries this per-process key.
  const replyKey = randomBytes(18).toString('base64url');
  const deliverFrom = (req: restify.Request): DeliverToBot => {
    const base = selfUrl(req);
    return async (activity) => {
      const response = await fetch(`${base}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ ...activity, serviceUrl: `${base}/directline/bot/${replyKey}` }),
        signal: AbortSignal.timeout(60_000),
      });
      if (!response.ok) throw new Error(`the bot answered HTTP ${response.status}`);
    };
  };

  const handle =
    (work: (req: restify.Request) => unknown, status = 200) =>
    async (req: restify.Request, res: restify.Response) => {
      res.setHeader('cache-control', 'no-store');
      try {
        res.json(status, work(req));
      } catch (error) {
        if (!(error instanceof DirectLineError)) throw error;
        sendError(res, error.status, error.message);
      }
    };
  const token = (req: restify.Request) => bearerToken(req.headers.authorization);
  const conversationOf = (req: restify.Request) => String(req.params.conversationId);

  const start = handle((req) => {
    const given = token(req);
    // With a token, Web Chat's POST /conversations opens the conversation that token was made for.
    if (given) return local.renew(local.authorize(given));
    return local.start(deliverFrom(req), localLocale(req.body));
  }, 201);
  server.post(
    `${LOCAL_DIRECT_LINE_PATH}/tokens/generate`,
    handle((req) => local.start(deliverFrom(req), localLocale(req.body))),
  );
  server.post(`${LOCAL_DIRECT_LINE_PATH}/conversations`, start);
  server.post(
    `${LOCAL_DIRECT_LINE_PATH}/tokens/refresh`,
    handle((req) => local.renew(local.authorize(token(req)))),
  );
  server.get(
    `${LOCAL_DIRECT_LINE_PATH}/conversations/:conversationId`,
    handle((req) => local.renew(local.authorize(token(req), conversationOf(req)))),
  );
  server.get(
    `${LOCAL_DIRECT_LINE_PATH}/conversations/:conversationId/activities`,
    handle((req) =>
      local.read(
        local.authorize(token(req), conversationOf(req)),
        new URL(req.url ?? '/', 'http://localhost').searchParams.get('watermark') ?? undefined,
      ),
    ),
  );
  server.post(
    `${LOCAL_DIRECT_LINE_PATH}/conversations/:conversationId/activities`,
    handle((req) => local.postFromUser(local.authorize(token(req), conversationOf(req)), req.body, deliverFrom(req))),
  );

  const keyMatches = (given: unknown) => {
    const a = Buffer.from(String(given));
    const b = Buffer.from(replyKey);
    return a.length === b.length && timingSafeEqual(a, b);
  };
  const fromBot = handle((req) => {
    if (!keyMatches(req.params.key)) throw new DirectLineError(404, 'not found');
    return local.appendFromBot(conversationOf(req), req.body, req.params.replyToId as string | undefined);
  });
  server.post('/directline/bot/:key/v3/conversations/:conversationId/activities', fromBot);
  server.post('/directline/bot/:key/v3/conversations/:conversationId/activities/:replyToId', fromBot);

  return { directLine: local };
}
