import { type WaterfallStepContext } from 'botbuilder-dialogs';
import { classifySeverity, reasonsToText, severityNeeds, type SeverityAnswers } from '../src/domain/classifier';
import { SEVERITIES, type Scope, type Severity } from '../src/domain/types';
import type { TriageServices } from './services';
import type { CommandHandler } from './globalCommands';
import { severityLabel } from '../src/presentation/labels';
import { escapeMarkdown } from '../src/presentation/escape';
import { turnLocale, turnTranslator } from '../src/presentation/turnLocale';
import type { TicketSeverity } from '../src/tickets/ticket';
import type { AlsoAnswered } from '../src/domain/answers';
import { answered, ask, yesNoButtons } from './choices';
import { DialogIds } from './dialogIds';
import { ResumableWaterfall } from './ResumableWaterfall';
import { InterruptibleDialog } from './InterruptibleDialog';
import { PromptIds, newAnswerPrompt, newTextPrompt } from './prompts';

function pickLater({ plan, channel }: AlsoAnswered): LaterAnswers {
  return { ...(plan ? { plan } : {}), ...(channel ? { channel } : {}) };
}

/** One severity up or down from `from` ("more urgent" than B is A); undefined past either end or with no direction. */
function stepFrom(from: Severity, direction: 'higher' | 'lower' | undefined): Severity | undefined {
  if (!direction) return undefined;
  return SEVERITIES[SEVERITIES.indexOf(from) + (direction === 'higher' ? -1 : 1)];
}

export interface SeverityOptions {
  description: string;
}

/**
 * What the severity step settles: the ticket's severity, and the answers it rested on, so a correction later in
 * the triage can work the bot's severity out again from all of them (see corrections.ts).
 */
export interface SeverityOutcome extends TicketSeverity {
  answers?: SeverityAnswers;
  /** The plan or purchase channel an answer here named ("yes, that fits — E3 through a reseller"), asked later. */
  said?: LaterAnswers;
}

/** What an answer to a severity question said about the questions after this step. */
export type LaterAnswers = Pick<AlsoAnswered, 'plan' | 'channel'>;

interface SeverityValues {
  answers: SeverityAnswers;
  said?: LaterAnswers;
  proposed?: { severity: Severity; reasons: string[] };
  userSeverity?: Severity;
}

/** The services this step uses itself (interruptions come with the CommandHandler). */
export type SeverityServices = Pick<TriageServices, 'answers' | 'data'>;

/** Step 3 (technical issues): asks only what the description leaves open, proposes a severity and why, accepts an override. */
export class SeverityDialog extends InterruptibleDialog {
  constructor(
    private readonly services: SeverityServices,
    commands: CommandHandler,
  ) {
    super(DialogIds.severity, commands);
    this.addDialog(newAnswerPrompt(services.answers));
    this.addDialog(newTextPrompt());
    this.addDialog(
      new ResumableWaterfall(`${DialogIds.severity}.steps`, [
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

  /** What an answer said beyond its question ("just me, and the web version works") fills the later questions. */
  private remember(step: WaterfallStepContext<SeverityOptions>, also: AlsoAnswered): void {
    const values = this.values(step);
    const answers = values.answers;
    if (also.scope && answers.scope === undefined) answers.scope = also.scope;
    if (also.workaround && answers.workaround === undefined) answers.workaround = also.workaround === 'yes';
    if (also.plan || also.channel) values.said = { ...values.said, ...pickLater(also) };
  }

  private async askScopeStep(step: WaterfallStepContext<SeverityOptions>) {
    // restarted (language switch, correction): the answers already given are kept and not asked again
    const answers = (this.values(step).answers ??= {});
    const needs = severityNeeds(step.options.description, turnLocale(step.context), answers);
    if (!needs.includes('scope')) return step.next();
    const t = turnTranslator(step.context);
    return ask(step, t, {
      kind: 'scope',
      question: t('askScope'),
      hint: t('hintScope'),
      buttons: [
        { value: 'one', title: t('scopeOne') },
        { value: 'some', title: t('scopeSome') },
        { value: 'many', title: t('scopeMany') },
      ],
      fallback: { value: null, message: t('fallbackSkip') },
    });
  }

  private async askWorkaroundStep(step: WaterfallStepContext<SeverityOptions>) {
    const values = this.values(step);
    const answer = answered(step);
    if (answer?.value) values.answers.scope = answer.value as Scope;
    if (answer) this.remember(step, answer.also);
    const needs = severityNeeds(step.options.description, turnLocale(step.context), values.answers);
    if (!needs.includes('workaround')) return step.next();
    const t = turnTranslator(step.context);
    return ask(step, t, {
      kind: 'yes-no',
      question: t('askWorkaround'),
      hint: t('hintWorkaround'),
      buttons: yesNoButtons(t),
      fallback: { value: null, message: t('fallbackSkip') },
    });
  }

  private async proposeStep(step: WaterfallStepContext<SeverityOptions>) {
    const values = this.values(step);
    const answer = answered(step);
    if (answer?.value) values.answers.workaround = answer.value === 'yes';
    if (answer) this.remember(step, answer.also);
    const locale = turnLocale(step.context);
    const t = turnTranslator(step.context);
    const result = classifySeverity(step.options.description, locale, values.answers);
    // reasons quote the user's words: inert wherever they are shown
    const reasons = reasonsToText(result.reasons, locale).map(escapeMarkdown);
    values.proposed = { severity: result.severity, reasons };
    await step.context.sendActivity(
      t('severityProposal', {
        severity: result.severity,
        label: severityLabel(this.services.data, result.severity, locale),
        reasons: reasons.length > 0 ? reasons.join(locale === 'ja' ? '、' : '; ') : t('severityNoReasons'),
      }),
    );
    return ask(step, t, {
      kind: 'confirm',
      question: t('askSeverityConfirm'),
      hint: t('hintConfirm'),
      buttons: [
        { value: 'fits', title: t('severityAgree') },
        { value: 'change', title: t('severityChange') },
      ],
      fallback: { value: 'fits', message: t('fallbackKeepSeverity', { severity: result.severity }) },
    });
  }

  private async askOverrideStep(step: WaterfallStepContext<SeverityOptions>) {
    const proposed = this.values(step).proposed!;
    const answer = answered(step);
    if (answer) this.remember(step, answer.also);
    // "no, it's an A" names the severity at once; naming the proposed one again means it fits
    const named = answer?.also.severity ?? stepFrom(proposed.severity, answer?.also.direction);
    if (named && named !== proposed.severity) return step.next({ value: named, also: {}, fallback: false });
    if (answer?.value === 'fits' || named === proposed.severity) {
      return step.endDialog(this.outcome(step, { bot: proposed.severity, reasons: proposed.reasons }));
    }
    const locale = turnLocale(step.context);
    const t = turnTranslator(step.context);
    return ask(step, t, {
      kind: 'severity',
      question: t('askSeverityOverride'),
      hint: t('hintSeverity'),
      buttons: SEVERITIES.map((severity) => ({
        value: severity,
        title: t('severityChoice', { severity, label: severityLabel(this.services.data, severity, locale) }),
      })),
      fallback: { value: null, message: t('fallbackKeepSeverity', { severity: proposed.severity }) },
    });
  }

  private async askReasonStep(step: WaterfallStepContext<SeverityOptions>) {
    const proposed = this.values(step).proposed!;
    const answer = answered(step);
    if (answer) this.remember(step, answer.also);
    // restarted at the reason question: the severity the user chose is still theirs
    const userSeverity = (answer?.value ?? this.values(step).userSeverity) as Severity | null | undefined;
    if (!userSeverity || userSeverity === proposed.severity) {
      return step.endDialog(this.outcome(step, { bot: proposed.severity, reasons: proposed.reasons }));
    }
    this.values(step).userSeverity = userSeverity;
    const t = turnTranslator(step.context);
    return step.prompt(PromptIds.text, { prompt: t('askOverrideReason') });
  }

  private async recordStep(step: WaterfallStepContext<SeverityOptions>) {
    const { proposed, userSeverity } = this.values(step);
    const t = turnTranslator(step.context);
    await step.context.sendActivity(t('severityOverridden', { user: userSeverity!, bot: proposed!.severity }));
    return step.endDialog(
      this.outcome(step, {
        bot: proposed!.severity,
        user: userSeverity,
        userReason: String(step.result ?? '').trim(),
        reasons: proposed!.reasons,
      }),
    );
  }

  private outcome(step: WaterfallStepContext<SeverityOptions>, severity: TicketSeverity): SeverityOutcome {
    const { answers, said } = this.values(step);
    return { ...severity, answers: { ...answers }, ...(said ? { said } : {}) };
  }
}
