import {
  ActivityTypes,
  TurnContext,
  type Activity,
  type BotState,
  type MiddlewareHandler,
  type StatePropertyAccessor,
} from 'botbuilder';
import type { Logger } from 'pino';
import type { ConversationAlertOutbox } from '../alerts/conversationOutbox';
import { isETagConflict } from '../storage/etag';
import type { Clock } from '../domain/hours';
import type { Locale } from '../domain/types';
import { guessLocale } from '../i18n/locale';
import type { BotMetrics } from '../observability/metrics';
import { requestScopeOf } from '../observability/requestContext';
import { submittedChoice } from '../presentation/cards';
import { setTurnLocale, turnTranslator } from '../presentation/turnLocale';
import type { RateLimiter } from '../reliability/rateLimiter';
import { rememberInProfile, type UserProfile } from '../state/profile';
import type { TranscriptEntry } from '../tickets/ticket';
import { t } from '../i18n/catalog';

/*
 * Every per-turn concern, in the order a message meets them (the composition root, src/buildBot.ts, lists them):
 *
 *   adapter.use(...)           removeRecipientMention → cardValueAsText
 *   TurnPipeline               one turn at a time per conversation, resends dropped, eTag-conflict retry; each try
 *                              runs the turn middleware on the fresh state:
 *   turn middleware            limitRate → commitState → decideLocale → cutLongText → recordTranscript →
 *                              (Teams) alertChannelCommands → the bot
 *
 * The activity middleware changes only the activity, so it runs once; the turn middleware reads and writes state,
 * so it runs inside each try of the turn.
 */

/** In Teams channels the text starts with <at>Bot</at>; it is not part of what the user said. */
export const removeRecipientMention: MiddlewareHandler = async (context, next) => {
  const { activity } = context;
  if (activity.type === ActivityTypes.Message)
    activity.text = TurnContext.removeRecipientMention(activity) ?? activity.text;
  await next();
};

/** A clicked question button (Action.Submit) arrives as a value without text: it is the user's answer. */
export const cardValueAsText: MiddlewareHandler = async (context, next) => {
  const { activity } = context;
  if (activity.type === ActivityTypes.Message && !activity.text?.trim())
    activity.text = submittedChoice(activity.value) ?? activity.text;
  await next();
};

export interface LimitRateOptions {
  rateLimiter: RateLimiter;
  metrics: BotMetrics;
  logger: Logger;
  profile: StatePropertyAccessor<UserProfile>;
  defaultLocale: Locale;
}

/** A flooding conversation is told once to slow down; its extra messages are not processed (nor saved). */
export function limitRate(options: LimitRateOptions): MiddlewareHandler {
  const limitRateHandler: MiddlewareHandler = async (context, next) => {
    const { activity } = context;
    if (activity.type !== ActivityTypes.Message) return next();
    const channel = activity.channelId ?? 'unknown';
    const decision = options.rateLimiter.take(`${channel}/${activity.conversation?.id ?? 'unknown'}`);
    if (decision === 'allowed') return next();
    options.metrics.rateLimited.inc({ channel });
    turnLogger(context, options.logger).warn('message rate-limited');
    if (decision === 'limited-first') {
      // The turn's language is not decided yet: the user's choice, else a guess from the message.
      const profile = await options.profile.get(context);
      const locale = profile?.locale ?? guessLocale(activity.text, activity.locale, options.defaultLocale);
      await context.sendActivity(t(locale, 'input.rateLimited'));
    }
  };
  return limitRateHandler;
}

export interface CommitStateOptions {
  conversationState: BotState;
  userState: BotState;
  /** Alerts the turn queued in the conversation's state, handed on once that state is committed. */
  alertOutbox: Pick<ConversationAlertOutbox, 'handOffEarlier' | 'handOffCommitted'>;
  logger: Logger;
}

/**
 * The turn's commit. An alert an earlier turn committed but did not hand on (a crash in between) goes first; after
 * the rest of the turn, the conversation's state is written: with eTags, that write succeeds for one run of an
 * activity only, and it carries the activity's id and the alerts the turn queued, which are handed to the alerter
 * only then. The user's preferences are written beside it; if another conversation of the same user changed them
 * meanwhile, this turn's change to them is dropped (logged) rather than the committed turn run again. A turn that
 * throws saves nothing, so the channel's resend gets another chance.
 */
export function commitState({
  conversationState,
  userState,
  alertOutbox,
  logger,
}: CommitStateOptions): MiddlewareHandler {
  const commitStateHandler: MiddlewareHandler = async (context, next) => {
    await alertOutbox.handOffEarlier(context);
    await next();
    // Both writes start in the same tick so that the SQLite store commits them as one transaction, one fsync (see
    // storage/groupCommit.ts); one after the other they cost two, and an fsync blocks every conversation's turn.
    // A run that loses the conversation's race may still have written the user's preferences, but they come from
    // this same message, so the run that follows writes the same values.
    // A turn that reaches here has marked its activity in the conversation's state (dedup.ts), so that state has
    // changed: forcing the save skips the change check. A state this turn never loaded is left alone.
    const [conversation, user] = await Promise.allSettled([
      conversationState.saveChanges(context, conversationState.get(context) !== undefined),
      userState.saveChanges(context, false),
    ]);
    if (conversation.status === 'rejected') throw conversation.reason;
    if (user.status === 'rejected') {
      if (!isETagConflict(user.reason)) throw user.reason;
      turnLogger(context, logger).warn(
        "user preferences changed by another turn; this turn's change to them was not saved",
      );
    }
    await alertOutbox.handOffCommitted(context);
  };
  return commitStateHandler;
}

/** The user's chosen language, else what their text is written in, else the channel's. */
export function decideLocale(profile: StatePropertyAccessor<UserProfile>, defaultLocale: Locale): MiddlewareHandler {
  const decideLocaleHandler: MiddlewareHandler = async (context, next) => {
    const { activity } = context;
    // no default: a profile written as {} at a conversation's first event would cost a storage write for nothing
    let locale = (await profile.get(context))?.locale;
    if (!locale) {
      const text = activity.text ?? '';
      locale = guessLocale(text, activity.locale, defaultLocale);
      if (activity.type === ActivityTypes.Message && text) await rememberInProfile(profile, context, { locale });
    }
    setTurnLocale(context, locale);
    await next();
  };
  return decideLocaleHandler;
}

export interface CutLongTextOptions {
  /** Longer message text is cut to this many characters before the dialogs see it. */
  maxTextLength: number;
  metrics: BotMetrics;
}

/** Over-long text is cut, with a note saying so (on every try of the turn: the note goes out with its answer). */
export function cutLongText({ maxTextLength, metrics }: CutLongTextOptions): MiddlewareHandler {
  const cutFrom = new WeakMap<Partial<Activity>, number>();
  const cutLongTextHandler: MiddlewareHandler = async (context, next) => {
    const { activity } = context;
    if (activity.type === ActivityTypes.Message && typeof activity.text === 'string') {
      if (activity.text.length > maxTextLength) {
        cutFrom.set(activity, activity.text.length);
        activity.text = activity.text.slice(0, maxTextLength);
        metrics.textTruncated.inc();
      }
      const length = cutFrom.get(activity);
      if (length !== undefined)
        await context.sendActivity(turnTranslator(context)('input.textTruncated', { limit: maxTextLength, length }));
    }
    await next();
  };
  return cutLongTextHandler;
}

const TRANSCRIPT_LIMIT = 200;

/** Keeps what was said in this conversation (both sides) for tickets and hand-offs. */
export function recordTranscript(
  transcript: StatePropertyAccessor<TranscriptEntry[]>,
  clock: Clock,
): MiddlewareHandler {
  const recordTranscriptHandler: MiddlewareHandler = async (context, next) => {
    // in place: the array is the conversation state's own (a default is stored on first get), saved with the turn;
    // a ticket copies it. A new array per reply cost a copy and a set() for every message sent.
    const append = async (entries: TranscriptEntry[]) => {
      const current = await transcript.get(context, []);
      current.push(...entries);
      if (current.length > TRANSCRIPT_LIMIT) current.splice(0, current.length - TRANSCRIPT_LIMIT);
    };
    context.onSendActivities(async function recordReplies(_ctx, activities, sendNext) {
      const messages = activities.filter((a) => a.type === ActivityTypes.Message);
      if (messages.length > 0) {
        // one time for the replies sent together
        const at = clock().toISOString();
        await append(
          messages.map((a) => ({ from: 'bot', text: a.text || (a.attachments?.length ? '[card]' : ''), at })),
        );
      }
      return sendNext();
    });
    if (context.activity.type === ActivityTypes.Message && context.activity.text) {
      await append([{ from: 'user', text: context.activity.text, at: clock().toISOString() }]);
    }
    await next();
  };
  return recordTranscriptHandler;
}

/** The request's logger with the activity's ids (never its text). */
function turnLogger(context: TurnContext, logger: Logger): Logger {
  const { activity } = context;
  return (requestScopeOf(context)?.logger ?? logger).child({
    activityId: activity.id,
    channelId: activity.channelId,
    conversationId: activity.conversation?.id,
  });
}
