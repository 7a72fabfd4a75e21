import { MemoryStorage } from 'botbuilder';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import pino from 'pino';
import { WebhookAlerter } from '../../src/alerts/alerter';
import { ReliableAlerter } from '../../src/alerts/outbox';
import { createMetrics } from '../../src/observability/metrics';
import type { Ticket } from '../../src/tickets/ticket';
import { EmulatorConnector, EmulatorUser, startBot } from '../support/emulator';
import { fetchMetrics, metricValue } from '../support/metricsText';
import { playTechnicalTriage, severityADescription } from '../support/triageScript';

/** A webhook on 127.0.0.1 that refuses its first `failFirst` requests with 503, then accepts. */
class Webhook {
  readonly received: Array<{ status: number; body: Record<string, unknown> }> = [];
  private server?: Server;
  constructor(private failFirst = 0) {}

  async start(port = 0): Promise<number> {
    this.server = createServer(async (req, res) => {
      let body = '';
      for await (const chunk of req) body += chunk;
      const status = this.failFirst > 0 ? 503 : 200;
      if (this.failFirst > 0) this.failFirst--;
      this.received.push({ status, body: JSON.parse(body) as Record<string, unknown> });
      res.statusCode = status;
      res.end();
    });
    await new Promise<void>((resolve) => this.server!.listen(port, '127.0.0.1', resolve));
    return (this.server.address() as AddressInfo).port;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  get delivered() {
    return this.received.filter((r) => r.status === 200);
  }
}

/** A port on 127.0.0.1 with nothing listening on it (yet). */
async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

/** Waits for a condition, checking every 50 ms, for at most `ms`. */
async function eventually(condition: () => boolean, ms: number, what: string): Promise<void> {
  const until = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > until) throw new Error(`not within ${ms} ms: ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('Severity A alerts over HTTP', () => {
  const connector = new EmulatorConnector();
  beforeAll(() => connector.start());
  afterAll(() => connector.stop());

  test('a webhook that fails twice gets the alert on the third attempt, with back-off', async () => {
    const webhook = new Webhook(2);
    const port = await webhook.start();
    const bot = await startBot({
      ALERT_WEBHOOK_URL: `http://127.0.0.1:${port}/hook`,
      ALERT_FIRST_DELAY_MS: '20',
      ALERT_ATTEMPTS: '4',
    });
    try {
      const ticketId = await playTechnicalTriage(
        new EmulatorUser(bot.url, connector, 'en-US'),
        severityADescription('alert-1'),
      );
      await bot.app.alerter.settled();
      expect(webhook.received.map((r) => r.status)).toEqual([503, 503, 200]);
      expect(webhook.delivered[0].body).toMatchObject({
        type: 'severity-a-ticket',
        ticketId,
        alertId: `${ticketId}:webhook`,
      });
      expect(await bot.app.alerter.pending()).toEqual([]);
      const metrics = await fetchMetrics(bot.url);
      expect(metricValue(metrics, 'triage_bot_alert_failures_total', { target: 'webhook' })).toBe(2);
      expect(metricValue(metrics, 'triage_bot_alert_deliveries_total', { target: 'webhook' })).toBe(1);
    } finally {
      await bot.close();
      await webhook.stop();
    }
  });

  test('a webhook that is down: the alert is kept, then delivered once it comes back', async () => {
    const port = await freePort();
    const bot = await startBot({
      ALERT_WEBHOOK_URL: `http://127.0.0.1:${port}/hook`,
      ALERT_FIRST_DELAY_MS: '10',
      ALERT_ATTEMPTS: '2',
      ALERT_RETRY_INTERVAL_MS: '100',
    });
    const webhook = new Webhook();
    try {
      const ticketId = await playTechnicalTriage(
        new EmulatorUser(bot.url, connector, 'en-US'),
        severityADescription('alert-2'),
      );
      await bot.app.alerter.settled();
      const kept = await bot.app.alerter.pending();
      expect(kept.map((e) => [e.ticket.id, e.target])).toEqual([[ticketId, 'webhook']]);
      expect(kept[0].attempts).toBeGreaterThanOrEqual(2);
      expect(metricValue(await fetchMetrics(bot.url), 'triage_bot_alerts_pending')).toBe(1);

      await webhook.start(port);
      await eventually(() => webhook.delivered.length > 0, 10_000, 'the kept alert reaches the webhook');
      await bot.app.alerter.settled();
      expect(webhook.delivered.map((r) => r.body.ticketId)).toEqual([ticketId]);
      expect(await bot.app.alerter.pending()).toEqual([]);
      const metrics = await fetchMetrics(bot.url);
      expect(metricValue(metrics, 'triage_bot_alerts_pending')).toBe(0);
      expect(metricValue(metrics, 'triage_bot_alert_failures_total', { target: 'webhook' })).toBeGreaterThanOrEqual(2);
      expect(metricValue(metrics, 'triage_bot_alert_deliveries_total', { target: 'webhook' })).toBe(1);
    } finally {
      await bot.close();
      await webhook.stop();
    }
  });
});

describe('the alert outbox', () => {
  const ticket = {
    id: 'TRG-20261123-AAAAA',
    kind: 'triage',
    createdAt: '2026-11-23T01:00:00.000Z',
    user: { id: 'u1' },
    conversationId: 'c1',
    channelId: 'emulator',
    locale: 'en',
    description: 'Exchange Online is down for everyone',
    category: 'technical',
    severity: { bot: 'A', reasons: [] },
    transcript: [{ from: 'user', text: 'Exchange Online is down for everyone', at: '2026-11-23T01:00:00.000Z' }],
  } as Ticket;
  const quiet = pino({ level: 'silent' });

  test('an alert kept by a process that stopped is delivered by the next one at start-up', async () => {
    const storage = new MemoryStorage();
    const downPort = await freePort();
    const first = new ReliableAlerter({
      storage,
      logger: quiet,
      metrics: createMetrics({ defaultMetrics: false }),
      attempts: 1,
      firstDelayMs: 0,
    });
    first.addTarget('webhook', new WebhookAlerter({ url: `http://127.0.0.1:${downPort}/hook` }));
    await first.alert(ticket);
    await first.stop();
    expect((await first.pending()).map((e) => e.ticket.id)).toEqual([ticket.id]);

    const webhook = new Webhook();
    const port = await webhook.start();
    const second = new ReliableAlerter({
      storage,
      logger: quiet,
      metrics: createMetrics({ defaultMetrics: false }),
      retryIntervalMs: 60_000,
      now: () => Date.now() + 120_000,
    });
    second.addTarget('webhook', new WebhookAlerter({ url: `http://127.0.0.1:${port}/hook` }));
    try {
      second.start();
      await second.settled();
      expect(webhook.delivered.map((r) => r.body.ticketId)).toEqual([ticket.id]);
      expect(await second.pending()).toEqual([]);
    } finally {
      await second.stop();
      await webhook.stop();
    }
  });

  test('fan-out: each target is delivered and kept on its own', async () => {
    const storage = new MemoryStorage();
    const metrics = createMetrics({ defaultMetrics: false });
    const alerter = new ReliableAlerter({ storage, logger: quiet, metrics, attempts: 2, firstDelayMs: 0 });
    const delivered: string[] = [];
    const live = async () => true;
    alerter.addTarget('webhook', { alert: async (t) => void delivered.push(`webhook:${t.id}`), hasTarget: live });
    alerter.addTarget('teams', {
      alert: async () => Promise.reject(new Error('channel unreachable')),
      hasTarget: live,
    });
    await alerter.alert(ticket);
    expect(delivered).toEqual([`webhook:${ticket.id}`]);
    const kept = await alerter.pending();
    expect(kept.map((e) => [e.target, e.attempts, e.lastError])).toEqual([['teams', 2, 'channel unreachable']]);
    // What is kept does not carry the conversation transcript.
    expect(kept[0].ticket.transcript).toEqual([]);
  });

  test('a target that reaches no one (no Teams channel registered) is not tried, kept or counted as delivered', async () => {
    const storage = new MemoryStorage();
    const metrics = createMetrics({ defaultMetrics: false });
    const alerter = new ReliableAlerter({ storage, logger: quiet, metrics, attempts: 1, firstDelayMs: 0 });
    const tried: string[] = [];
    alerter.addTarget('teams', { alert: async (t) => void tried.push(t.id), hasTarget: async () => false });
    expect(await alerter.hasTarget()).toBe(false);
    await alerter.alert(ticket);
    expect(tried).toEqual([]);
    expect(await alerter.pending()).toEqual([]);
    expect(
      metricValue(await metrics.registry.metrics(), 'triage_bot_alert_deliveries_total', { target: 'teams' }),
    ).toBe(0);
  });

  test('a kept alert whose target has since lost every recipient is dropped, not counted as delivered', async () => {
    const storage = new MemoryStorage();
    const metrics = createMetrics({ defaultMetrics: false });
    let channels = 1;
    const alerter = new ReliableAlerter({
      storage,
      logger: quiet,
      metrics,
      attempts: 1,
      firstDelayMs: 0,
      retryIntervalMs: 10,
    });
    alerter.addTarget('teams', {
      alert: async () => Promise.reject(new Error('channel unreachable')),
      hasTarget: async () => channels > 0,
    });
    await alerter.alert(ticket);
    expect((await alerter.pending()).map((e) => e.target)).toEqual(['teams']);
    channels = 0;
    await new Promise((r) => setTimeout(r, 20));
    await alerter.retryKept();
    expect(await alerter.pending()).toEqual([]);
    expect(
      metricValue(await metrics.registry.metrics(), 'triage_bot_alert_deliveries_total', { target: 'teams' }),
    ).toBe(0);
  });
});
