import { TurnContext, type Activity, type BotAdapter, type BotState, type ResourceResponse } from 'botbuilder';
import type { Logger } from 'pino';
import type { BotMetrics } from '../observability/metrics';
import { requestScopeOf } from '../observability/requestContext';
import type { ActivityDeduplicator } from './dedup';
import { isETagConflict } from '../storage/etag';
import { KeyedQueue } from './keyedQueue';

export interface TurnPipelineOptions {
  /** The turn: its middleware (which reads state, commits it with eTags, then hands on what it committed) and the bot. */
  runBot: (context: TurnContext) => Promise<void>;
  conversationState: BotState;
  userState: BotState;
  dedup: ActivityDeduplicator;
  metrics: BotMetrics;
  logger: Logger;
  /** Tries of a turn whose state save met an eTag conflict (the first try included). */
  conflictAttempts?: number;
}

/**
 * What happens around every turn: turns of one conversation run one at a time (in this process); a resent activity
 * id is dropped; and a turn whose state write meets an eTag conflict (another process wrote first) runs again on the
 * fresh state, with its replies held back until its state is saved so the user sees one answer. Everything else a
 * turn does first (locale, transcript, rate limit, text length) is middleware: src/adapter/middleware.ts.
 */
export class TurnPipeline {
  private readonly queue = new KeyedQueue();

  /** The states must be kept in an ETagGuardedStorage, so a save over a newer one fails as a conflict. */
  constructor(private readonly options: TurnPipelineOptions) {}

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
      await this.queue.run(`${channel}/${conversationId}`, () => this.turn(context, channel, log));
    } finally {
      endTimer();
    }
  };

  private async turn(context: TurnContext, channel: string, log: () => Logger): Promise<void> {
    if (!(await this.options.dedup.claim(context))) {
      this.dropDuplicate(channel, log);
      return;
    }
    // A failed turn saves nothing, its id included, so the channel's resend gets another chance.
    await this.runWithConflictRetry(context, channel, log);
  }

  private dropDuplicate(channel: string, log: () => Logger): void {
    this.options.metrics.duplicatesDropped.inc({ channel });
    log().info('duplicate activity dropped');
  }

  private async runWithConflictRetry(context: TurnContext, channel: string, log: () => Logger): Promise<void> {
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
}
