import type { Ticket } from '../tickets/ticket';

/**
 * Tells the support team about a ticket that needs them now (Severity A). A delivery target (webhook, Teams channel)
 * resolves when the alert was delivered and throws when it was not; ReliableAlerter (outbox.ts) retries and keeps.
 */
export interface Alerter {
  alert(ticket: Ticket): Promise<void>;
  /**
   * Whether an alert would reach someone now (a webhook is configured, a Teams channel is registered). The bot
   * says "the support team has been alerted" only when this is true.
   */
  hasTarget(): Promise<boolean>;
}

export class NoAlerter implements Alerter {
  async alert(): Promise<void> {}
  async hasTarget(): Promise<boolean> {
    return false;
  }
}

/** What the webhook receives. `alertId` is stable across retries, so a receiver can drop a repeat. */
export function webhookPayload(ticket: Ticket) {
  return {
    type: 'severity-a-ticket',
    alertId: `${ticket.id}:webhook`,
    ticketId: ticket.id,
    createdAt: ticket.createdAt,
    category: ticket.category,
    severity: ticket.severity,
    locale: ticket.locale,
    channelId: ticket.channelId,
    description: ticket.description,
  };
}

export interface WebhookAlerterOptions {
  url: string;
  timeoutMs?: number;
  fetchImpl?: typeof fetch;
}

/** One POST of the ticket as JSON; a non-2xx answer, a timeout or no answer throws (the caller retries). */
export class WebhookAlerter implements Alerter {
  constructor(private readonly options: WebhookAlerterOptions) {}

  /** A configured URL is a target; whether it answers is found out by delivering. */
  async hasTarget(): Promise<boolean> {
    return true;
  }

  async alert(ticket: Ticket): Promise<void> {
    const { url, timeoutMs = 10_000, fetchImpl = fetch } = this.options;
    const response = await fetchImpl(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(webhookPayload(ticket)),
      signal: AbortSignal.timeout(timeoutMs),
    });
    // The body is read so the connection is released.
    await response.arrayBuffer().catch(() => undefined);
    if (!response.ok) throw new Error(`webhook answered HTTP ${response.status}`);
  }
}
