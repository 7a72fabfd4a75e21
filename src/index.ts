import { ConfigurationBotFrameworkAuthentication, ConversationState, CloudAdapter, MemoryStorage, UserState } from 'botbuilder';
import pino from 'pino';
import { NoAlerter, WebhookAlerter } from './alerts/alerter';
import { loadConfig, partnerContactOf, type Config } from './config';
import { createCountryMatcher } from './domain/country';
import { loadTriageData } from './domain/data/loadData';
import { DataValidationError } from './domain/data/validate';
import { systemClock } from './domain/hours';
import { MemoryTicketStore } from './tickets/ticketStore';
import type { TriageServices } from './bot/services';
import { TriageBot } from './bot/TriageBot';
import { installTurnErrorHandler } from './bot/turnErrors';
import { MainDialog } from '../dialogs/MainDialog';
import { createServer } from './server/createServer';
import type { UserProfile } from './bot/profile';
import type { TranscriptEntry } from './tickets/ticket';

/** The composition root: configuration, data, storage, adapter, bot and routes are wired here and only here. */
export function buildApp(config: Config, logger = pino({ level: config.LOG_LEVEL })) {
  const data = loadTriageData();
  const storage = new MemoryStorage();
  const conversationState = new ConversationState(storage);
  const userState = new UserState(storage);
  const services: TriageServices = {
    data,
    matcher: createCountryMatcher(data.contacts),
    tickets: new MemoryTicketStore(),
    alerter: config.ALERT_WEBHOOK_URL ? new WebhookAlerter({ url: config.ALERT_WEBHOOK_URL, logger }) : new NoAlerter(),
    clock: systemClock,
    logger,
    partnerContact: partnerContactOf(config),
    profile: userState.createProperty<UserProfile>('profile'),
    transcript: conversationState.createProperty<TranscriptEntry[]>('transcript'),
  };
  const adapter = new CloudAdapter(
    new ConfigurationBotFrameworkAuthentication({
      MicrosoftAppId: config.MicrosoftAppId ?? '',
      MicrosoftAppPassword: config.MicrosoftAppPassword ?? '',
      MicrosoftAppType: config.MicrosoftAppType,
      MicrosoftAppTenantId: config.MicrosoftAppTenantId ?? '',
    }),
  );
  installTurnErrorHandler(adapter, conversationState, logger, config.DEFAULT_LOCALE);
  const bot = new TriageBot({ conversationState, userState, mainDialog: new MainDialog(services), services, defaultLocale: config.DEFAULT_LOCALE });
  const server = createServer({ adapter, bot, logger, checkStorage: async () => void (await storage.read(['healthz'])) });
  return { server, adapter, bot, services, storage };
}

function main(): void {
  let config: Config;
  let app: ReturnType<typeof buildApp>;
  try {
    config = loadConfig();
    app = buildApp(config);
  } catch (error) {
    if (error instanceof DataValidationError) {
      console.error(`Cannot start: ${error.message}`);
      process.exit(1);
    }
    throw error;
  }
  app.server.on('error', (error: Error) => {
    console.error(`Cannot start: ${error.message}`);
    process.exit(1);
  });
  process.once('SIGTERM', () => app.server.close(() => process.exit(0)));
  process.once('SIGINT', () => app.server.close(() => process.exit(0)));
  app.server.listen(config.PORT, () => {
    app.services.logger.info({ port: config.PORT, appId: Boolean(config.MicrosoftAppId) }, `support triage bot listening on http://localhost:${config.PORT}/api/messages`);
  });
}

if (require.main === module) main();
