import * as restify from 'restify';
import type { CloudAdapter, TurnContext } from 'botbuilder';
import type { Logger } from 'pino';
import { installRequestLogging, scopeOf } from '../observability/httpLogging';
import type { BotMetrics } from '../observability/metrics';
import { attachRequestScope } from '../observability/requestContext';

export interface ServerOptions {
  adapter: CloudAdapter;
  logger: Logger;
  /** Resolves when storage answers; rejects otherwise. */
  checkStorage: () => Promise<void>;
  /** The turn handler: the TurnPipeline (per-conversation order, resends, conflict retry) around the bot. */
  handleTurn: (context: TurnContext) => Promise<void>;
  /** Served at GET /metrics in Prometheus format. */
  metrics?: BotMetrics;
}

/** The bot's HTTP surface: Bot Framework activities and a health check. */
export function createServer({ adapter, logger, checkStorage, handleTurn, metrics }: ServerOptions): restify.Server {
  const server = restify.createServer({ name: 'support-triage-bot', handleUncaughtExceptions: false });
  installRequestLogging(server, logger);
  server.use(restify.plugins.bodyParser({ maxBodySize: 256 * 1024, mapParams: false }));

  server.post('/api/messages', async (req, res) => {
    // Not an activity at all (no type): the caller's mistake, 400, rather than the adapter's 500.
    const body = req.body as { type?: unknown } | undefined;
    if (!body || typeof body !== 'object' || Array.isArray(body) || typeof body.type !== 'string' || !body.type) {
      res.json(400, { code: 'BadRequest', message: 'the body must be a Bot Framework activity with a type' });
      return;
    }
    const scope = scopeOf(req, logger);
    await adapter.process(req, res, (context) => {
      attachRequestScope(context, scope);
      return handleTurn(context);
    });
  });

  server.get('/healthz', async (_req, res) => {
    try {
      await checkStorage();
      res.json(200, { status: 'ok' });
    } catch (error) {
      logger.error({ err: (error as Error).message }, 'health check failed');
      res.json(503, { status: 'unavailable' });
    }
  });

  if (metrics) {
    server.get('/metrics', async (_req, res) => {
      const text = await metrics.registry.metrics();
      res.setHeader('content-type', metrics.registry.contentType);
      res.sendRaw(200, text);
    });
  }

  return server;
}
