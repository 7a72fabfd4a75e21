import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { t } from '../../src/i18n/catalog';
import { EmulatorConnector, EmulatorUser, visibleText, type ReceivedReply } from '../support/emulator';
import { freePort, startBotProcess, tempDir, type Child } from '../support/processes';
import { TICKET_ID } from '../support/messages';

const text = (replies: ReceivedReply[]) => replies.map(visibleText).join('\n');
const OUTAGE =
  'SharePoint Online is down for every user in the company; no one can open any site and there is no workaround.';

describe('the real server process, killed with SIGKILL in the middle of a triage and started again on the same database', () => {
  const dir = tempDir('triage-crash-');
  const connector = new EmulatorConnector();
  const children: Child[] = [];
  let port: number;
  let env: Record<string, string>;

  beforeAll(async () => {
    await connector.start();
    port = await freePort();
    env = { PORT: String(port), STORAGE: 'sqlite', STORAGE_PATH: join(dir.path, 'data', 'triage.sqlite') };
  });
  afterAll(async () => {
    for (const child of children) await child.stop();
    await connector.stop();
    dir.remove();
  });

  const start = async () => {
    const bot = await startBotProcess(env);
    children.push(bot);
    return bot;
  };

  test('the user carries on from the same step, and the ticket written before the kill is still there', async () => {
    const first = await start();
    const url = first.url;

    // Before the crash: one finished triage (a ticket) and one stopped at the plan question.
    const finished = new EmulatorUser(url, connector, 'en-US');
    await finished.join();
    expect(text(await finished.say(OUTAGE))).toContain(t('en', 'askSeverityConfirm'));
    expect(text(await finished.say(t('en', 'severityAgree')))).toContain(t('en', 'askPlan'));
    expect(text(await finished.say('Microsoft 365 Business Standard'))).toContain(t('en', 'askChannel'));
    const ticketId = text(await finished.say(t('en', 'channel.csp'))).match(TICKET_ID)?.[0];
    expect(ticketId).toBeDefined();

    const halfway = new EmulatorUser(url, connector, 'en-US');
    await halfway.join();
    expect(text(await halfway.say('hello'))).toContain(t('en', 'askDescription'));
    expect(text(await halfway.say(OUTAGE))).toContain(t('en', 'askSeverityConfirm'));
    expect(text(await halfway.say(t('en', 'severityAgree')))).toContain(t('en', 'askPlan'));

    const killed = await first.kill('SIGKILL');
    expect(killed.signal).toBe('SIGKILL');
    await expect(fetch(`${url}/healthz`)).rejects.toThrow();

    const second = await start();
    expect(second.url).toBe(url);
    expect((await fetch(`${url}/healthz`)).status).toBe(200);

    // The same user, the same conversation: the plan question is answered and the triage goes on to the end.
    const afterPlan = text(await halfway.say('Microsoft 365 Business Standard'));
    expect(afterPlan).toContain(t('en', 'askChannel'));
    expect(afterPlan).not.toContain(t('en', 'askDescription'));
    const secondTicket = text(await halfway.say(t('en', 'channel.csp'))).match(TICKET_ID)?.[0];
    expect(secondTicket).toBeDefined();
    expect(secondTicket).not.toBe(ticketId);

    // The ticket from before the kill reads back, by id and in the user's list.
    const status = text(await finished.say(`status ${ticketId}`));
    expect(status).toContain(ticketId);
    expect(status).not.toContain(t('en', 'statusNotFound', { id: ticketId! }));
    expect(text(await finished.say('my tickets'))).toContain(ticketId);
    await second.kill('SIGTERM');

    // And in the file itself: two tickets, each once.
    const db = new Database(env.STORAGE_PATH, { readonly: true });
    const ids = db.prepare('SELECT id FROM tickets ORDER BY id').all() as Array<{ id: string }>;
    db.close();
    expect(ids.map((row) => row.id).sort()).toEqual([ticketId, secondTicket].sort());
  }, 180_000);
});

/** A serviceUrl that holds the bot's first reply until released: the turn stays in flight meanwhile. */
class HoldingConnector {
  private server?: Server;
  url = '';
  readonly received: ReceivedReply[] = [];
  private release!: () => void;
  private readonly released = new Promise<void>((done) => (this.release = done));
  private sawFirst!: () => void;
  readonly firstReplyArrived = new Promise<void>((done) => (this.sawFirst = done));

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      void this.receive(req).then(() => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end('{"id":"1"}');
      });
    });
    await new Promise<void>((done) => this.server!.listen(0, '127.0.0.1', done));
    this.url = `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}`;
  }

  /** What the bot has sent so far (EmulatorConnector's take, for one conversation at a time). */
  take(): ReceivedReply[] {
    return this.received.splice(0);
  }

  releaseReplies(): void {
    this.release();
  }

  async stop(): Promise<void> {
    this.release();
    this.server?.closeAllConnections();
    await new Promise<void>((done) => this.server?.close(() => done()) ?? done());
  }

  private async receive(req: IncomingMessage): Promise<void> {
    let body = '';
    for await (const chunk of req) body += chunk;
    this.received.push(JSON.parse(body) as ReceivedReply);
    this.sawFirst();
    await this.released;
  }
}

describe('SIGTERM', () => {
  const dir = tempDir('triage-sigterm-');
  const connector = new HoldingConnector();
  const children: Child[] = [];
  afterAll(async () => {
    for (const child of children) await child.stop();
    await connector.stop();
    dir.remove();
  });

  test('stops taking requests, finishes the turn in flight, closes the database and exits 0', async () => {
    const env = { STORAGE: 'sqlite', STORAGE_PATH: join(dir.path, 'triage.sqlite') };
    await connector.start();
    const bot = await startBotProcess(env);
    children.push(bot);
    const user = new EmulatorUser(bot.url, connector as unknown as EmulatorConnector, 'en-US');

    // The bot's reply is held by the connector, so this turn is still running when SIGTERM arrives.
    const inFlight = user.post({ type: 'message', text: OUTAGE });
    await connector.firstReplyArrived;
    bot.process.kill('SIGTERM');
    await bot.waitFor(/shutting down/);
    await expect(fetch(`${bot.url}/healthz`)).rejects.toThrow();
    expect(bot.running).toBe(true);

    connector.releaseReplies();
    expect((await inFlight).status).toBe(200);
    const exit = await bot.waitForExit();
    expect(exit).toEqual({ code: 0, signal: null });
    expect(text(connector.received)).toContain(t('en', 'askSeverityConfirm'));

    // The turn's state was saved and the database closed cleanly: the next process continues from that step.
    const again = await startBotProcess({ ...env, PORT: new URL(bot.url).port });
    children.push(again);
    connector.take();
    expect(text(await user.say(t('en', 'severityAgree')))).toContain(t('en', 'askPlan'));
    await again.kill('SIGTERM');
  }, 180_000);
});
