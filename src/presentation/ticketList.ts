import type { TurnContext } from 'botbuilder';
import type { Ticket } from '../tickets/ticket';
import { escapeMarkdown, summarize } from './escape';
import { categoryLabel } from './labels';
import type { TriageData } from '../domain/data/loadData';
import { turnLocale, turnTranslator } from './turnLocale';

/** "my tickets": one line per ticket, newest first. */
export function myTicketsText(tickets: Ticket[], services: { data: TriageData }, context: TurnContext): string {
  const t = turnTranslator(context);
  if (tickets.length === 0) return t('myTicketsEmpty');
  const locale = turnLocale(context);
  const lines = tickets.map((ticket) => {
    const severity = ticket.severity?.user ?? ticket.severity?.bot;
    return t('myTicketLine', {
      id: ticket.id,
      created: ticket.createdAt.slice(0, 16).replace('T', ' ') + ' UTC',
      category: ticket.category ? categoryLabel(services.data, ticket.category, locale) : '—',
      severity: severity ? ` ${severity}` : '',
      summary: escapeMarkdown(summarize(ticket.description)),
    });
  });
  return [t('myTicketsHeader'), ...lines].join('\n');
}
