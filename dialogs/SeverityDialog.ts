import { WaterfallDialog, type WaterfallStepContext } from 'botbuilder-dialogs';
import { classifySeverity, reasonToText, type SeverityAnswers } from '../src/domain/classifier';
import { SEVERITIES, type Scope, type Severity } from '../src/domain/types';
import type { TriageServices } from '../src/bot/services';
import { severityLabel } from '../src/bot/labels';
import { turnLocale, turnTranslator } from '../src/bot/turnLocale';
import type { TicketSeverity } from '../src/tickets/ticket';
import { chosenValue, promptChoice, yesNoChoices } from './choices';
import { DialogIds } from './dialogIds';
import { InterruptibleDialog } from './InterruptibleDialog';
import { PromptIds, newChoicePrompt, newTextPrompt } from './prompts';

export interface SeverityOptions {
  description: string;
}

interface SeverityValues {
  answers: SeverityAnswers;
  proposed?: { severity: Severity; reasons: string[] };
  userSeverity?: Severity;
}

/** Step 3 (technical issues): asks only what the description leaves open, proposes a severity and why, accepts an override. */
export class SeverityDialog extends InterruptibleDialog {
  constructor(services: TriageServices) {
    super(DialogIds.severity, services);
    this.addDialog(newChoicePrompt());
    this.addDialog(newTextPrompt());
    this.addDialog(
      new WaterfallDialog(`${DialogIds.severity}.steps`, [
        this.askScopeStep.bind(this),
        this.askWorkaroundStep.bind(this),
        this.proposeStep.bind(this),
        this.askOverrideStep.bind(this),
        this.askReasonStep.bind(this),
        this.recordStep.bind(this),
      ]),
    );
    this.initialDialogId = `${DialogIds.severity}.steps`;
  }

  private values(step: WaterfallStepContext<SeverityOptions>): SeverityValues {
    return step.values as SeverityValues;
  }

  private async askScopeStep(step: WaterfallStepContext<SeverityOptions>) {
    this.values(step).answers = {};
    const { needs } = classifySeverity(step.options.description, turnLocale(step.context));
    if (!needs.includes('scope')) return step.next();
    const t = turnTranslator(step.context);
    return promptChoice(step, t, t('askScope'), [
        { value: 'one', title: t('scopeOne'), synonyms: ['me', 'only me', 'just me', '自分', '私だけ', '1人'] },
        { value: 'some', title: t('scopeSome'), synonyms: ['some', 'a few', 'several', '一部', '数人'] },
        { value: 'many', title: t('scopeMany'), synonyms: ['many', 'everyone', 'all', 'everybody', '全員', '全社', 'みんな'] },
    ]);
  }

  private async askWorkaroundStep(step: WaterfallStepContext<SeverityOptions>) {
    const values = this.values(step);
    const scope = chosenValue(step) as Scope | undefined;
    if (scope) values.answers.scope = scope;
    const { needs } = classifySeverity(step.options.description, turnLocale(step.context), values.answers);
    if (!needs.includes('workaround')) return step.next();
    const t = turnTranslator(step.context);
    return promptChoice(step, t, t('askWorkaround'), yesNoChoices(t));
  }

  private async proposeStep(step: WaterfallStepContext<SeverityOptions>) {
    const values = this.values(step);
    const workaround = chosenValue(step);
    if (workaround) values.answers.workaround = workaround === 'yes';
    const locale = turnLocale(step.context);
    const t = turnTranslator(step.context);
    const result = classifySeverity(step.options.description, locale, values.answers);
    const reasons = result.reasons.map((r) => reasonToText(r, locale));
    values.proposed = { severity: result.severity, reasons };
    await step.context.sendActivity(
      t('severityProposal', {
        severity: result.severity,
        label: severityLabel(this.services.data, result.severity, locale),
        reasons: reasons.length > 0 ? reasons.join(locale === 'ja' ? '、' : '; ') : t('severityNoReasons'),
      }),
    );
    return promptChoice(step, t, t('askSeverityConfirm'), [
        { value: 'agree', title: t('severityAgree'), synonyms: ['yes', 'ok', 'はい', 'ok'] },
        { value: 'change', title: t('severityChange'), synonyms: ['no', 'change', 'いいえ', '変更'] },
    ]);
  }

  private async askOverrideStep(step: WaterfallStepContext<SeverityOptions>) {
    const proposed = this.values(step).proposed!;
    if (chosenValue(step) === 'agree') {
      return step.endDialog({ bot: proposed.severity, reasons: proposed.reasons } satisfies TicketSeverity);
    }
    const locale = turnLocale(step.context);
    const t = turnTranslator(step.context);
    const specs = SEVERITIES.map((severity) => ({
      value: severity,
      title: t('severityChoice', { severity, label: severityLabel(this.services.data, severity, locale) }),
      synonyms: [severity, severity.toLowerCase()],
    }));
    return promptChoice(step, t, t('askSeverityOverride'), specs);
  }

  private async askReasonStep(step: WaterfallStepContext<SeverityOptions>) {
    this.values(step).userSeverity = chosenValue(step) as Severity;
    const t = turnTranslator(step.context);
    return step.prompt(PromptIds.text, { prompt: t('askOverrideReason') });
  }

  private async recordStep(step: WaterfallStepContext<SeverityOptions>) {
    const { proposed, userSeverity } = this.values(step);
    const t = turnTranslator(step.context);
    await step.context.sendActivity(t('severityOverridden', { user: userSeverity!, bot: proposed!.severity }));
    return step.endDialog({
      bot: proposed!.severity,
      user: userSeverity,
      userReason: String(step.result ?? '').trim(),
      reasons: proposed!.reasons,
    } satisfies TicketSeverity);
  }
}
