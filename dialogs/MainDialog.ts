import { MessageFactory } from 'botbuilder';
import type { Dialog, DialogContext, WaterfallStepContext } from 'botbuilder-dialogs';
import { classify } from '../src/domain/classifier';
import type { Category, PurchaseChannel } from '../src/domain/types';
import type { TriageServices } from './services';
import { categoryLabel, categoryRoute } from '../src/presentation/labels';
import { ticketCard } from '../src/presentation/cards';
import { severityANotice } from '../src/presentation/alertNotice';
import { newTicket, recordTicket } from './ticketFromTurn';
import { turnLocale, turnTranslator } from '../src/presentation/turnLocale';
import type { Ticket, TicketSeverity } from '../src/tickets/ticket';
import type { DescribeOptions, DescribeResult } from './DescribeDialog';
import { DialogIds } from './dialogIds';
import { ResumableWaterfall } from './ResumableWaterfall';
import type { CommandHandler } from './globalCommands';
import { InterruptibleDialog } from './InterruptibleDialog';
import type { PlanOptions, PlanResult } from './PlanDialog';
import type { SeverityOutcome } from './SeverityDialog';
import { SeverityReconfirmation } from './SeverityReconfirmation';
import type { SeverityAnswers } from '../src/domain/classifier';
import { offerNextProblemStep, startNextProblemStep } from './nextProblem';
import { newAnswerPrompt } from './prompts';
import { isStorageUnavailable } from '../src/storage/errors';

/** What the triage has learned so far; kept in the waterfall's values, so it survives between turns. */
interface TriageValues {
  description: string;
  category: Category;
  severity?: TicketSeverity;
  /** The answers the severity rested on (scope, workaround), for a correction later on. */
  severityAnswers?: SeverityAnswers;
  plan?: string;
  purchaseChannel?: PurchaseChannel;
  countryRowId?: string | null;
  /** Other problems mentioned along the way, offered after this one (see nextProblem.ts). */
  pendingProblems?: string[];
  /** The plan said before the problem ("we're on E3"), not asked for again. */
  planSaid?: string;
}

/** Categories whose answer depends on how the subscription was bought (the CSP partner handles them first). */
const NEEDS_PURCHASE_CHANNEL: ReadonlySet<Category> = new Set(['technical', 'billing']);

/**
 * The steps of a triage, each a dialog of its own, built in the composition root and handed in (a test may hand in
 * stand-ins): describe → category (when two fit) → severity → plan → purchase channel → country; and the hand-off,
 * which takes the messages after the user asked for a person.
 */
export interface TriageSteps {
  describe: Dialog;
  category: Dialog;
  severity: Dialog;
  plan: Dialog;
  purchaseChannel: Dialog;
  country: Dialog;
  handoff: Dialog;
}

/** What the answer step uses: the ticket store and alert outbox, and what the ticket and its card need. */
export type MainServices = Pick<
  TriageServices,
  'data' | 'answers' | 'tickets' | 'alerter' | 'alertOutbox' | 'logger' | 'clock' | 'transcript' | 'partnerContact'
>;

/** The whole triage: describe → route → severity → plan → purchase channel → country → answer card and ticket. */
export class MainDialog extends InterruptibleDialog {
  constructor(
    private readonly steps: TriageSteps,
    private readonly services: MainServices,
    commands: CommandHandler,
  ) {
    super(DialogIds.main, commands);
    for (const step of Object.values(steps)) this.addDialog(step);
    this.addDialog(new SeverityReconfirmation(steps.severity.id));
    this.addDialog(newAnswerPrompt(services.answers));
    this.addDialog(
      new ResumableWaterfall(DialogIds.triageWaterfall, [
        this.describeStep.bind(this),
        this.routeStep.bind(this),
        this.severityStep.bind(this),
        this.planStep.bind(this),
        this.purchaseChannelStep.bind(this),
        this.countryStep.bind(this),
        this.answerStep.bind(this),
        offerNextProblemStep,
        startNextProblemStep,
      ]),
    );
    this.initialDialogId = DialogIds.triageWaterfall;
  }

  /** Begun by the bot for a user's first message: that message may already describe the problem. */
  protected override async onBeginDialog(innerDc: DialogContext, options?: DescribeOptions) {
    return super.onBeginDialog(innerDc, options ?? { initialText: innerDc.context.activity.text });
  }

  private values(step: WaterfallStepContext): TriageValues {
    return step.values as TriageValues;
  }

  private async describeStep(step: WaterfallStepContext<DescribeOptions>) {
    return step.beginDialog(this.steps.describe.id, {
      initialText: step.options?.initialText,
    } satisfies DescribeOptions);
  }

  private async routeStep(step: WaterfallStepContext) {
    const { description, said } = step.result as DescribeResult;
    const values = this.values(step);
    values.description = description;
    // a plan or channel said before the problem is not asked for again
    if (said?.plan) values.planSaid = said.plan;
    if (said?.channel) values.purchaseChannel = said.channel;
    const { category, alternatives } = classify(description, turnLocale(step.context));
    if (alternatives.length === 0) return step.next(category);
    return step.beginDialog(this.steps.category.id, { candidates: [category, ...alternatives] });
  }

  private async severityStep(step: WaterfallStepContext) {
    const category = step.result as Category;
    this.values(step).category = category;
    const locale = turnLocale(step.context);
    const t = turnTranslator(step.context);
    // Before the purchase channel is known, Microsoft's route is said with the CSP exception, never as everyone's.
    const route = categoryRoute(this.services.data, category, locale);
    await step.context.sendActivity(
      t('routed', {
        category: categoryLabel(this.services.data, category, locale),
        route: NEEDS_PURCHASE_CHANNEL.has(category) ? `${route}\n\n${t('claims.routedCspCaveat')}` : route,
      }),
    );
    if (category !== 'technical') return step.next();
    return step.beginDialog(this.steps.severity.id, { description: this.values(step).description });
  }

  private async planStep(step: WaterfallStepContext) {
    const earlier = this.values(step).planSaid;
    let said: PlanOptions['said'] = earlier ? { plan: earlier } : undefined;
    if (step.result) {
      const { answers, said: named, ...severity } = step.result as SeverityOutcome;
      this.values(step).severity = severity;
      if (answers) this.values(step).severityAnswers = answers;
      if (named) said = { ...said, ...named };
    }
    if (this.values(step).category !== 'technical') return step.next();
    return step.beginDialog(this.steps.plan.id, { said } satisfies PlanOptions);
  }

  private async purchaseChannelStep(step: WaterfallStepContext) {
    const values = this.values(step);
    const plan = step.result as PlanResult | undefined;
    if (plan) {
      values.plan = plan.plan;
      // a channel named earlier ("wait, we bought it from a partner") stands unless the plan answer names one
      values.purchaseChannel = plan.purchaseChannel ?? values.purchaseChannel;
    }
    if (!NEEDS_PURCHASE_CHANNEL.has(values.category) || values.purchaseChannel) return step.next();
    return step.beginDialog(this.steps.purchaseChannel.id);
  }

  private async countryStep(step: WaterfallStepContext) {
    const values = this.values(step);
    if (typeof step.result === 'string') values.purchaseChannel = step.result as PurchaseChannel;
    if (values.category !== 'courseware') return step.next();
    return step.beginDialog(this.steps.country.id);
  }

  private async answerStep(step: WaterfallStepContext) {
    const values = this.values(step);
    if (values.category === 'courseware') values.countryRowId = (step.result as string | null) ?? null;
    const t = turnTranslator(step.context);
    const row = values.countryRowId ? this.services.data.contacts.find((r) => r.id === values.countryRowId) : undefined;
    const drafted = await newTicket(step.context, this.services, {
      kind: 'triage',
      description: values.description,
      category: values.category,
      severity: values.severity,
      plan: values.plan,
      purchaseChannel: values.purchaseChannel,
      country: row
        ? { rowId: row.id, iso2: row.iso2, language: row.language, name: row.name.en }
        : values.category === 'courseware'
          ? null
          : undefined,
    });
    let ticket: Ticket;
    let severityA: boolean;
    let alertQueued: boolean;
    try {
      ({ ticket, severityA, alertQueued } = await recordTicket(step.context, this.services, drafted));
    } catch (error) {
      // Storage down: the whole turn fails unsaved, so the user can send the same answer again and get the ticket.
      if (isStorageUnavailable(error)) throw error;
      this.services.logger.error({ err: (error as Error).message }, 'ticket could not be saved');
      await step.context.sendActivity(t('ticketSaveFailed'));
      return step.endDialog();
    }
    await step.context.sendActivity(MessageFactory.attachment(ticketCard(ticket, this.services, step.context)));
    await step.context.sendActivity(t('ticketCreated', { id: ticket.id }));
    // "Alerted" only when an alert was queued for a configured target; it goes out once this turn is committed.
    if (severityA) await step.context.sendActivity(severityANotice(ticket, this.services, alertQueued));
    return step.next(ticket.id);
  }
}
