import { CardFactory, type Attachment, type TurnContext } from 'botbuilder';
import { explainEscalation, type EscalationExplanation } from '../domain/escalation';
import type { Clock } from '../domain/hours';
import { responseTimeFor } from '../domain/responseTimes';
import type { ContactRow } from '../domain/data/contactsSchema';
import type { TriageData } from '../domain/data/loadData';
import type { Locale, PlanFamily } from '../domain/types';
import { t } from '../i18n/catalog';
import type { PartnerContact } from '../config';
import type { Ticket } from '../tickets/ticket';
import { escapeMarkdown } from './escape';
import { categoryLabel, channelLabel, planLabel } from './labels';
import { contactSection } from './contactSection';
import { assumedPlanText, formOfferedFirst } from './seedNotes';
import { facts, heading, paragraph, type CardElement } from './cardElements';

/** What a card reads besides the ticket: the seed data, the time (desk hours) and the CSP partner, if set. */
export interface CardServices {
  data: TriageData;
  clock: Clock;
  partnerContact?: PartnerContact;
}

/** The one answer card of a triage: shown when the ticket is created and again for "status <id>". */
export function ticketCard(ticket: Ticket, services: CardServices, context: TurnContext): Attachment {
  const locale = ticket.locale;
  const userTimeZone = context.activity.localTimezone || undefined;
  const explanation = escalationOf(ticket, services);
  const body: CardElement[] = [
    { type: 'TextBlock', text: t(locale, 'card.title'), size: 'Medium', weight: 'Bolder', wrap: true },
    summaryFacts(ticket, services, locale),
    ...severityReasons(ticket, locale),
    ...responseTime(ticket, services, explanation, locale),
    ...contact(ticket, services, locale, userTimeZone),
    ...(explanation ? routeAndEscalation(explanation, locale) : []),
    ...(explanation ? linkButtons(explanation, locale) : []),
    heading(t(locale, 'card.description')),
    paragraph(escapeMarkdown(ticket.description), { isSubtle: true }),
    ...followUps(ticket, locale),
  ];
  const row = contactRow(ticket, services);
  // Where a number may not be dialable, the contact section already offers the form first.
  const actions =
    row?.requestUrl && !formOfferedFirst(row)
      ? [{ type: 'Action.OpenUrl', title: t(locale, 'card.openRequestForm'), url: row.requestUrl }]
      : [];
  return CardFactory.adaptiveCard({
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    type: 'AdaptiveCard',
    version: '1.4',
    body,
    actions,
    msteams: { width: 'Full' },
  });
}

/** What the user said after a hand-off, as the person taking it sees it: their words, inert, oldest first. */
function followUps(ticket: Ticket, locale: Locale): CardElement[] {
  const entries = ticket.followUps ?? [];
  if (entries.length === 0) return [];
  return [
    heading(t(locale, 'handoff.card.followUps')),
    paragraph(entries.map((entry) => `- ${escapeMarkdown(entry.text)}`).join('\n'), { isSubtle: true }),
  ];
}

function planFamilyOf(ticket: Ticket, services: CardServices): PlanFamily {
  return services.data.support.plans.plans.find((p) => p.id === ticket.plan)?.family ?? 'unknown';
}

function contactRow(ticket: Ticket, services: CardServices): ContactRow | undefined {
  return ticket.country ? services.data.contacts.find((r) => r.id === ticket.country!.rowId) : undefined;
}

function summaryFacts(ticket: Ticket, services: CardServices, locale: Locale): CardElement {
  const severity = ticket.severity;
  const severityText = !severity
    ? undefined
    : severity.user && severity.user !== severity.bot
      ? t(locale, 'card.severityUser', { user: severity.user, bot: severity.bot })
      : t(locale, 'card.severityBot', { severity: severity.bot });
  return facts([
    [t(locale, 'card.ticket'), ticket.id],
    [t(locale, 'card.category'), ticket.category && categoryLabel(services.data, ticket.category, locale)],
    [t(locale, 'card.severity'), severityText],
    [t(locale, 'card.plan'), planLabel(services.data, ticket.plan, locale)],
    [t(locale, 'card.channel'), ticket.purchaseChannel && channelLabel(ticket.purchaseChannel, locale)],
  ]);
}

/** Each reason says whose it is: the bot's reasons for its severity, the user's reason for theirs. */
function severityReasons(ticket: Ticket, locale: Locale): CardElement[] {
  const severity = ticket.severity;
  if (!severity) return [];
  const lines: string[] = [];
  if (severity.reasons.length > 0) {
    lines.push(t(locale, 'claims.card.botReasons', { severity: severity.bot }));
    lines.push(...severity.reasons.map((r) => `- ${escapeMarkdown(r)}`));
  }
  if (severity.user && severity.userReason) {
    lines.push(
      t(locale, 'claims.card.userReason', { severity: severity.user, reason: escapeMarkdown(severity.userReason) }),
    );
  }
  return lines.length > 0 ? [heading(t(locale, 'card.why')), paragraph(lines.join('\n'))] : [];
}

/** Microsoft's response table for those who open requests with Microsoft; for CSP customers, what their partner owes. */
function responseTime(
  ticket: Ticket,
  services: CardServices,
  explanation: EscalationExplanation | undefined,
  locale: Locale,
): CardElement[] {
  const severity = ticket.severity?.user ?? ticket.severity?.bot;
  if (!severity) return [];
  if (explanation?.partnerResponse) {
    return [heading(t(locale, 'card.responseTitle')), paragraph(explanation.partnerResponse[locale])];
  }
  const rt = responseTimeFor(services.data.support, planFamilyOf(ticket, services), severity);
  return [
    heading(t(locale, 'card.responseTitle')),
    paragraph(rt.description[locale]),
    ...assumedPlanNote(ticket, services, locale),
    paragraph(`${rt.adminsOnly[locale]} ${rt.reopen.text[locale]}`, { isSubtle: true, size: 'Small' }),
  ];
}

/** Said right under the figures when the plan is not in the seed's table (E5, G3): they are assumed, not listed. */
function assumedPlanNote(ticket: Ticket, services: CardServices, locale: Locale): CardElement[] {
  const note = assumedPlanText(services.data.support, ticket.plan, locale);
  return note ? [paragraph(note, { isSubtle: true })] : [];
}

function contact(
  ticket: Ticket,
  services: CardServices,
  locale: Locale,
  userTimeZone: string | undefined,
): CardElement[] {
  if (ticket.country === undefined) return [];
  const row = contactRow(ticket, services);
  if (!row) return [heading(t(locale, 'card.noContact'))];
  return contactSection(row, services.clock(), locale, userTimeZone);
}

function escalationOf(ticket: Ticket, services: CardServices): EscalationExplanation | undefined {
  if (!ticket.category) return undefined;
  return explainEscalation(services.data.support, {
    channel: ticket.purchaseChannel ?? 'unknown',
    category: ticket.category,
    severity: ticket.severity?.user ?? ticket.severity?.bot ?? null,
    severityBy: ticket.severity?.user && ticket.severity.user !== ticket.severity.bot ? 'user' : 'bot',
    hasContactRow: ticket.country === undefined ? undefined : Boolean(contactRow(ticket, services)),
    partnerContact: services.partnerContact,
    planFamily: planFamilyOf(ticket, services),
  });
}

/** Where the issue goes and who to contact first; a category with its own route says it once, as the first step. */
function routeAndEscalation(explanation: EscalationExplanation, locale: Locale): CardElement[] {
  const route = explanation.route ? [heading(t(locale, 'card.routeTitle')), paragraph(explanation.route[locale])] : [];
  const elements: CardElement[] = [
    ...route,
    heading(t(locale, 'card.escalationTitle')),
    facts([[t(locale, 'card.firstContact'), explanation.firstContact[locale]]]),
    paragraph(explanation.steps.map((s, i) => `${i + 1}. ${s[locale]}`).join('\n')),
  ];
  const partner = explanation.partnerContact;
  if (partner) {
    const value = [partner.name, partner.phone, partner.email, partner.url].filter(Boolean).join(' / ');
    elements.push(facts([[t(locale, 'card.partnerContact'), value]]));
  }
  for (const note of explanation.notes) elements.push(paragraph(note[locale], { isSubtle: true, size: 'Small' }));
  return elements;
}

/**
 * The seeds' links for this path (and the partner's own site, when configured) as Action.OpenUrl buttons, which
 * Teams and Web Chat both open. One ActionSet per button, as in choiceCard, so they stack and stay clear of
 * Teams' limit on a card's own actions.
 */
function linkButtons(explanation: EscalationExplanation, locale: Locale): CardElement[] {
  const buttons = explanation.links.map((link) => ({ title: link.label[locale], url: link.url }));
  const partnerUrl = explanation.partnerContact?.url;
  if (partnerUrl && /^https?:\/\//i.test(partnerUrl)) {
    buttons.unshift({ title: t(locale, 'claims.card.partnerSite'), url: partnerUrl });
  }
  return buttons.map((button) => ({
    type: 'ActionSet',
    actions: [{ type: 'Action.OpenUrl', title: button.title, url: button.url }],
  }));
}

/**
 * A question with one button per answer. Each button is a plain Action.Submit whose value is `{ choice: title }`:
 * Teams, its emulator, Web Chat and the Emulator all post that value, and the bot reads it as the user's text (see
 * submittedChoice). (msteams.messageBack would echo the answer in Teams, but the Teams emulator ignores such clicks.)
 * One ActionSet per button stacks them vertically and avoids Teams' limit on a card's own actions.
 */
export function choiceCard(question: string, answers: string[]): Attachment {
  return CardFactory.adaptiveCard({
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    type: 'AdaptiveCard',
    version: '1.4',
    body: [
      { type: 'TextBlock', text: question, wrap: true },
      ...answers.map((title) => ({
        type: 'ActionSet',
        actions: [{ type: 'Action.Submit', title, data: { choice: title } }],
      })),
    ],
  });
}

/** The answer a choice button sent as its value (channels without messageBack), or undefined. */
export function submittedChoice(value: unknown): string | undefined {
  const choice = (value as { choice?: unknown } | null | undefined)?.choice;
  return typeof choice === 'string' && choice.trim() ? choice : undefined;
}
