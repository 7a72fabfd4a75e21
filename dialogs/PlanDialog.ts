import { WaterfallDialog, type WaterfallStepContext } from 'botbuilder-dialogs';
import type { PurchaseChannel } from '../src/domain/types';
import type { TriageServices } from '../src/bot/services';
import { channelLabel, planLabel } from '../src/bot/labels';
import { turnLocale, turnTranslator } from '../src/bot/turnLocale';
import { chosenValue, promptChoice } from './choices';
import { DialogIds } from './dialogIds';
import { InterruptibleDialog } from './InterruptibleDialog';
import { PromptIds, newChoicePrompt } from './prompts';
import { rememberInProfile } from '../src/bot/profile';

export interface PlanResult {
  plan: string;
  /** Set when the user confirmed last time's answers, so the channel need not be asked again. */
  purchaseChannel?: PurchaseChannel;
}

/** Step 4: the plan, offering last time's plan and channel first when the bot remembers them. */
export class PlanDialog extends InterruptibleDialog {
  constructor(services: TriageServices) {
    super(DialogIds.plan, services);
    this.addDialog(newChoicePrompt());
    this.addDialog(
      new WaterfallDialog(`${DialogIds.plan}.steps`, [this.confirmRememberedStep.bind(this), this.askPlanStep.bind(this), this.doneStep.bind(this)]),
    );
    this.initialDialogId = `${DialogIds.plan}.steps`;
  }

  private async confirmRememberedStep(step: WaterfallStepContext) {
    const profile = await this.services.profile.get(step.context, {});
    const locale = turnLocale(step.context);
    const plan = planLabel(this.services.data, profile.plan, locale);
    if (!plan || !profile.purchaseChannel) return step.next();
    const t = turnTranslator(step.context);
    return promptChoice(step, t, t('askRememberedPlan', { plan, channel: channelLabel(profile.purchaseChannel, locale) }), [
        { value: 'same', title: t('rememberedSame'), synonyms: ['yes', 'same', 'はい', '同じ'] },
        { value: 'change', title: t('rememberedChange'), synonyms: ['no', 'change', 'いいえ', '変更'] },
    ]);
  }

  private async askPlanStep(step: WaterfallStepContext) {
    if (chosenValue(step) === 'same') {
      const profile = await this.services.profile.get(step.context, {});
      return step.endDialog({ plan: profile.plan!, purchaseChannel: profile.purchaseChannel } satisfies PlanResult);
    }
    const locale = turnLocale(step.context);
    const t = turnTranslator(step.context);
    const specs = this.services.data.support.plans.plans.map((p) => ({
      value: p.id,
      title: p.label[locale],
      synonyms: [p.label.en, p.label.ja, p.id],
    }));
    return promptChoice(step, t, t('askPlan'), specs);
  }

  private async doneStep(step: WaterfallStepContext) {
    const plan = chosenValue(step) ?? 'unknown';
    await rememberInProfile(this.services.profile, step.context, { plan });
    return step.endDialog({ plan } satisfies PlanResult);
  }
}
