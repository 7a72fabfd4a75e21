import { type WaterfallStepContext } from 'botbuilder-dialogs';
import { PURCHASE_CHANNELS, type PurchaseChannel } from '../src/domain/types';
import type { TriageServices } from './services';
import type { CommandHandler } from './globalCommands';
import { channelLabel } from '../src/presentation/labels';
import { turnLocale, turnTranslator } from '../src/presentation/turnLocale';
import { ask, chosenValue } from './choices';
import { DialogIds } from './dialogIds';
import { ResumableWaterfall } from './ResumableWaterfall';
import { InterruptibleDialog } from './InterruptibleDialog';
import { newAnswerPrompt } from './prompts';
import { rememberInProfile } from '../src/state/profile';

/** The services this step uses itself (interruptions come with the CommandHandler). */
export type PurchaseChannelServices = Pick<TriageServices, 'answers' | 'profile'>;

/** Step 5: how the organisation bought its subscription, which decides the escalation path. */
export class PurchaseChannelDialog extends InterruptibleDialog {
  constructor(
    private readonly services: PurchaseChannelServices,
    commands: CommandHandler,
  ) {
    super(DialogIds.purchaseChannel, commands);
    this.addDialog(newAnswerPrompt(services.answers));
    this.addDialog(
      new ResumableWaterfall(`${DialogIds.purchaseChannel}.steps`, [this.askStep.bind(this), this.doneStep.bind(this)]),
    );
    this.initialDialogId = `${DialogIds.purchaseChannel}.steps`;
  }

  private async askStep(step: WaterfallStepContext) {
    const locale = turnLocale(step.context);
    const t = turnTranslator(step.context);
    return ask(step, t, {
      kind: 'channel',
      question: t('askChannel'),
      hint: t('hintChannel'),
      buttons: PURCHASE_CHANNELS.map((channel) => ({ value: channel, title: channelLabel(channel, locale) })),
      fallback: { value: 'unknown', message: t('fallbackUnknown') },
    });
  }

  private async doneStep(step: WaterfallStepContext) {
    const purchaseChannel = (chosenValue(step) ?? 'unknown') as PurchaseChannel;
    await rememberInProfile(this.services.profile, step.context, { purchaseChannel });
    return step.endDialog(purchaseChannel);
  }
}
