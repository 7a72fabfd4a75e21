import { randomBytes } from 'node:crypto';
import type { Logger } from 'pino';
import { TokenSigner, type TokenClaims } from './tokens';

/** An activity as Direct Line 3.0 carries it (only the fields this endpoint reads or sets are typed). */
export interface DirectLineActivity {
  type: string;
  id?: string;
  timestamp?: string;
  channelId?: string;
  conversation?: { id: string };
  from?: { id: string; name?: string; role?: string };
  recipient?: { id: string; name?: string; role?: string };
  text?: string;
  locale?: string;
  replyToId?: string;
  channelData?: Record<string, unknown>;
  [field: string]: unknown;
}

export interface ConversationGrant {
  conversationId: string;
  token: string;
  expires_in: number;
  userId: string;
}

/** Delivers one activity to the bot, as a Direct Line channel would POST it to /api/messages. */
export type DeliverToBot = (activity: DirectLineActivity) => Promise<void>;

export interface LocalDirectLineOptions {
  logger: Logger;
  /** Token lifetime (Azure's is 30 minutes too). */
  tokenTtlSeconds?: number;
  maxConversations?: number;
  maxActivitiesPerConversation?: number;
  now?: () => number;
}

export const CHANNEL_ID = 'webchat';
export const BOT_ACCOUNT = { id: 'support-triage-bot', name: 'Support triage', role: 'bot' } as const;

/** Fields a client may set on an activity it posts; everything else (ids, accounts, times) is the endpoint's. */
const CLIENT_FIELDS = [
  'type',
  'text',
  'textFormat',
  'locale',
  'localTimezone',
  'localTimestamp',
  'value',
  'name',
  'attachments',
  'entities',
  'channelData',
] as const;
const CLIENT_TYPES = new Set(['message', 'event', 'typing']);

interface Conversation {
  id: string;
  userId: string;
  /** The language the conversation started in, for activities that do not say. */
  locale?: string;
  activities: DirectLineActivity[];
  /** Turns are handed to the bot one at a time, in order, as a channel does. */
  queue: Promise<void>;
  lastUsed: number;
}

export class DirectLineError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/**
 * A Direct Line 3.0 service for one server, in memory: conversations, their activity lists (read by watermark) and
 * tokens that each open one conversation only. User activities go to the bot through `deliver`; the bot's replies
 * come back through `appendFromBot` (the reply route of the serviceUrl it was given).
 */
export class LocalDirectLine {
  private readonly conversations = new Map<string, Conversation>();
  private readonly tokens: TokenSigner;
  private readonly now: () => number;
  private readonly maxConversations: number;
  private readonly maxActivities: number;
  private lastTimestamp = 0;
  private sequence = 0;

  constructor(private readonly options: LocalDirectLineOptions) {
    this.now = options.now ?? Date.now;
    this.tokens = new TokenSigner(options.tokenTtlSeconds ?? 1800, this.now);
    this.maxConversations = options.maxConversations ?? 1000;
    this.maxActivities = options.maxActivitiesPerConversation ?? 2000;
  }

  /** Starts a conversation and tells the bot the user joined (so it greets, in `locale`). */
  start(deliver: DeliverToBot, locale: string | undefined): ConversationGrant {
    this.evictIfFull();
    const conversation: Conversation = {
      id: randomBytes(16).toString('base64url'),
      // Not "dl_": Web Chat keeps that prefix for user ids embedded in an Azure Direct Line token.
      userId: `u_${randomBytes(12).toString('base64url')}`,
      activities: [],
      locale,
      queue: Promise.resolve(),
      lastUsed: this.now(),
    };
    this.conversations.set(conversation.id, conversation);
    const user = { id: conversation.userId, role: 'user' };
    this.enqueue(conversation, deliver, {
      type: 'conversationUpdate',
      id: this.nextId(conversation),
      timestamp: this.nextTimestamp(),
      channelId: CHANNEL_ID,
      conversation: { id: conversation.id },
      from: user,
      recipient: { ...BOT_ACCOUNT },
      membersAdded: [{ ...BOT_ACCOUNT }, user],
      ...(locale ? { locale } : {}),
    });
    return this.grant(conversation);
  }

  /** The claims of `token` if it may use `conversationId`: 403 for a bad, expired or foreign token, 404 for a gone conversation. */
  authorize(token: string | undefined, conversationId?: string): TokenClaims {
    const claims = this.tokens.verify(token);
    if (!claims) throw new DirectLineError(403, 'token is missing, invalid or expired');
    if (conversationId !== undefined && claims.conversationId !== conversationId)
      throw new DirectLineError(403, 'token is for another conversation');
    const conversation = this.conversations.get(claims.conversationId);
    if (!conversation) throw new DirectLineError(404, 'conversation not found');
    conversation.lastUsed = this.now();
    return claims;
  }

  /** A fresh token for the conversation `claims` already opens (reconnect and refresh). */
  renew(claims: TokenClaims): ConversationGrant {
    return this.grant(this.mustGet(claims.conversationId));
  }

  /** Activities after `watermark` and the new watermark (the count of activities so far). */
  read(claims: TokenClaims, watermark: string | undefined): { activities: DirectLineActivity[]; watermark: string } {
    const conversation = this.mustGet(claims.conversationId);
    const from = Math.max(0, Number.parseInt(watermark ?? '0', 10) || 0);
    return { activities: conversation.activities.slice(from), watermark: String(conversation.activities.length) };
  }

  /** Takes an activity from the user: stores it (the client sees its own echo) and queues it for the bot. */
  postFromUser(claims: TokenClaims, body: unknown, deliver: DeliverToBot): { id: string } {
    const conversation = this.mustGet(claims.conversationId);
    if (!body || typeof body !== 'object' || Array.isArray(body))
      throw new DirectLineError(400, 'an activity object is required');
    const input = body as Record<string, unknown>;
    if (typeof input.type !== 'string' || !CLIENT_TYPES.has(input.type))
      throw new DirectLineError(400, 'activity type must be message, event or typing');
    if (input.text !== undefined && typeof input.text !== 'string')
      throw new DirectLineError(400, 'text must be a string');
    if (
      input.channelData !== undefined &&
      (typeof input.channelData !== 'object' || input.channelData === null || Array.isArray(input.channelData))
    ) {
      throw new DirectLineError(400, 'channelData must be an object');
    }
    this.ensureRoom(conversation);
    const picked: Record<string, unknown> = {};
    for (const field of CLIENT_FIELDS) if (input[field] !== undefined) picked[field] = input[field];
    const activity = {
      ...(conversation.locale ? { locale: conversation.locale } : {}),
      ...picked,
      type: input.type,
    } as DirectLineActivity;
    const fromName = (input.from as { name?: unknown } | undefined)?.name;
    Object.assign(activity, {
      id: this.nextId(conversation),
      timestamp: this.nextTimestamp(),
      channelId: CHANNEL_ID,
      conversation: { id: conversation.id },
      // The user is who the token says, whatever the activity claims.
      from: {
        id: conversation.userId,
        role: 'user',
        ...(typeof fromName === 'string' ? { name: fromName.slice(0, 100) } : {}),
      },
      recipient: { ...BOT_ACCOUNT },
    });
    if (activity.type !== 'typing') {
      conversation.activities.push(activity);
      this.enqueue(conversation, deliver, activity);
    }
    return { id: activity.id! };
  }

  /** Takes an activity the bot sent (POSTed to the reply route of its serviceUrl) and shows it to the user. */
  appendFromBot(conversationId: string, body: unknown, replyToId?: string): { id: string } {
    const conversation = this.conversations.get(conversationId);
    if (!conversation) throw new DirectLineError(404, 'conversation not found');
    if (
      !body ||
      typeof body !== 'object' ||
      Array.isArray(body) ||
      typeof (body as { type?: unknown }).type !== 'string'
    ) {
      throw new DirectLineError(400, 'an activity with a type is required');
    }
    this.ensureRoom(conversation);
    const input = body as DirectLineActivity;
    const activity: DirectLineActivity = {
      ...input,
      id: this.nextId(conversation),
      timestamp: this.nextTimestamp(),
      channelId: CHANNEL_ID,
      conversation: { id: conversation.id },
      from: { ...BOT_ACCOUNT, ...(input.from?.name ? { name: input.from.name } : {}) },
      recipient: { id: conversation.userId, role: 'user' },
    };
    const repliesTo = replyToId ?? input.replyToId;
    if (repliesTo) activity.replyToId = repliesTo;
    delete activity.serviceUrl;
    conversation.activities.push(activity);
    return { id: activity.id! };
  }

  /** Resolves when every activity queued so far has been handed to the bot (tests use it to wait for quiet). */
  async settled(conversationId: string): Promise<void> {
    await this.conversations.get(conversationId)?.queue;
  }

  private grant(conversation: Conversation): ConversationGrant {
    return {
      conversationId: conversation.id,
      token: this.tokens.issue(conversation.id, conversation.userId),
      expires_in: this.tokens.expiresIn,
      userId: conversation.userId,
    };
  }

  private enqueue(conversation: Conversation, deliver: DeliverToBot, activity: DirectLineActivity): void {
    conversation.queue = conversation.queue
      .then(() => deliver(activity))
      .catch((error: unknown) => {
        this.options.logger.error(
          { err: (error as Error).message, conversationId: conversation.id },
          'direct line: delivery to the bot failed',
        );
      });
  }

  private mustGet(conversationId: string): Conversation {
    const conversation = this.conversations.get(conversationId);
    if (!conversation) throw new DirectLineError(404, 'conversation not found');
    return conversation;
  }

  private ensureRoom(conversation: Conversation): void {
    if (conversation.activities.length >= this.maxActivities)
      throw new DirectLineError(429, 'this conversation is full; start a new one');
  }

  /** Bounded memory: when full, the conversation unused for longest goes. */
  private evictIfFull(): void {
    if (this.conversations.size < this.maxConversations) return;
    let oldest: Conversation | undefined;
    for (const c of this.conversations.values()) if (!oldest || c.lastUsed < oldest.lastUsed) oldest = c;
    if (oldest) this.conversations.delete(oldest.id);
  }

  private nextId(conversation: Conversation): string {
    this.sequence += 1;
    return `${conversation.id}|${String(this.sequence).padStart(7, '0')}`;
  }

  /** Strictly increasing, so clients can order by timestamp even within one millisecond. */
  private nextTimestamp(): string {
    this.lastTimestamp = Math.max(this.now(), this.lastTimestamp + 1);
    return new Date(this.lastTimestamp).toISOString();
  }
}
