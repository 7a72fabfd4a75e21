import { MessageFactory } from 'botbuilder';
import { WaterfallDialog, type Dialog, type DialogContext, type WaterfallStepContext } from 'botbuilder-dialogs';
import { classify } from '../src/domain/classifier';
import type { Category, PurchaseChannel } from '../src/domain/types';
import type { TriageServices } from './services';
import { categoryLabel, categoryRoute } from '../src/presentation/labels';
import { ticketCard } from '../src/presentation/cards';
import { severityANotice } from '../src/presentation/alertNotice';
import { newTicket } from './ticketFromTurn';
import { turnLocale, turnTranslator } from '../src/presentation/turnLocale';
import { effectiveSeverity, type Ticket, type TicketSeverity } from '../src/tickets/ticket';
import { saveNewTicket } from '../src/tickets/saveTicket';
import type { DescribeOptions } from './DescribeDialog';
import { DialogIds } from './dialogIds';
import type { CommandHandler } from './globalCommands';
import { InterruptibleDialog } from './InterruptibleDialog';
import type { PlanResult } from './PlanDialog';
import { isStorageUnavailable } from '../src/storage/errors';

/** What the triage has learned so far; kept in the waterfall's values, so it survives between turns. */
interface TriageValues {
  description: string;
  category: Category;
  severity?: TicketSeverity;
  plan?: string;
  purchaseChannel?: PurchaseChannel;
  countryRowId?: string | null;
}

/** Categories whose answer depends on how the subscription was bought (the CSP partner handles them first). */
const NEEDS_PURCHASE_CHANNEL: ReadonlySet<Category> = new Set(['technical', 'billing']);

/**
 * The steps of a triage, each a dialog of its own, built in the composition root and handed in (a test may hand in
 * stand-ins): describe → category (when two fit) → severity → plan → purchase channel → country.
 */
export interface TriageSteps {
  describe: Dialog;
  category: Dialog;
  severity: Dialog;
  plan: Dialog;
  purchaseChannel: Dialog;
  country: Dialog;
}

/** What the answer step uses: the ticket store, the alerter, and what the ticket and its card need. */
export type MainServices = Pick<
  TriageServices,
  'data' | 'tickets' | 'alerter' | 'logger' | 'clock' | 'transcript' | 'partnerContact'
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
    this.addDialog(
      new WaterfallDialog(DialogIds.triageWaterfall, [
        this.describeStep.bind(this),
        this.routeStep.bind(this),
        this.severityStep.bind(this),
        this.planStep.bind(this),
        this.purchaseChannelStep.bind(this),
        this.countryStep.bind(this),
        this.answerStep.bind(this),
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
    const description = String(step.result);
    this.values(step).description = description;
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
    if (step.result) this.values(step).severity = step.result as TicketSeverity;
    if (this.values(step).category !== 'technical') return step.next();
    return step.beginDialog(this.steps.plan.id);
  }

  private async purchaseChannelStep(step: WaterfallStepContext) {
    const values = this.values(step);
    const plan = step.result as PlanResult | undefined;
    if (plan) {
      values.plan = plan.plan;
      values.purchaseChannel = plan.purchaseChannel;
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
    try {
      ticket = await saveNewTicket(this.services.tickets, drafted);
    } catch (error) {
      // Storage down: the whole turn fails unsaved, so the user can send the same answer again and get the ticket.
      if (isStorageUnavailable(error)) throw error;
      this.services.logger.error({ err: (error as Error).message }, 'ticket could not be saved');
      await step.context.sendActivity(t('ticketSaveFailed'));
      return step.endDialog();
    }
    await step.context.sendActivity(MessageFactory.attachment(ticketCard(ticket, this.services, step.context)));
    await step.context.sendActivity(t('ticketCreated', { id: ticket.id }));
    if (effectiveSeverity(ticket) === 'A') {
      // "Alerted" only when an alert target exists; otherwise the notice says how to reach support now.
      const alerted = await this.services.alerter.hasTarget();
      // Alert delivery retries in the background; the user is not kept waiting for the webhook.
      if (alerted) void this.services.alerter.alert(ticket);
      await step.context.sendActivity(severityANotice(ticket, this.services, alerted));
    }
    return step.endDialog(ticket.id);
  }
}
