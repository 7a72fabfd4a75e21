import { MiddlewareSet, type BotState, type MiddlewareHandler, type TurnContext } from 'botbuilder';
import { CategoryDialog } from '../dialogs/CategoryDialog';
import { CountryDialog } from '../dialogs/CountryDialog';
import { DescribeDialog } from '../dialogs/DescribeDialog';
import { HandoffDialog } from '../dialogs/HandoffDialog';
import { commandHandler } from '../dialogs/globalCommands';
import { MainDialog } from '../dialogs/MainDialog';
import { PlanDialog } from '../dialogs/PlanDialog';
import { PurchaseChannelDialog } from '../dialogs/PurchaseChannelDialog';
import type { TriageServices } from '../dialogs/services';
import { SeverityDialog } from '../dialogs/SeverityDialog';
import {
  cardValueAsText,
  commitState,
  cutLongText,
  decideLocale,
  limitRate,
  recordTranscript,
  removeRecipientMention,
} from './adapter/middleware';
import { TriageBot } from './bot/TriageBot';
import type { ConversationAlertOutbox } from './alerts/conversationOutbox';
import type { Locale } from './domain/types';
import type { BotMetrics } from './observability/metrics';
import type { RateLimiter } from './reliability/rateLimiter';
import type { UserProfile } from './state/profile';
import { alertChannelCommands } from './teams/alertChannelCommand';
import type { AlertChannelRegistry } from './teams/alertChannels';
import type { TranscriptEntry } from './tickets/ticket';

/**
 * The bot half of the composition root, shared by src/index.ts and the tests' harness (test/support/botHarness.ts),
 * so both run the same dialogs and the same middleware.
 */

export interface ServiceParts extends Omit<TriageServices, 'profile' | 'transcript'> {
  conversationState: BotState;
  userState: BotState;
}

/** The services the dialogs draw on, with the user's profile and the conversation's transcript kept in state. */
export function buildServices({ conversationState, userState, ...services }: ServiceParts): TriageServices {
  return {
    ...services,
    profile: userState.createProperty<UserProfile>('profile'),
    transcript: conversationState.createProperty<TranscriptEntry[]>('transcript'),
  };
}

/** The triage dialog with its steps (each given only the services it uses) and the commands every step obeys. */
export function buildMainDialog(services: TriageServices): MainDialog {
  const commands = commandHandler(services);
  const steps = {
    describe: new DescribeDialog(commands, services),
    category: new CategoryDialog(services, commands),
    severity: new SeverityDialog(services, commands),
    plan: new PlanDialog(services, commands),
    purchaseChannel: new PurchaseChannelDialog(services, commands),
    country: new CountryDialog(services, commands),
    handoff: new HandoffDialog(services),
  };
  return new MainDialog(steps, services, commands);
}

export interface BotParts {
  conversationState: BotState;
  userState: BotState;
  services: TriageServices;
  defaultLocale: Locale;
  /** Team channels registered for Severity A alerts; without it "register alerts" is not a command. */
  alertChannels?: AlertChannelRegistry;
  /** The server's protections (the harness runs without them): flood limit and text length. */
  limits?: { rateLimiter: RateLimiter; maxTextLength: number; metrics: BotMetrics };
  /** Alerts queued in the conversation's state, handed to the alerter once the turn is committed. */
  alertOutbox: Pick<ConversationAlertOutbox, 'handOffEarlier' | 'handOffCommitted'>;
}

/**
 * The bot and its middleware, in the order a message meets them:
 * - activity middleware (adapter.use; changes only the activity): the bot's @mention removed, a clicked card
 *   button's value read as text;
 * - then, in the server, TurnPipeline (order per conversation, resends, eTag-conflict retry), which runs `runTurn`
 *   for each try;
 * - turn middleware (reads and writes state, so it runs in each try): flood limit, state commit, locale, long text
 *   cut, transcript, the Teams "register alerts" command; then the bot, which runs the triage dialog.
 */
export function buildBot({
  conversationState,
  userState,
  services,
  defaultLocale,
  alertChannels,
  limits,
  alertOutbox,
}: BotParts) {
  const mainDialog = buildMainDialog(services);
  const bot = new TriageBot(conversationState, mainDialog);
  const activityMiddleware: MiddlewareHandler[] = [removeRecipientMention, cardValueAsText];
  const turnMiddleware: MiddlewareHandler[] = [
    ...(limits ? [limitRate({ ...limits, logger: services.logger, profile: services.profile, defaultLocale })] : []),
    commitState({ conversationState, userState, alertOutbox, logger: services.logger }),
    decideLocale(services.profile, defaultLocale),
    ...(limits ? [cutLongText(limits)] : []),
    recordTranscript(services.transcript, services.clock),
    ...(alertChannels ? [alertChannelCommands(alertChannels, services.logger)] : []),
  ];
  const turn = new MiddlewareSet(...turnMiddleware);
  const runTurn = (context: TurnContext) => turn.run(context, () => bot.run(context));
  return { bot, mainDialog, activityMiddleware, runTurn };
}
