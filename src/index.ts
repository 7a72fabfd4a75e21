import { ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import { PlainJsonConversationState, PlainJsonUserState } from './state/plainJsonBotState';
import { botAuthenticationOptions } from './adapter/authenticationOptions';
import { KeepAliveCloudAdapter } from './adapter/keepAliveCloudAdapter';
import { WebhookAlerter } from './alerts/alerter';
import { ReliableAlerter } from './alerts/outbox';
import { ConversationAlertOutbox } from './alerts/conversationOutbox';
import { createLogger } from './observability/logging';
import { createMetrics } from './observability/metrics';
import { ActivityDeduplicator } from './reliability/dedup';
import { ETagGuardedStorage } from './storage/etagGuardedStorage';
import { RateLimiter } from './reliability/rateLimiter';
import { TurnPipeline } from './reliability/turnPipeline';
import { withTicketMetrics } from './tickets/meteredTicketStore';
import { loadConfig, partnerContactOf, type Config } from './config';
import { createAnswerRecognizer } from './domain/answers';
import { createCountryMatcher } from './domain/country';
import { loadTriageData } from './domain/data/loadData';
import { shippedModels } from './domain/classifier';
import { DataValidationError } from './domain/data/validate';
import { systemClock } from './domain/hours';
import { createStores } from './storage/createStores';
import { StorageUnavailableError } from './storage/errors';
import { installTurnErrorHandler } from './adapter/turnErrors';
import { buildBot, buildServices } from './buildBot';
import { createServer } from './server/createServer';
import { registerWebChat } from './webchat/routes';
import { AlertChannelRegistry } from './teams/alertChannels';
import { TeamsChannelAlerter } from './teams/teamsChannelAlerter';
import { registerContactsTab } from './tab/routes';

/** The composition root: configuration, data, storage, adapter, bot and routes are wired here and only here. */
export function buildApp(
  config: Config,
  logger = createLogger({ level: config.LOG_LEVEL, secrets: [config.MicrosoftAppPassword, config.DIRECT_LINE_SECRET] }),
) {
  const data = loadTriageData();
  // the classifier's learned models are read here too, so that a broken model file stops start-up, not a first triage
  shippedModels();
  // State and tickets: SQLite file (default), Azure Blob Storage, or memory, by STORAGE.
  const stores = createStores(config);
  const storage = stores.storage;
  // Bot state is saved with the eTag it was read with, so a turn never overwrites a newer one (see TurnPipeline).
  const stateStorage = new ETagGuardedStorage(storage);
  const conversationState = new PlainJsonConversationState(stateStorage);
  const userState = new PlainJsonUserState(stateStorage);
  const metrics = createMetrics();
  // Severity A alerts: kept in an outbox in `storage` until delivered; more targets (Teams channels) via addTarget.
  const alerter = new ReliableAlerter({
    storage,
    logger,
    metrics,
    attempts: config.ALERT_ATTEMPTS,
    firstDelayMs: config.ALERT_FIRST_DELAY_MS,
    retryIntervalMs: config.ALERT_RETRY_INTERVAL_MS,
  });
  if (config.ALERT_WEBHOOK_URL) alerter.addTarget('webhook', new WebhookAlerter({ url: config.ALERT_WEBHOOK_URL }));
  // A turn queues its alert in the conversation's state; it reaches `alerter` once that state is committed.
  const alertOutbox = new ConversationAlertOutbox(conversationState, alerter, logger);
  const services = buildServices({
    conversationState,
    userState,
    data,
    matcher: createCountryMatcher(data.contacts),
    answers: createAnswerRecognizer(),
    tickets: withTicketMetrics(stores.tickets, metrics),
    alerter,
    alertOutbox,
    clock: systemClock,
    logger,
    partnerContact: partnerContactOf(config),
  });
  // CloudAdapter whose replies go out over kept-alive connections, with connector clients kept between turns.
  const adapter = new KeepAliveCloudAdapter(
    new ConfigurationBotFrameworkAuthentication(
      botAuthenticationOptions({
        appId: config.MicrosoftAppId,
        appPassword: config.MicrosoftAppPassword,
        appType: config.MicrosoftAppType,
        tenantId: config.MicrosoftAppTenantId,
        channelOpenIdMetadataUrl: config.ToBotFromChannelOpenIdMetadataUrl,
        emulatorOpenIdMetadataUrl: config.ToBotFromEmulatorOpenIdMetadataUrl,
      }),
    ),
    { logger },
  );
  installTurnErrorHandler(adapter, logger, config.DEFAULT_LOCALE);
  // Team channels that typed "register alerts" get Severity A tickets posted to them, as one more alert target.
  const alertChannels = new AlertChannelRegistry(storage);
  alerter.addTarget(
    'teams',
    new TeamsChannelAlerter({ adapter, appId: config.MicrosoftAppId ?? '', registry: alertChannels, data, logger }),
  );
  const { bot, activityMiddleware, runTurn } = buildBot({
    conversationState,
    userState,
    services,
    defaultLocale: config.DEFAULT_LOCALE,
    alertChannels,
    alertOutbox,
    limits: {
      rateLimiter: new RateLimiter({
        capacity: config.RATE_LIMIT_MESSAGES,
        windowMs: config.RATE_LIMIT_WINDOW_SECONDS * 1000,
      }),
      maxTextLength: config.MAX_TEXT_LENGTH,
      metrics,
    },
  });
  // Per-turn concerns, in order: src/buildBot.ts (what) and src/adapter/middleware.ts (how).
  adapter.use(...activityMiddleware);
  const pipeline = new TurnPipeline({
    runBot: runTurn,
    conversationState,
    userState,
    dedup: new ActivityDeduplicator({ conversationState }),
    metrics,
    logger,
  });
  const server = createServer({
    adapter,
    logger,
    checkStorage: stores.check,
    handleTurn: pipeline.handle,
    metrics,
  });
  // Kept alerts are retried now (start-up) and on a timer until the server closes.
  alerter.start();
  server.on('close', () => {
    void alerter.stop();
    void adapter.close();
  });
  // The web chat page at / and, with no app id, a local Direct Line endpoint that feeds this same adapter and bot.
  const webChat = registerWebChat(server, {
    logger,
    microsoftAppId: config.MicrosoftAppId,
    directLineSecret: config.DIRECT_LINE_SECRET,
    directLineDomain: config.DIRECT_LINE_DOMAIN,
  });
  // The Contacts tab (Teams static tab, also a plain page) and its JSON search.
  registerContactsTab(server, {
    matcher: services.matcher,
    clock: services.clock,
    defaultLocale: config.DEFAULT_LOCALE,
  });
  return {
    server,
    adapter,
    bot,
    services,
    storage,
    stores,
    directLine: webChat.directLine,
    alerter,
    metrics,
    pipeline,
    conversationState,
  };
}

/** The alerter writes to the store, so it stops first; the store is closed even if stopping fails. */
async function stopThenClose(app: ReturnType<typeof buildApp>): Promise<void> {
  try {
    await app.alerter.stop();
  } finally {
    await app.stores.close();
  }
}

function main(): void {
  let config: Config;
  let app: ReturnType<typeof buildApp>;
  try {
    config = loadConfig();
    app = buildApp(config);
  } catch (error) {
    if (error instanceof DataValidationError || error instanceof StorageUnavailableError) {
      console.error(`Cannot start: ${error.message}`);
      process.exit(1);
    }
    throw error;
  }
  app.server.on('error', (error: Error) => {
    console.error(`Cannot start: ${error.message}`);
    process.exit(1);
  });
  // Graceful shutdown: stop accepting, let turns in flight finish (their requests complete), stop the alerter (an
  // alert being written to its outbox finishes; kept ones stay kept), then close the store.
  const shutdown = (signal: string) => {
    app.services.logger.info({ signal }, 'shutting down: finishing turns in flight');
    const force = setTimeout(() => {
      app.services.logger.error('turns still running after 25 s; exiting');
      process.exit(1);
    }, 25_000);
    force.unref();
    // Keep-alive connections left idle once their request is answered are closed, so they do not hold the exit.
    setInterval(() => app.server.server.closeIdleConnections(), 100).unref();
    app.server.close(() => {
      void stopThenClose(app).finally(() => {
        app.services.logger.info('stopped');
        process.exit(0);
      });
    });
  };
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  process.once('SIGINT', () => shutdown('SIGINT'));
  app.server.listen(config.PORT, () => {
    app.services.logger.info(
      { port: config.PORT, appId: Boolean(config.MicrosoftAppId) },
      `support triage bot listening on http://localhost:${config.PORT}/api/messages`,
    );
  });
}

if (require.main === module) main();
