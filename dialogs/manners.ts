import type { TurnContext } from 'botbuilder';
import { translator } from '../src/i18n/catalog';
import { turnTranslator } from '../src/presentation/turnLocale';
import type { SmallTalkKind } from '../src/domain/manners';

/** A short, polite answer to small talk; mid-triage it is shorter and the question is asked again after it. */
export async function smallTalkReply(context: TurnContext, kind: SmallTalkKind, midFlow: boolean): Promise<void> {
  const t = turnTranslator(context);
  if (!midFlow) {
    if (kind !== 'greeting') await context.sendActivity(t(`smallTalk.${kind}`));
    return;
  }
  if (kind === 'acknowledgement') return;
  await context.sendActivity(t(`smallTalkMidFlow.${kind}`));
}

/** Other languages are answered in English, the bot's default, saying which languages it speaks. */
export async function otherLanguageReply(context: TurnContext): Promise<void> {
  await context.sendActivity(translator('en')('otherLanguage'));
}
