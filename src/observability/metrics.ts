import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/** Everything /metrics shows. One registry per app, so two bots in one process (tests) never share counters. */
export interface BotMetrics {
  registry: Registry;
  turns: Counter<'channel'>;
  turnSeconds: Histogram<'channel'>;
  ticketsCreated: Counter<'severity' | 'category' | 'kind'>;
  alertDeliveries: Counter<'target'>;
  alertFailures: Counter<'target'>;
  alertsPending: Gauge;
  rateLimited: Counter<'channel'>;
  duplicatesDropped: Counter<'channel'>;
  stateConflicts: Counter;
  textTruncated: Counter;
}

export function createMetrics(options: { defaultMetrics?: boolean } = {}): BotMetrics {
  const registry = new Registry();
  if (options.defaultMetrics ?? true) collectDefaultMetrics({ register: registry, prefix: 'triage_bot_process_' });
  const registers = [registry];
  return {
    registry,
    turns: new Counter({
      name: 'triage_bot_turns_total',
      help: 'Activities that reached the bot, by channel',
      labelNames: ['channel'],
      registers,
    }),
    turnSeconds: new Histogram({
      name: 'triage_bot_turn_duration_seconds',
      help: 'Time from an activity reaching the bot to its turn finishing',
      labelNames: ['channel'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers,
    }),
    ticketsCreated: new Counter({
      name: 'triage_bot_tickets_created_total',
      help: 'Tickets saved, by severity (the one acted on), category and kind',
      labelNames: ['severity', 'category', 'kind'],
      registers,
    }),
    alertDeliveries: new Counter({
      name: 'triage_bot_alert_deliveries_total',
      help: 'Alerts delivered, by target',
      labelNames: ['target'],
      registers,
    }),
    alertFailures: new Counter({
      name: 'triage_bot_alert_failures_total',
      help: 'Failed alert delivery attempts, by target',
      labelNames: ['target'],
      registers,
    }),
    alertsPending: new Gauge({
      name: 'triage_bot_alerts_pending',
      help: 'Alerts kept in the outbox waiting for a retry',
      registers,
    }),
    rateLimited: new Counter({
      name: 'triage_bot_rate_limited_messages_total',
      help: 'Messages not processed because their conversation sent too many',
      labelNames: ['channel'],
      registers,
    }),
    duplicatesDropped: new Counter({
      name: 'triage_bot_duplicate_activities_total',
      help: 'Resent activities (same id) dropped',
      labelNames: ['channel'],
      registers,
    }),
    stateConflicts: new Counter({
      name: 'triage_bot_state_conflicts_total',
      help: 'Turns re-run because another writer changed the state first (eTag conflict)',
      registers,
    }),
    textTruncated: new Counter({
      name: 'triage_bot_text_truncated_total',
      help: 'Messages cut to the text limit',
      registers,
    }),
  };
}
