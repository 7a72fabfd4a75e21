import type { Logger } from 'pino';
import type { Ticket } from '../tickets/ticket';

/** Tells the support team about a ticket that needs them now (Severity A). */
export interface Alerter {
  alert(ticket: Ticket): Promise<void>;
}

export class NoAlerter implements Alerter {
  async alert(): Promise<void> {}
}

export interface WebhookAlerterOptions {
  url: string;
  logger: Logger;
  attempts?: number;
  firstDelayMs?: number;
  fetchImpl?: typeof fetch;
}

/** POSTs the ticket as JSON, retrying with exponential back-off; a final failure is logged, never thrown to the user. */
export class WebhookAlerter implements Alerter {
  constructor(private readonly options: WebhookAlerterOptions) {}

  async alert(ticket: Ticket): Promise<void> {
    const { url, logger, attempts = 4, firstDelayMs = 500, fetchImpl = fetch } = this.options;
    const body = JSON.stringify({
      type: 'severity-a-ticket',
      ticketId: ticket.id,
      createdAt: ticket.createdAt,
      category: ticket.category,
      severity: ticket.severity,
      locale: ticket.locale,
      channelId: ticket.channelId,
      description: ticket.description,
    });
    for (let attempt = 1; attempt <= attempts; attempt++) {
      try {
        const response = await fetchImpl(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
        if (response.ok) return;
        logger.warn({ ticketId: ticket.id, status: response.status, attempt }, 'alert webhook refused');
      } catch (error) {
        logger.warn({ ticketId: ticket.id, attempt, err: (error as Error).message }, 'alert webhook unreachable');
      }
      if (attempt < attempts) await new Promise((r) => setTimeout(r, firstDelayMs * 2 ** (attempt - 1)));
    }
    logger.error({ ticketId: ticket.id }, 'alert could not be delivered');
  }
}
