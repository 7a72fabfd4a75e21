import { ActivityTypes, TurnContext, type Activity, type MiddlewareHandler } from 'botbuilder';
import type { Logger } from 'pino';
import { turnLocale, turnTranslator } from '../presentation/turnLocale';
import { AlertChannelRegistry, channelConversationId } from './alertChannels';

export type AlertChannelCommand = 'register' | 'unregister';

const TRAILING = String.raw`[\s.!?。！？、,]*`;
const whole = (body: string) => new RegExp(`^\\s*(?:please\\s+)?(?:${body})${TRAILING}$`, 'iu');

const REGISTER = whole(
  String.raw`register (?:this channel )?(?:for )?alerts|register (?:this )?channel for alerts|send alerts here|alerts here|通知先に登録(?:する|して|してください)?|通知先登録|アラート(?:の)?通知先に登録(?:する|して|してください)?`,
);
const UNREGISTER = whole(
  String.raw`unregister (?:this channel )?(?:from )?alerts|stop alerts(?: here)?|no more alerts|通知先から解除(?:する|して|してください)?|通知先の登録を解除(?:する|して|してください)?|通知先解除`,
);

/** "register alerts" / 「通知先に登録」 and their opposites, in either language. */
export function detectAlertChannelCommand(text: string): AlertChannelCommand | null {
  const normalized = text.normalize('NFKC');
  if (REGISTER.test(normalized)) return 'register';
  if (UNREGISTER.test(normalized)) return 'unregister';
  return null;
}

/** A team channel, as Teams marks it (conversationType "channel", channelData.team). */
export function isTeamChannel(activity: Partial<Activity>): boolean {
  const channelData = activity.channelData as { team?: { id?: string } } | undefined;
  return activity.conversation?.conversationType === 'channel' || Boolean(channelData?.team?.id);
}

/**
 * Registers (or removes) the channel the command was typed in as where Severity A tickets are announced.
 * Answers whether the message was such a command (and has been answered).
 */
export async function handleAlertChannelCommand(
  context: TurnContext,
  registry: AlertChannelRegistry,
  logger: Logger,
): Promise<boolean> {
  const command = detectAlertChannelCommand(context.activity.text ?? '');
  if (!command) return false;
  const t = turnTranslator(context);
  const { activity } = context;
  if (!isTeamChannel(activity)) {
    await context.sendActivity(t('alertChannel.onlyInChannel'));
    return true;
  }
  const conversationId = activity.conversation?.id ?? '';
  if (command === 'register') {
    const reference = TurnContext.getConversationReference(activity);
    // Alerts start a new post in the channel rather than replying inside the thread the command was typed in.
    reference.conversation = { ...reference.conversation!, id: channelConversationId(conversationId) };
    delete reference.activityId;
    const outcome = await registry.register({
      reference,
      locale: turnLocale(context),
      registeredBy: activity.from?.name || activity.from?.id || 'unknown',
      registeredAt: new Date().toISOString(),
    });
    logger.info({ conversationId: reference.conversation.id, outcome }, 'alert channel registered');
    await context.sendActivity(t(outcome === 'added' ? 'alertChannel.registered' : 'alertChannel.alreadyRegistered'));
  } else {
    const removed = await registry.unregister(conversationId);
    logger.info({ conversationId: channelConversationId(conversationId), removed }, 'alert channel unregistered');
    await context.sendActivity(t(removed ? 'alertChannel.unregistered' : 'alertChannel.notRegistered'));
  }
  return true;
}

/** Turn middleware: a "register alerts" command is answered here and goes no further (the triage never sees it). */
export function alertChannelCommands(registry: AlertChannelRegistry, logger: Logger): MiddlewareHandler {
  return async (context, next) => {
    const isText = context.activity.type === ActivityTypes.Message && Boolean(context.activity.text?.trim());
    if (isText && (await handleAlertChannelCommand(context, registry, logger))) return;
    await next();
  };
}
