import type { CloudAdapter } from 'botbuilder';
import type { Logger } from 'pino';
import type { Locale } from '../domain/types';
import { t } from '../i18n/catalog';
import { guessLocale } from '../i18n/locale';
import { isStorageUnavailable } from '../storage/errors';
import { decidedTurnLocale } from '../presentation/turnLocale';

/** A turn that throws gets a short apology, never a stack trace; the state is kept so the user can carry on. */
export function installTurnErrorHandler(adapter: CloudAdapter, logger: Logger, fallback: Locale): void {
  adapter.onTurnError = async (context, error) => {
    logger.error(
      { err: error.message, stack: error.stack, conversationId: context.activity.conversation?.id },
      'turn failed',
    );
    try {
      // When storage failed before the profile was read, the language is guessed from the message itself.
      const locale =
        decidedTurnLocale(context) ?? guessLocale(context.activity.text, context.activity.locale, fallback);
      // Storage down: nothing of this turn was saved, so the user is asked to send the same message again later.
      await context.sendActivity(t(locale, isStorageUnavailable(error) ? 'storageUnavailable' : 'error'));
    } catch (sendError) {
      logger.error({ err: (sendError as Error).message }, 'could not tell the user about a failed turn');
    }
  };
}
