import { WaterfallDialog, type WaterfallStepContext } from 'botbuilder-dialogs';
import { PURCHASE_CHANNELS, type PurchaseChannel } from '../src/domain/types';
import type { TriageServices } from '../src/bot/services';
import { channelLabel } from '../src/bot/labels';
import { turnLocale, turnTranslator } from '../src/bot/turnLocale';
import { chosenValue, promptChoice } from './choices';
import { DialogIds } from './dialogIds';
import { InterruptibleDialog } from './InterruptibleDialog';
import { PromptIds, newChoicePrompt } from './prompts';
import { rememberInProfile } from '../src/bot/profile';

const SYNONYMS: Record<PurchaseChannel, string[]> = {
  direct: ['direct', 'microsoft', '直接'],
  csp: ['csp', 'partner', 'reseller', 'パートナー', '販売店'],
  volume: ['volume', 'ea', 'vl', 'ボリューム'],
  unknown: ["don't know", 'dont know', 'not sure', 'unknown', 'わからない', '不明', 'わかりません'],
};

/** Step 5: how the organisation bought its subscription, which decides the escalation path. */
export class PurchaseChannelDialog extends InterruptibleDialog {
  constructor(services: TriageServices) {
    super(DialogIds.purchaseChannel, services);
    this.addDialog(newChoicePrompt());
    this.addDialog(new WaterfallDialog(`${DialogIds.purchaseChannel}.steps`, [this.askStep.bind(this), this.doneStep.bind(this)]));
    this.initialDialogId = `${DialogIds.purchaseChannel}.steps`;
  }

  private async askStep(step: WaterfallStepContext) {
    const locale = turnLocale(step.context);
    const t = turnTranslator(step.context);
    const specs = PURCHASE_CHANNELS.map((channel) => ({ value: channel, title: channelLabel(channel, locale), synonyms: SYNONYMS[channel] }));
    return promptChoice(step, t, t('askChannel'), specs);
  }

  private async doneStep(step: WaterfallStepContext) {
    const purchaseChannel = chosenValue(step) as PurchaseChannel;
    await rememberInProfile(this.services.profile, step.context, { purchaseChannel });
    return step.endDialog(purchaseChannel);
  }
}
