import { MemoryStorage, TestAdapter, type Activity, type Storage } from 'botbuilder';
import { PlainJsonConversationState, PlainJsonUserState } from '../../src/state/plainJsonBotState';
import pino from 'pino';
import { createAnswerRecognizer } from '../../src/domain/answers';
import { createCountryMatcher } from '../../src/domain/country';
import { loadTriageData, type TriageData } from '../../src/domain/data/loadData';
import type { Alerter } from '../../src/alerts/alerter';
import { ConversationAlertOutbox, type AlertQueue } from '../../src/alerts/conversationOutbox';
import { ETagGuardedStorage } from '../../src/storage/etagGuardedStorage';
import type { TriageServices } from '../../dialogs/services';
import type { Locale } from '../../src/domain/types';
import { MemoryTicketStore } from '../../src/tickets/ticketStore';
import type { Ticket } from '../../src/tickets/ticket';
import { buildBot, buildServices } from '../../src/buildBot';

// Data and matcher are built once for the whole test file, as the server builds them once at start-up.
let sharedData: TriageData | undefined;
let sharedMatcher: TriageServices['matcher'] | undefined;
let sharedAnswers: TriageServices['answers'] | undefined;

/** Records the alerts handed to it (`queued`: every hand-off) and delivered (`alerted`: each alert once, as ReliableAlerter does). */
export class RecordingAlerter implements Alerter, AlertQueue {
  readonly alerted: Ticket[] = [];
  readonly queued: Ticket[] = [];
  /** Whether an alert target is configured (a webhook or a Teams channel, in the real app). */
  constructor(private readonly configured = true) {}
  async alert(ticket: Ticket): Promise<void> {
    if (!this.alerted.some((t) => t.id === ticket.id)) this.alerted.push(ticket);
  }
  queue(ticket: Ticket): Promise<void> {
    this.queued.push(ticket);
    return this.alert(ticket);
  }
  async hasTarget(): Promise<boolean> {
    return this.configured;
  }
}

export interface HarnessOptions {
  channelLocale?: string;
  /** Fixed "now" for desk hours: Monday 2026-11-23 10:00 JST by default. */
  now?: Date;
  partnerContact?: TriageServices['partnerContact'];
  defaultLocale?: Locale;
  /** The channel every activity comes from (the TestAdapter stamps it on each one): "msteams" for Teams tests. */
  channelId?: string;
  /** The store for state (a MemoryStorage by default). */
  storage?: Storage;
  /** False: no alert target is configured (no webhook, no Teams channel). True by default. */
  alertTarget?: boolean;
}

/** A bot on a TestAdapter with in-memory storage: what the server runs, minus HTTP. */
export function createHarness(options: HarnessOptions = {}) {
  sharedData ??= loadTriageData();
  sharedMatcher ??= createCountryMatcher(sharedData.contacts);
  sharedAnswers ??= createAnswerRecognizer();
  const storage = new ETagGuardedStorage(options.storage ?? new MemoryStorage());
  const conversationState = new PlainJsonConversationState(storage);
  const userState = new PlainJsonUserState(storage);
  const tickets = new MemoryTicketStore();
  const alerter = new RecordingAlerter(options.alertTarget ?? true);
  const alertOutbox = new ConversationAlertOutbox(conversationState, alerter, pino({ level: 'silent' }));
  const now = options.now ?? new Date('2026-11-23T01:00:00Z');
  const services = buildServices({
    conversationState,
    userState,
    data: sharedData,
    matcher: sharedMatcher,
    answers: sharedAnswers,
    tickets,
    alerter,
    alertOutbox,
    clock: () => now,
    logger: pino({ level: 'silent' }),
    partnerContact: options.partnerContact,
  });
  // The same dialogs and middleware as the server (src/buildBot.ts), minus its flood and length limits.
  const { bot, activityMiddleware, runTurn } = buildBot({
    conversationState,
    userState,
    services,
    defaultLocale: options.defaultLocale ?? 'en',
    alertOutbox,
  });
  const adapter = new TestAdapter(runTurn, {
    channelId: options.channelId ?? 'test',
    locale: options.channelLocale ?? 'en-US',
  } as Partial<Activity>).use(...activityMiddleware);
  return { adapter, tickets, alerter, services, bot, runTurn, conversationState, userState };
}

export type Harness = ReturnType<typeof createHarness>;

/** Sends one message (or activity) and returns every reply the bot sent in that turn. */
export async function say(harness: Harness, message: string | Partial<Activity>): Promise<Partial<Activity>[]> {
  await harness.adapter.receiveActivity(message);
  const replies: Partial<Activity>[] = [];
  for (let reply = harness.adapter.getNextReply(); reply; reply = harness.adapter.getNextReply()) replies.push(reply);
  return replies;
}

/** The visible text of a reply: its text plus any card's text and button titles. */
export function replyText(activity: Partial<Activity>): string {
  const parts = [activity.text ?? ''];
  for (const attachment of activity.attachments ?? []) parts.push(JSON.stringify(attachment.content));
  return parts.join('\n');
}
