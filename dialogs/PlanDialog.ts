import { type WaterfallStepContext } from 'botbuilder-dialogs';
import type { PurchaseChannel } from '../src/domain/types';
import type { TriageServices } from './services';
import type { CommandHandler } from './globalCommands';
import { channelLabel, planLabel } from '../src/presentation/labels';
import { turnLocale, turnTranslator } from '../src/presentation/turnLocale';
import { answered, ask, chosenValue } from './choices';
import { DialogIds } from './dialogIds';
import { ResumableWaterfall } from './ResumableWaterfall';
import { InterruptibleDialog } from './InterruptibleDialog';
import { newAnswerPrompt } from './prompts';
import { rememberInProfile } from '../src/state/profile';

/** The plan or channel the user named before this step asked ("yes that fits, E3 through a reseller"). */
export interface PlanOptions {
  said?: { plan?: string; channel?: PurchaseChannel };
}

export interface PlanResult {
  plan: string;
  /** Set when the user confirmed last time's answers or named the channel with the plan, so it is not asked again. */
  purchaseChannel?: PurchaseChannel;
}

/** The services this step uses itself (interruptions come with the CommandHandler). */
export type PlanServices = Pick<TriageServices, 'answers' | 'data' | 'profile'>;

/** Step 4: the plan, offering last time's plan and channel first when the bot remembers them. */
export class PlanDialog extends InterruptibleDialog {
  constructor(
    private readonly services: PlanServices,
    commands: CommandHandler,
  ) {
    super(DialogIds.plan, commands);
    this.addDialog(newAnswerPrompt(services.answers));
    this.addDialog(
      new ResumableWaterfall(`${DialogIds.plan}.steps`, [
        this.confirmRememberedStep.bind(this),
        this.askPlanStep.bind(this),
        this.doneStep.bind(this),
      ]),
    );
    this.initialDialogId = `${DialogIds.plan}.steps`;
  }

  private async confirmRememberedStep(step: WaterfallStepContext<PlanOptions>) {
    // named already at an earlier question: neither asked nor offered again
    const said = step.options?.said;
    if (said?.plan) return step.endDialog(await this.settle(step, said.plan, said.channel));
    const profile = await this.services.profile.get(step.context, {});
    const locale = turnLocale(step.context);
    const plan = planLabel(this.services.data, profile.plan, locale);
    if (!plan || !profile.purchaseChannel) return step.next();
    const t = turnTranslator(step.context);
    return ask(step, t, {
      kind: 'confirm',
      question: t('askRememberedPlan', { plan, channel: channelLabel(profile.purchaseChannel, locale) }),
      hint: t('hintRemembered'),
      buttons: [
        { value: 'fits', title: t('rememberedSame') },
        { value: 'change', title: t('rememberedChange') },
      ],
      fallback: { value: 'change', message: t('fallbackAskAgain') },
    });
  }

  private async askPlanStep(step: WaterfallStepContext<PlanOptions>) {
    if (chosenValue(step) === 'fits') {
      const profile = await this.services.profile.get(step.context, {});
      return step.endDialog({ plan: profile.plan!, purchaseChannel: profile.purchaseChannel } satisfies PlanResult);
    }
    // "no, we moved to E5" answers the plan question already
    const named = answered(step)?.also.plan;
    if (named) return step.next({ value: named, also: answered(step)?.also ?? {}, fallback: false });
    const locale = turnLocale(step.context);
    const t = turnTranslator(step.context);
    return ask(step, t, {
      kind: 'plan',
      question: t('askPlan'),
      hint: t('hintPlan'),
      buttons: this.services.data.support.plans.plans.map((p) => ({
        value: p.id,
        title: p.label[locale],
        synonyms: [p.label.en, p.label.ja],
      })),
      fallback: { value: 'unknown', message: t('fallbackUnknown') },
    });
  }

  private async doneStep(step: WaterfallStepContext<PlanOptions>) {
    const answer = answered(step);
    return step.endDialog(
      await this.settle(step, answer?.value ?? 'unknown', answer?.also.channel ?? step.options?.said?.channel),
    );
  }

  /** The plan (and the channel, when named), remembered for the user's next triage. */
  private async settle(step: WaterfallStepContext, plan: string, purchaseChannel?: PurchaseChannel) {
    await rememberInProfile(
      this.services.profile,
      step.context,
      purchaseChannel ? { plan, purchaseChannel } : { plan },
    );
    return { plan, ...(purchaseChannel ? { purchaseChannel } : {}) } satisfies PlanResult;
  }
}
