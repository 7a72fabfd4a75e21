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
  const azureOrigin = options.directLineSecret ? new URL(options.directLineDomain).origin : '';
  registerPage(server, contentSecurityPolicy(azureOrigin));
  const local = options.microsoftAppId
    ? undefined
    : (options.localDirectLine ?? new LocalDirectLine({ logger: options.logger }));
  // The bot's replies come back to this process under this per-process key (the serviceUrl of every activity).
  const replyKey = randomBytes(18).toString('base64url');
  const deliverFrom = deliveryToBot(replyKey);
  registerTokenRoute(server, options, local, deliverFrom);
  if (!local) return {};
  registerLocalDirectLine(server, local, deliverFrom);
  registerBotReplies(server, local, replyKey);
  return { directLine: local };
}

/** What the page may load and connect to: this server only, and the Azure Direct Line origin when one is used. */
function contentSecurityPolicy(azureOrigin: string): string {
  return [
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
}

/** GET / (the page, under its content security policy), the page's script and style, and the Web Chat bundle. */
function registerPage(server: restify.Server, csp: string): void {
  const dir = path.join(projectRoot(), 'web');
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
}

/** The locale the page asks for, when it is a well-formed BCP 47 tag. */
function requestedLocale(body: unknown): string | undefined {
  const locale = (body as { locale?: unknown } | undefined)?.locale;
  return typeof locale === 'string' && /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(locale) ? locale : undefined;
}

/** The page's one way in: a token for a new conversation, from Azure when a secret is configured, else local. */
function registerTokenRoute(
  server: restify.Server,
  options: WebChatOptions,
  local: LocalDirectLine | undefined,
  deliverFrom: (req: restify.Request) => DeliverToBot,
): void {
  const { logger, directLineSecret, directLineDomain } = options;
  server.post('/api/directline/token', async (req, res) => {
    res.setHeader('cache-control', 'no-store');
    if (directLineSecret) {
      try {
        res.json(200, await generateAzureToken({ secret: directLineSecret, domain: directLineDomain }));
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
    res.json(200, { ...local.start(deliverFrom(req), requestedLocale(req.body)), domain: LOCAL_DIRECT_LINE_PATH });
  });
}

/**
 * How a user's activity reaches the bot: POSTed to this server's own /api/messages, on the interface the request
 * came in on, with a serviceUrl that brings the bot's replies back to registerBotReplies' routes.
 */
function deliveryToBot(replyKey: string): (req: restify.Request) => DeliverToBot {
  return (req) => {
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
}

/** A Direct Line route: `work`'s result as JSON, or the Direct Line error it throws. */
function directLineRoute(work: (req: restify.Request) => unknown, status = 200) {
  return async (req: restify.Request, res: restify.Response) => {
    res.setHeader('cache-control', 'no-store');
    try {
      res.json(status, work(req));
    } catch (error) {
      if (!(error instanceof DirectLineError)) throw error;
      sendError(res, error.status, error.message);
    }
  };
}

const tokenOf = (req: restify.Request) => bearerToken(req.headers.authorization);
const conversationOf = (req: restify.Request) => String(req.params.conversationId);

/** The Direct Line 3.0 routes Web Chat uses: tokens, conversations, and the user's activities in and out. */
function registerLocalDirectLine(
  server: restify.Server,
  local: LocalDirectLine,
  deliverFrom: (req: restify.Request) => DeliverToBot,
): void {
  const start = directLineRoute((req) => {
    const given = tokenOf(req);
    // With a token, Web Chat's POST /conversations opens the conversation that token was made for.
    if (given) return local.renew(local.authorize(given));
    return local.start(deliverFrom(req), requestedLocale(req.body));
  }, 201);
  server.post(
    `${LOCAL_DIRECT_LINE_PATH}/tokens/generate`,
    directLineRoute((req) => local.start(deliverFrom(req), requestedLocale(req.body))),
  );
  server.post(`${LOCAL_DIRECT_LINE_PATH}/conversations`, start);
  server.post(
    `${LOCAL_DIRECT_LINE_PATH}/tokens/refresh`,
    directLineRoute((req) => local.renew(local.authorize(tokenOf(req)))),
  );
  server.get(
    `${LOCAL_DIRECT_LINE_PATH}/conversations/:conversationId`,
    directLineRoute((req) => local.renew(local.authorize(tokenOf(req), conversationOf(req)))),
  );
  server.get(
    `${LOCAL_DIRECT_LINE_PATH}/conversations/:conversationId/activities`,
    directLineRoute((req) =>
      local.read(
        local.authorize(tokenOf(req), conversationOf(req)),
        new URL(req.url ?? '/', 'http://localhost').searchParams.get('watermark') ?? undefined,
      ),
    ),
  );
  server.post(
    `${LOCAL_DIRECT_LINE_PATH}/conversations/:conversationId/activities`,
    directLineRoute((req) =>
      local.postFromUser(local.authorize(tokenOf(req), conversationOf(req)), req.body, deliverFrom(req)),
    ),
  );
}

/** Where the bot posts its replies (its serviceUrl), open only to a caller that knows this process's reply key. */
function registerBotReplies(server: restify.Server, local: LocalDirectLine, replyKey: string): void {
  const keyMatches = (given: unknown) => {
    const a = Buffer.from(String(given));
    const b = Buffer.from(replyKey);
    return a.length === b.length && timingSafeEqual(a, b);
  };
  const fromBot = directLineRoute((req) => {
    if (!keyMatches(req.params.key)) throw new DirectLineError(404, 'not found');
    return local.appendFromBot(conversationOf(req), req.body, req.params.replyToId as string | undefined);
  });
  server.post('/directline/bot/:key/v3/conversations/:conversationId/activities', fromBot);
  server.post('/directline/bot/:key/v3/conversations/:conversationId/activities/:replyToId', fromBot);
}
