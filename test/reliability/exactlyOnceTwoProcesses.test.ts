import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { t } from '../../src/i18n/catalog';
import { BlobTicketStore } from '../../src/storage/blob';
import { EmulatorConnector, EmulatorUser, visibleText, type ReceivedReply } from '../support/emulator';
import { TICKET_ID } from '../support/messages';
import {
  azuriteConnectionString,
  freePort,
  startAzurite,
  startBotProcess,
  tempDir,
  type Child,
} from '../support/processes';

/** A local alert webhook: every POST it receives, by the ticket it is about. */
class WebhookReceiver {
  readonly ticketIds: string[] = [];
  private server?: Server;
  url = '';

  async start(): Promise<void> {
    this.server = createServer(async (req, res) => {
      let body = '';
      for await (const chunk of req) body += chunk;
      this.ticketIds.push(String((JSON.parse(body) as { ticketId: unknown }).ticketId));
      res.end();
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/alerts`;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}

/** A triage as the user types it: a Severity A technical problem, bought through a CSP partner. */
interface Script {
  locale: string;
  messages: string[];
}

const SCRIPTS: Record<'English' | 'Japanese', Script> = {
  English: {
    locale: 'en-US',
    messages: [
      'hello',
      'SharePoint Online is down for every user in the company; no one can open any site and there is no workaround.',
      t('en', 'severityAgree'),
      'Microsoft 365 Business Standard',
      t('en', 'channel.csp'),
    ],
  },
  Japanese: {
    locale: 'ja-JP',
    messages: [
      'こんにちは',
      '今朝から全社でTeamsにサインインできません。Web版もだめで、全員が業務を止めています。',
      t('ja', 'severityAgree'),
      'Microsoft 365 Business Standard',
      t('ja', 'channel.csp'),
    ],
  },
};

/** What the user reads after each message, with ticket ids (which differ between conversations) made alike. */
const readable = (replies: ReceivedReply[]) =>
  replies.map((reply) => visibleText(reply).replace(new RegExp(TICKET_ID.source, 'g'), 'TRG-…'));

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('exactly-once side effects with two bot processes on one Azure Blob store (Azurite)', () => {
  const dir = tempDir('triage-once-');
  const connector = new EmulatorConnector();
  const webhook = new WebhookReceiver();
  const children: Child[] = [];
  let bots: Array<Child & { url: string }> = [];
  let connectionString: string;

  beforeAll(async () => {
    const port = await freePort();
    children.push(await startAzurite(port, dir.path));
    connectionString = azuriteConnectionString(port);
    await connector.start();
    await webhook.start();
    const env = { STORAGE: 'blob', AZURE_STORAGE_CONNECTION_STRING: connectionString, ALERT_WEBHOOK_URL: webhook.url };
    bots = await Promise.all([startBotProcess(env), startBotProcess(env)]);
    children.push(...bots);
  }, 120_000);
  afterAll(async () => {
    for (const child of children.reverse()) await child.stop();
    await connector.stop();
    await webhook.stop();
    dir.remove();
  });

  /** One user in one conversation, whose every activity a load balancer may hand to any (or every) process. */
  function newUser(locale: string) {
    const user = new EmulatorUser(bots[0].url, connector, locale);
    // Every EmulatorUser draws its own ids; these are all the one user in the one conversation.
    const on = bots.map((bot) =>
      Object.assign(new EmulatorUser(bot.url, connector, locale), {
        conversationId: user.conversationId,
        userId: user.userId,
      }),
    );
    /** Posts one activity (one id, one timestamp) to the given processes at once; the replies the user got. */
    const deliver = async (to: number[], activity: Record<string, unknown>) => {
      const sent = { id: randomUUID(), timestamp: new Date().toISOString(), ...activity };
      const responses = await Promise.all(to.map((i) => on[i].post(sent)));
      expect(responses.map((r) => r.status)).toEqual(to.map(() => 200));
      return connector.take(user.conversationId);
    };
    /** Joins, then says each message; the replies the user got after each. */
    const play = async (to: number[], messages: string[]) => {
      const join = { type: 'conversationUpdate', membersAdded: [{ id: user.userId }, { id: 'bot' }] };
      const replies = [await deliver(to, join)];
      for (const text of messages) replies.push(await deliver(to, { type: 'message', text }));
      return replies;
    };
    return { user, play };
  }

  const droppedResends = () =>
    bots.reduce((sum, bot) => sum + (bot.output.match(/duplicate activity dropped/g) ?? []).length, 0);

  test.each(Object.entries(SCRIPTS))(
    '%s: every activity of a triage delivered to both processes at once reads as one delivery, stores one ticket and alerts once',
    async (_language, script) => {
      const locale = script.locale.slice(0, 2) as 'en' | 'ja';
      // The same triage delivered once, to one process: what the user should read.
      const once = (await newUser(script.locale).play([0], script.messages)).map(readable);
      expect(once.at(-1)!.join('\n')).toContain(t(locale, 'alertSent'));
      const alertsBefore = webhook.ticketIds.length;
      const droppedBefore = droppedResends();

      const twice = newUser(script.locale);
      const replies = await twice.play([0, 1], script.messages);

      expect(replies.map(readable)).toEqual(once);
      // Every activity reached both processes: each time one answered and the other recognised the resend.
      // (Log lines reach this process a moment after the replies.)
      const expectedDrops = droppedBefore + script.messages.length + 1;
      for (let waited = 0; droppedResends() < expectedDrops && waited < 3000; waited += 100) await sleep(100);
      expect(droppedResends()).toBe(expectedDrops);

      const stored = await BlobTicketStore.fromConnectionString(connectionString, 'tickets').listForUser(
        twice.user.userId,
        10,
      );
      expect(stored).toHaveLength(1);
      expect(stored[0]).toMatchObject({ conversationId: twice.user.conversationId, severity: { bot: 'A' } });
      // The ticket id the user was shown is the stored one, announced once.
      const last = replies.at(-1)!.map(visibleText);
      expect([...new Set(last.join('\n').match(new RegExp(TICKET_ID.source, 'g')))]).toEqual([stored[0].id]);
      expect(last.filter((text) => text === t(locale, 'ticketCreated', { id: stored[0].id }))).toHaveLength(1);

      // One alert for it; nothing more arrives after.
      const deadline = Date.now() + 15_000;
      while (webhook.ticketIds.length < alertsBefore + 1 && Date.now() < deadline) await sleep(100);
      await sleep(1500);
      expect(webhook.ticketIds.slice(alertsBefore)).toEqual([stored[0].id]);
    },
    120_000,
  );
});
