import type { CloudAdapter, ConversationState } from 'botbuilder';
import type { Logger } from 'pino';
import type { Locale } from '../domain/types';
import { t } from '../i18n/catalog';
import { turnLocale } from './turnLocale';

/** A turn that throws gets a short apology, never a stack trace; the state is kept so the user can carry on. */
export function installTurnErrorHandler(adapter: CloudAdapter, conversationState: ConversationState, logger: Logger, fallback: Locale): void {
  adapter.onTurnError = async (context, error) => {
    logger.error({ err: error.message, stack: error.stack, conversationId: context.activity.conversation?.id }, 'turn failed');
    try {
      const locale = context.turnState.has(Symbol.for('never')) ? fallback : turnLocale(context);
      await context.sendActivity(t(locale, 'error'));
    } catch (sendError) {
      logger.error({ err: (sendError as Error).message }, 'could not tell the user about a failed turn');
    }
    void conversationState;
  };
}
