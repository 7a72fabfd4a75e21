import * as restify from 'restify';
import type { CloudAdapter } from 'botbuilder';
import type { Logger } from 'pino';
import type { TriageBot } from '../bot/TriageBot';

export interface ServerOptions {
  adapter: CloudAdapter;
  bot: TriageBot;
  logger: Logger;
  /** Resolves when storage answers; rejects otherwise. */
  checkStorage: () => Promise<void>;
}

/** The bot's HTTP surface: Bot Framework activities and a health check. */
export function createServer({ adapter, bot, logger, checkStorage }: ServerOptions): restify.Server {
  const server = restify.createServer({ name: 'support-triage-bot', handleUncaughtExceptions: false });
  server.use(restify.plugins.bodyParser({ maxBodySize: 256 * 1024, mapParams: false }));

  server.post('/api/messages', async (req, res) => {
    await adapter.process(req, res, (context) => bot.run(context));
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

  return server;
}
