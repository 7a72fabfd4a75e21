import { MessageFactory } from 'botbuilder';
import { WaterfallDialog, type WaterfallStepContext } from 'botbuilder-dialogs';
import { classify } from '../src/domain/classifier';
import type { Category, PurchaseChannel } from '../src/domain/types';
import type { TriageServices } from './services';
import { categoryLabel, categoryRoute } from '../src/presentation/labels';
import { ticketCard } from '../src/presentation/cards';
import { newTicket } from './ticketFromTurn';
import { turnLocale, turnTranslator } from '../src/presentation/turnLocale';
import { effectiveSeverity, type Ticket, type TicketSeverity } from '../src/tickets/ticket';
import { saveNewTicket } from '../src/tickets/saveTicket';
import { CategoryDialog } from './CategoryDialog';
import { CountryDialog } from './CountryDialog';
import { DescribeDialog, type DescribeOptions } from './DescribeDialog';
import { DialogIds } from './dialogIds';
import { InterruptibleDialog } from './InterruptibleDialog';
import { PlanDialog, type PlanResult } from './PlanDialog';
import { PurchaseChannelDialog } from './PurchaseChannelDialog';
import { SeverityDialog } from './SeverityDialog';
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

/** The whole triage: describe → route → severity → plan → purchase channel → country → answer card and ticket. */
export class MainDialog extends InterruptibleDialog {
  constructor(services: TriageServices) {
    super(DialogIds.main, services);
    this.addDialog(new DescribeDialog(services));
    this.addDialog(new CategoryDialog(services));
    this.addDialog(new SeverityDialog(services));
    this.addDialog(new PlanDialog(services));
    this.addDialog(new PurchaseChannelDialog(services));
    this.addDialog(new CountryDialog(services));
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

  private values(step: WaterfallStepContext): TriageValues {
    return step.values as TriageValues;
  }

  private async describeStep(step: WaterfallStepContext<DescribeOptions>) {
    return step.beginDialog(DialogIds.describe, { initialText: step.options?.initialText } satisfies DescribeOptions);
  }

  private async routeStep(step: WaterfallStepContext) {
    const description = String(step.result);
    this.values(step).description = description;
    const { category, alternatives } = classify(description, turnLocale(step.context));
    if (alternatives.length === 0) return step.next(category);
    return step.beginDialog(DialogIds.category, { candidates: [category, ...alternatives] });
  }

  private async severityStep(step: WaterfallStepContext) {
    const category = step.result as Category;
    this.values(step).category = category;
    const locale = turnLocale(step.context);
    const t = turnTranslator(step.context);
    await step.context.sendActivity(
      t('routed', {
        category: categoryLabel(this.services.data, category, locale),
        route: categoryRoute(this.services.data, category, locale),
      }),
    );
    if (category !== 'technical') return step.next();
    return step.beginDialog(DialogIds.severity, { description: this.values(step).description });
  }

  private async planStep(step: WaterfallStepContext) {
    if (step.result) this.values(step).severity = step.result as TicketSeverity;
    if (this.values(step).category !== 'technical') return step.next();
    return step.beginDialog(DialogIds.plan);
  }

  private async purchaseChannelStep(step: WaterfallStepContext) {
    const values = this.values(step);
    const plan = step.result as PlanResult | undefined;
    if (plan) {
      values.plan = plan.plan;
      values.purchaseChannel = plan.purchaseChannel;
    }
    if (!NEEDS_PURCHASE_CHANNEL.has(values.category) || values.purchaseChannel) return step.next();
    return step.beginDialog(DialogIds.purchaseChannel);
  }

  private async countryStep(step: WaterfallStepContext) {
    const values = this.values(step);
    if (typeof step.result === 'string') values.purchaseChannel = step.result as PurchaseChannel;
    if (values.category !== 'courseware') return step.next();
    return step.beginDialog(DialogIds.country);
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
      // Alert delivery retries in the background; the user is not kept waiting for the webhook.
      void this.services.alerter.alert(ticket);
      await step.context.sendActivity(t('alertSent'));
    }
    return step.endDialog(ticket.id);
  }
}
