import {
  AutoSaveStateMiddleware,
  MemoryStorage,
  type Activity,
  type Middleware,
  type StatePropertyAccessor,
} from 'botbuilder';
import type { Dialog } from 'botbuilder-dialogs';
import { DialogTestClient } from 'botbuilder-testing';
import { PlainJsonConversationState, PlainJsonUserState } from '../../src/state/plainJsonBotState';
import pino from 'pino';
import { ConversationAlertOutbox } from '../../src/alerts/conversationOutbox';
import { buildServices } from '../../src/buildBot';
import { createAnswerRecognizer } from '../../src/domain/answers';
import { createCountryMatcher } from '../../src/domain/country';
import { loadTriageData, type TriageData } from '../../src/domain/data/loadData';
import type { Locale } from '../../src/domain/types';
import { setTurnLocale } from '../../src/presentation/turnLocale';
import type { UserProfile } from '../../src/state/profile';
import { MemoryTicketStore } from '../../src/tickets/ticketStore';
import type { TriageServices } from '../../dialogs/services';
import { RecordingAlerter } from './botHarness';

/**
 * One dialog driven alone by botbuilder-testing's DialogTestClient, with the real services (data, matcher, answer
 * recogniser, memory ticket store, recording alerter, a fixed clock): the model is BotBuilder-Samples' 13.core-bot,
 * whose tests/dialogs/*.test.js play tables of [user says, bot says] from testData/.
 */

let sharedData: TriageData | undefined;
let sharedMatcher: TriageServices['matcher'] | undefined;
let sharedAnswers: TriageServices['answers'] | undefined;

/** The data the services are built on (built once per test file, as the server builds it once at start-up). */
export function triageData(): TriageData {
  return (sharedData ??= loadTriageData());
}

/** The services every dialog draws on, over one in-memory store for conversation and user state. */
export function dialogServices() {
  const storage = new MemoryStorage();
  const conversationState = new PlainJsonConversationState(storage);
  const userState = new PlainJsonUserState(storage);
  const alerter = new RecordingAlerter();
  const tickets = new MemoryTicketStore();
  sharedMatcher ??= createCountryMatcher(triageData().contacts);
  sharedAnswers ??= createAnswerRecognizer();
  const now = new Date('2026-11-23T01:00:00Z'); // Monday 10:00 JST, as in the conversation tests
  const services = buildServices({
    conversationState,
    userState,
    data: triageData(),
    matcher: sharedMatcher,
    answers: sharedAnswers,
    tickets,
    alerter,
    alertOutbox: new ConversationAlertOutbox(conversationState, alerter, pino({ level: 'silent' })),
    clock: () => now,
    logger: pino({ level: 'silent' }),
  });
  return { services, conversationState, userState, tickets, alerter };
}

/**
 * The bot's locale middleware (decideLocale) reads the profile and guesses from the text; here the table says the
 * language, and a language the user switched to mid-dialog (kept in the profile) wins from then on.
 */
function tableLocale(profile: StatePropertyAccessor<UserProfile>, locale: Locale): Middleware {
  return {
    onTurn: async (context, next) => {
      setTurnLocale(context, (await profile.get(context, {})).locale ?? locale);
      await next();
    },
  };
}

/** What the bot remembers about the user from an earlier conversation, in place before the first turn. */
function rememberedProfile(profile: StatePropertyAccessor<UserProfile>, remembered: UserProfile): Middleware {
  let seeded = false;
  return {
    onTurn: async (context, next) => {
      if (!seeded) await profile.set(context, { ...remembered });
      seeded = true;
      await next();
    },
  };
}

export interface DialogClientOptions {
  locale: Locale;
  options?: unknown;
  profile?: UserProfile;
}

export function createDialogClient(
  dialog: Dialog,
  parts: ReturnType<typeof dialogServices>,
  { locale, options, profile }: DialogClientOptions,
) {
  const { services, conversationState, userState } = parts;
  const middlewares: Middleware[] = [
    new AutoSaveStateMiddleware(userState),
    ...(profile ? [rememberedProfile(services.profile, profile)] : []),
    tableLocale(services.profile, locale),
  ];
  return new DialogTestClient('test', dialog, options, middlewares, conversationState);
}

/** Sends one message and returns every reply of that turn, in order. */
export async function sendAndCollect(client: DialogTestClient, text: string): Promise<Partial<Activity>[]> {
  const replies: Partial<Activity>[] = [];
  for (let reply = await client.sendActivity(text); reply; reply = client.getNextReply()) replies.push(reply);
  return replies;
}
