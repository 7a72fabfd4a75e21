import type { Storage } from 'botbuilder';
import type { Logger } from 'pino';
import type { BotMetrics } from '../observability/metrics';
import { updateItem } from '../storage/etag';
import type { Ticket } from '../tickets/ticket';
import type { Alerter } from './alerter';

export const OUTBOX_KEY = 'alert-outbox';

export interface OutboxEntry {
  /** The ticket without its transcript: what every target needs to say. */
  ticket: Ticket;
  target: string;
  /** Delivery attempts made so far. */
  attempts: number;
  /** Retries by the timer that failed (for the back-off). */
  rounds: number;
  keptAt: string;
  nextAttemptAt: number;
  lastError?: string;
}

interface OutboxRecord {
  entries: Record<string, OutboxEntry>;
  /** Alerts delivered lately (entry id → when), so one handed on again is not delivered twice. */
  delivered?: Record<string, number>;
}

/** How long, and how many, delivered alerts are remembered. */
const DELIVERED_KEPT_MS = 14 * 24 * 60 * 60 * 1000;
const DELIVERED_KEPT_MAX = 2000;

export interface ReliableAlerterOptions {
  storage: Storage;
  logger: Logger;
  metrics: Pick<BotMetrics, 'alertDeliveries' | 'alertFailures' | 'alertsPending'>;
  /** Attempts made straight away, with exponential back-off between them. */
  attempts?: number;
  firstDelayMs?: number;
  /** How often kept alerts are retried; each failed round doubles the wait, up to 16×. */
  retryIntervalMs?: number;
  now?: () => number;
}

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Delivers every alert to every target, retrying with exponential back-off. Before the first attempt the alert is
 * written to an outbox in the bot's Storage; it leaves the outbox only when delivered. What could not be delivered
 * stays there and is retried by a timer and at start-up, in this process or any other sharing the store: an alert
 * is never dropped, at worst delivered twice (the payload's alertId lets a receiver tell). Delivered alerts are
 * remembered for two weeks, so the same alert handed on again (queue) is not delivered again.
 */
export class ReliableAlerter implements Alerter {
  private readonly targets = new Map<string, Alerter>();
  private readonly inFlight = new Set<string>();
  private readonly work = new Set<Promise<unknown>>();
  private timer?: NodeJS.Timeout;
  private stopped = true;
  private readonly now: () => number;

  constructor(private readonly options: ReliableAlerterOptions) {
    this.now = options.now ?? Date.now;
  }

  /** Adds a delivery target (webhook, Teams channels, …): it must throw when it did not deliver. */
  addTarget(name: string, target: Alerter): this {
    this.targets.set(name, target);
    return this;
  }

  get targetNames(): string[] {
    return [...this.targets.keys()];
  }

  /** True when at least one target would reach someone now (see Alerter.hasTarget). */
  async hasTarget(): Promise<boolean> {
    return (await this.liveTargets()).length > 0;
  }

  /** Never rejects: whatever is not delivered now is kept and retried. Targets that reach no one are skipped. */
  alert(ticket: Ticket): Promise<void> {
    return this.track(
      this.startDeliveries(ticket).then(async (deliveries) => void (await Promise.all(deliveries.map((d) => d.done)))),
    );
  }

  /**
   * Hands an alert on: resolves once it is kept in the outbox for every target (or was already, or was delivered
   * lately: a second hand-off of one alert, from a re-run or another process, delivers nothing more); delivery goes
   * on in the background. Rejects when the outbox could not be written (delivery is still tried), so the caller
   * can keep the alert and hand it on again later.
   */
  async queue(ticket: Ticket): Promise<void> {
    const deliveries = await this.track(this.startDeliveries(ticket));
    for (const d of deliveries) void this.track(d.done);
    const unkept = deliveries.find((d) => d.keepError !== undefined);
    if (unkept) throw unkept.keepError;
  }

  /** The targets that would reach someone now; one that cannot tell counts as live (its delivery will tell). */
  private async liveTargets(): Promise<string[]> {
    const names = [...this.targets.keys()];
    const live = await Promise.all(
      names.map((name) =>
        this.targets
          .get(name)!
          .hasTarget()
          .catch(() => true),
      ),
    );
    return names.filter((_, i) => live[i]);
  }

  /** Retries what is kept now, then every retry interval, until stop(). */
  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    const tick = async () => {
      await this.retryKept().catch((error) =>
        this.options.logger.error({ err: errorText(error) }, 'alert outbox could not be read'),
      );
      if (!this.stopped) {
        this.timer = setTimeout(() => void this.track(tick()), this.options.retryIntervalMs ?? 60_000);
        this.timer.unref();
      }
    };
    void this.track(tick());
  }

  /** Stops the timer and waits for deliveries under way. Kept alerts stay kept. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.settled();
  }

  /** Resolves when no delivery or retry is under way. */
  async settled(): Promise<void> {
    while (this.work.size > 0) await Promise.allSettled([...this.work]);
  }

  /** The alerts kept for a retry. */
  async pending(): Promise<OutboxEntry[]> {
    const record = (await this.options.storage.read([OUTBOX_KEY]))[OUTBOX_KEY] as OutboxRecord | undefined;
    return Object.values(record?.entries ?? {});
  }

  /** One round over the kept alerts that are due; each gets one attempt. */
  async retryKept(): Promise<void> {
    const now = this.now();
    const all = await this.pending();
    this.options.metrics.alertsPending.set(all.length);
    const due = all.filter((e) => e.nextAttemptAt <= now && !this.inFlight.has(entryId(e.ticket.id, e.target)));
    await Promise.all(
      due.map(async (entry) => {
        const id = entryId(entry.ticket.id, entry.target);
        this.inFlight.add(id);
        try {
          const error = await this.attempt(entry.ticket, entry.target);
          if (error === undefined) {
            await this.remove(id);
            this.options.logger.info(
              { ticketId: entry.ticket.id, target: entry.target, attempts: entry.attempts + 1 },
              'kept alert delivered',
            );
          } else {
            const rounds = entry.rounds + 1;
            const wait = (this.options.retryIntervalMs ?? 60_000) * 2 ** Math.min(rounds, 4);
            await this.keep({
              ...entry,
              attempts: entry.attempts + 1,
              rounds,
              nextAttemptAt: this.now() + wait,
              lastError: error,
            });
            this.options.logger.error(
              { ticketId: entry.ticket.id, target: entry.target, attempts: entry.attempts + 1, err: error },
              'kept alert still not delivered; kept for the next retry',
            );
          }
        } finally {
          this.inFlight.delete(id);
        }
      }),
    );
  }

  /** Keeps a new alert for each target (not one already kept or delivered) and starts delivering it. */
  private async startDeliveries(ticket: Ticket): Promise<Array<{ done: Promise<void>; keepError?: unknown }>> {
    const slim: Ticket = { ...ticket, transcript: [] };
    const started = await Promise.all((await this.liveTargets()).map((target) => this.startDelivery(slim, target)));
    return started.flatMap((d) => (d ? [d] : []));
  }

  private async startDelivery(
    ticket: Ticket,
    target: string,
  ): Promise<{ done: Promise<void>; keepError?: unknown } | undefined> {
    const { logger, retryIntervalMs = 60_000 } = this.options;
    const id = entryId(ticket.id, target);
    if (this.inFlight.has(id)) return undefined;
    const entry: OutboxEntry = {
      ticket,
      target,
      attempts: 0,
      rounds: 0,
      keptAt: new Date(this.now()).toISOString(),
      nextAttemptAt: this.now() + retryIntervalMs,
    };
    this.inFlight.add(id);
    // Written before the first attempt, so a crash mid-delivery does not lose the alert.
    let keepError: unknown;
    const kept = await this.keepNew(entry).catch((error: unknown) => {
      keepError = error;
      logger.error(
        { ticketId: ticket.id, target, err: errorText(error) },
        'alert could not be written to the outbox; delivering without it',
      );
      return 'unkept' as const;
    });
    if (kept === 'known') {
      this.inFlight.delete(id);
      return undefined;
    }
    const done = this.deliverNew(entry, kept === 'kept').finally(() => this.inFlight.delete(id));
    return { done, keepError };
  }

  private async deliverNew(entry: OutboxEntry, kept: boolean): Promise<void> {
    const { logger, attempts = 4, firstDelayMs = 500, retryIntervalMs = 60_000 } = this.options;
    const { ticket, target } = entry;
    const id = entryId(ticket.id, target);
    let lastError = '';
    for (let attempt = 1; attempt <= attempts; attempt++) {
      const error = await this.attempt(ticket, target);
      if (error === undefined) {
        if (kept)
          await this.remove(id).catch((e) =>
            logger.warn({ ticketId: ticket.id, target, err: errorText(e) }, 'delivered alert stays in the outbox'),
          );
        return;
      }
      lastError = error;
      if (attempt < attempts) await sleep(firstDelayMs * 2 ** (attempt - 1));
    }
    entry.attempts = attempts;
    entry.lastError = lastError;
    entry.nextAttemptAt = this.now() + retryIntervalMs;
    kept = await this.keep(entry).then(
      () => true,
      () => false,
    );
    if (kept)
      logger.error(
        { ticketId: ticket.id, target, attempts, err: lastError },
        'alert not delivered; kept in the outbox for a retry',
      );
    else
      logger.fatal(
        { ticketId: ticket.id, target, attempts, err: lastError },
        'ALERT LOST: not delivered and the outbox cannot be written',
      );
  }

  /** One delivery attempt; the error text, or undefined when delivered. */
  private async attempt(ticket: Ticket, target: string): Promise<string | undefined> {
    const alerter = this.targets.get(target);
    if (!alerter) return `no target named "${target}" in this process`;
    try {
      // A kept alert whose target has since lost every recipient (e.g. its Teams channel unregistered) is dropped,
      // and not counted as delivered: nothing was posted anywhere.
      if (!(await alerter.hasTarget().catch(() => true))) {
        this.options.logger.warn({ ticketId: ticket.id, target }, 'alert target has no recipients; alert dropped');
        return undefined;
      }
      await alerter.alert(ticket);
      this.options.metrics.alertDeliveries.inc({ target });
      return undefined;
    } catch (error) {
      this.options.metrics.alertFailures.inc({ target });
      this.options.logger.warn({ ticketId: ticket.id, target, err: errorText(error) }, 'alert delivery attempt failed');
      return errorText(error);
    }
  }

  private async keep(entry: OutboxEntry): Promise<void> {
    const id = entryId(entry.ticket.id, entry.target);
    const count = await updateItem<OutboxRecord, number>(this.options.storage, OUTBOX_KEY, (current) => {
      const entries = { ...(current?.entries ?? {}), [id]: entry };
      return { item: { ...current, entries }, result: Object.keys(entries).length };
    });
    this.options.metrics.alertsPending.set(count);
  }

  /** Keeps an alert not seen before; 'known' when it is kept already or was delivered lately (nothing written). */
  private async keepNew(entry: OutboxEntry): Promise<'kept' | 'known'> {
    const id = entryId(entry.ticket.id, entry.target);
    const { outcome, count } = await updateItem<OutboxRecord, { outcome: 'kept' | 'known'; count: number }>(
      this.options.storage,
      OUTBOX_KEY,
      (current) => {
        const known = current?.entries[id] ?? current?.delivered?.[id];
        if (known) return { result: { outcome: 'known', count: Object.keys(current?.entries ?? {}).length } };
        const entries = { ...(current?.entries ?? {}), [id]: entry };
        return { item: { ...current, entries }, result: { outcome: 'kept', count: Object.keys(entries).length } };
      },
    );
    this.options.metrics.alertsPending.set(count);
    return outcome;
  }

  private async remove(id: string): Promise<void> {
    const now = this.now();
    const count = await updateItem<OutboxRecord, number>(this.options.storage, OUTBOX_KEY, (current) => {
      const { [id]: _delivered, ...entries } = current?.entries ?? {};
      const delivered = Object.fromEntries(
        Object.entries({ ...(current?.delivered ?? {}), [id]: now })
          .filter(([, at]) => now - at < DELIVERED_KEPT_MS)
          .sort((a, b) => b[1] - a[1])
          .slice(0, DELIVERED_KEPT_MAX),
      );
      return { item: { entries, delivered }, result: Object.keys(entries).length };
    });
    this.options.metrics.alertsPending.set(count);
  }

  private track<T>(promise: Promise<T>): Promise<T> {
    const tracked = promise.finally(() => this.work.delete(tracked));
    this.work.add(tracked);
    return tracked;
  }
}

function entryId(ticketId: string, target: string): string {
  return `${ticketId}:${target}`;
}
