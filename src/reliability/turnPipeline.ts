import {
  ActivityTypes,
  TurnContext,
  type Activity,
  type BotAdapter,
  type BotState,
  type ResourceResponse,
  type StatePropertyAccessor,
} from 'botbuilder';
import type { Logger } from 'pino';
import type { Locale } from '../domain/types';
import { t, type MessageKey, type MessageParams } from '../i18n/catalog';
import { guessLocale } from '../i18n/locale';
import type { BotMetrics } from '../observability/metrics';
import { requestScopeOf } from '../observability/requestContext';
import type { UserProfile } from '../state/profile';
import type { ActivityDeduplicator } from './dedup';
import { isETagConflict } from '../storage/etag';
import { useETagSaves } from './etagState';
import { KeyedQueue } from './keyedQueue';
import type { RateLimiter } from './rateLimiter';

export interface TurnPipelineOptions {
  /** The bot's own turn: reads state, answers, saves state (with eTags). */
  runBot: (context: TurnContext) => Promise<void>;
  conversationState: BotState;
  userState: BotState;
  profile: StatePropertyAccessor<UserProfile>;
  dedup: ActivityDeduplicator;
  rateLimiter: RateLimiter;
  metrics: BotMetrics;
  logger: Logger;
  defaultLocale: Locale;
  /** Longer message text is cut to this many characters before the dialogs see it. */
  maxTextLength: number;
  /** Tries of a turn whose state save met an eTag conflict (the first try included). */
  conflictAttempts?: number;
}

/**
 * What happens to every activity before and around the bot's turn:
 * turns of one conversation run one at a time (in this process); a resent activity id is dropped; a flooding
 * conversation is told once to slow down and its extra messages are not processed; over-long text is cut with a
 * note; and a turn whose state write meets an eTag conflict (another process wrote first) runs again on the fresh
 * state, with its replies held back until its state is saved so the user sees one answer.
 */
export class TurnPipeline {
  private readonly queue = new KeyedQueue();

  constructor(private readonly options: TurnPipelineOptions) {
    // State is written with the eTag it was read with (botbuilder's own saveChanges overwrites with "*").
    useETagSaves(options.conversationState);
    useETagSaves(options.userState);
  }

  /** Pass to adapter.process(req, res, pipeline.handle). */
  readonly handle = async (context: TurnContext): Promise<void> => {
    const { activity } = context;
    const { metrics } = this.options;
    const channel = activity.channelId ?? 'unknown';
    const conversationId = activity.conversation?.id ?? 'unknown';
    // Only ids and kinds are logged: never the text. The request's one log line carries them; other lines (rare:
    // duplicates, floods, conflicts) get a child logger with them.
    const fields = { activityId: activity.id, type: activity.type, channelId: channel, conversationId };
    const scope = requestScopeOf(context);
    if (scope) Object.assign(scope.fields, fields);
    else this.options.logger.info(fields, 'activity received');
    let child: Logger | undefined;
    const log = () => (child ??= (scope?.logger ?? this.options.logger).child(fields));
    metrics.turns.inc({ channel });
    const endTimer = metrics.turnSeconds.startTimer({ channel });
    try {
      await this.queue.run(`${channel}/${conversationId}`, () => this.turn(context, channel, conversationId, log));
    } finally {
      endTimer();
    }
  };

  private async turn(context: TurnContext, channel: string, conversationId: string, log: () => Logger): Promise<void> {
    const { activity } = context;
    const { dedup, rateLimiter, metrics, maxTextLength } = this.options;
    if (!(await dedup.claim(context))) {
      this.dropDuplicate(channel, log);
      return;
    }
    let cutFrom: number | undefined;
    if (activity.type === ActivityTypes.Message) {
      const decision = rateLimiter.take(`${channel}/${conversationId}`);
      if (decision !== 'allowed') {
        metrics.rateLimited.inc({ channel });
        log().warn('message rate-limited');
        if (decision === 'limited-first')
          await context.sendActivity(t(await this.noteLocale(context), 'input.rateLimited'));
        return;
      }
      if (typeof activity.text === 'string' && activity.text.length > maxTextLength) {
        cutFrom = activity.text.length;
        activity.text = activity.text.slice(0, maxTextLength);
        metrics.textTruncated.inc();
      }
    }
    // A failed turn saves nothing, its id included, so the channel's resend gets another chance.
    await this.runWithConflictRetry(context, channel, log, cutFrom);
  }

  private dropDuplicate(channel: string, log: () => Logger): void {
    this.options.metrics.duplicatesDropped.inc({ channel });
    log().info('duplicate activity dropped');
  }

  private async runWithConflictRetry(
    context: TurnContext,
    channel: string,
    log: () => Logger,
    cutFrom: number | undefined,
  ): Promise<void> {
    const attempts = this.options.conflictAttempts ?? 3;
    for (let attempt = 1; ; attempt++) {
      const held: Array<Partial<Activity>> = [];
      const attemptContext = this.holdingContext(context, held);
      try {
        if (attempt > 1) {
          await this.options.conversationState.load(attemptContext, true);
          await this.options.userState.load(attemptContext, true);
          // The other writer may have been another process handling this same activity (a resend).
          if (!(await this.options.dedup.claim(attemptContext))) {
            this.dropDuplicate(channel, log);
            return;
          }
        }
        if (cutFrom !== undefined)
          await this.note(attemptContext, 'input.textTruncated', {
            limit: this.options.maxTextLength,
            length: cutFrom,
          });
        await this.options.runBot(attemptContext);
      } catch (error) {
        if (isETagConflict(error) && attempt < attempts) {
          this.options.metrics.stateConflicts.inc();
          log().warn({ attempt }, 'state changed by another writer; running the turn again on the fresh state');
          continue;
        }
        // The turn's state was not saved, so what it said did not happen: only the error handler's apology is sent.
        throw error;
      }
      await this.release(context, attemptContext, held);
      return;
    }
  }

  /** A context for one try of the turn: the same activity and turn state, but replies are held, not sent. */
  private holdingContext(context: TurnContext, held: Array<Partial<Activity>>): TurnContext {
    const holding = Object.create(context.adapter) as BotAdapter;
    holding.sendActivities = async (
      _ctx: TurnContext,
      activities: Array<Partial<Activity>>,
    ): Promise<ResourceResponse[]> => {
      held.push(...activities);
      return activities.map(() => ({ id: '' }));
    };
    const attemptContext = new TurnContext(holding, context.activity);
    context.turnState.forEach((value, key) => attemptContext.turnState.set(key, value));
    return attemptContext;
  }

  /** Sends what a try of the turn said, through the real context (and its delivery mode). */
  private async release(
    context: TurnContext,
    attemptContext: TurnContext,
    held: Array<Partial<Activity>>,
  ): Promise<void> {
    attemptContext.turnState.forEach((value, key) => context.turnState.set(key, value));
    const replies = [...held, ...attemptContext.bufferedReplyActivities];
    if (replies.length > 0) await context.sendActivities(replies);
  }

  private async note(context: TurnContext, key: MessageKey, params: MessageParams = {}): Promise<void> {
    await context.sendActivity(t(await this.noteLocale(context), key, params));
  }

  /** The language for a note sent before the bot has decided the turn's: the user's choice, else a guess. */
  private async noteLocale(context: TurnContext): Promise<Locale> {
    const profile = await this.options.profile.get(context);
    if (profile?.locale) return profile.locale;
    return guessLocale(context.activity.text, context.activity.locale, this.options.defaultLocale);
  }
}
