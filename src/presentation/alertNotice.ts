import { escalationKeyFor } from '../domain/escalation';
import { responseTimeFor } from '../domain/responseTimes';
import type { Locale, PlanFamily } from '../domain/types';
import { t, type MessageKey } from '../i18n/catalog';
import type { Ticket } from '../tickets/ticket';
import type { CardServices } from './cards';

type NoticeServices = Pick<CardServices, 'data' | 'partnerContact'>;

/**
 * What the bot says after a Severity A ticket. "The support team is being alerted" only when an alert was queued
 * for a configured target (`alerted`); otherwise, plainly, that no one was alerted and how to reach support now on
 * the ticket's own path (the partner for CSP customers; the admin center and phone otherwise, with Microsoft's
 * Severity A response time for the plan).
 */
export function severityANotice(ticket: Ticket, services: NoticeServices, alerted: boolean): string {
  const locale = ticket.locale;
  if (alerted) return t(locale, 'alertSent');
  const planFamily: PlanFamily =
    services.data.support.plans.plans.find((p) => p.id === ticket.plan)?.family ?? 'unknown';
  const path = escalationKeyFor(ticket.purchaseChannel ?? 'unknown', planFamily);
  const response = responseTimeFor(services.data.support, planFamily, 'A').description[locale];
  const route = t(locale, `claims.reachNow.${path}` as MessageKey, {
    response,
    partner: partnerLine(services, locale),
  });
  return t(locale, 'claims.noAlertTarget', { route });
}

function partnerLine(services: NoticeServices, locale: Locale): string {
  const contact = services.partnerContact;
  const value = [contact?.name, contact?.phone, contact?.email, contact?.url].filter(Boolean).join(' / ');
  return value ? t(locale, 'claims.partnerContact', { contact: value }) : t(locale, 'claims.partnerContactMissing');
}
