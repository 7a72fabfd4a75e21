import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import pino, { type Logger } from 'pino';
import { buildApp } from '../../src/index';
import { loadConfig } from '../../src/config';

export interface RunningBot {
  url: string;
  close: () => Promise<void>;
  /** The composition root's parts (alerter, metrics, services) for tests that look inside. */
  app: ReturnType<typeof buildApp>;
}

/**
 * Starts the real server (composition root and all) on a free port. Tests that do not choose a store get memory
 * (STORAGE: 'sqlite' or 'blob' in env for the durable ones), so they share no database file.
 */
export async function startBot(
  env: Record<string, string> = {},
  logger: Logger = pino({ level: 'silent' }),
): Promise<RunningBot> {
  const app = buildApp(loadConfig({ STORAGE: 'memory', ...env }), logger);
  await new Promise<void>((resolve) => app.server.listen(0, '127.0.0.1', resolve));
  const { port } = app.server.address() as AddressInfo;
  const close = async () => {
    await new Promise<void>((resolve) => app.server.close(() => resolve()));
    await app.alerter.stop();
    await app.stores.close();
  };
  return { url: `http://127.0.0.1:${port}`, close, app };
}

export interface ReceivedReply {
  type: string;
  text?: string;
  attachments?: Array<{ contentType: string; content: unknown }>;
  replyToId?: string;
  conversation?: { id: string };
}

/**
 * The Bot Framework Emulator's side of the protocol: a local serviceUrl that receives the bot's replies
 * (POST /v3/conversations/{id}/activities[/{replyToId}]), keeping them per conversation.
 */
export class EmulatorConnector {
  private server?: Server;
  private readonly replies = new Map<string, ReceivedReply[]>();
  url = '';
  /** TCP connections the bot has opened to deliver replies. */
  connections = 0;

  async start(): Promise<void> {
    this.server = createServer(
      (req, res) =>
        void this.receive(req).then((status) => {
          res.writeHead(status, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ id: randomUUID() }));
        }),
    );
    this.server.on('connection', () => this.connections++);
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server?.close(() => resolve()) ?? resolve());
  }

  /** Takes (and forgets) what the bot has sent to a conversation so far. */
  take(conversationId: string): ReceivedReply[] {
    const replies = this.replies.get(conversationId) ?? [];
    this.replies.set(conversationId, []);
    return replies;
  }

  private async receive(req: IncomingMessage): Promise<number> {
    const match = req.url?.match(/^\/v3\/conversations\/([^/]+)\/activities/);
    if (req.method !== 'POST' || !match) return 404;
    let body = '';
    for await (const chunk of req) body += chunk;
    const conversationId = decodeURIComponent(match[1]);
    const list = this.replies.get(conversationId) ?? [];
    list.push(JSON.parse(body) as ReceivedReply);
    this.replies.set(conversationId, list);
    return 200;
  }
}

/** One user talking to the bot over HTTP, as the Emulator does. */
export class EmulatorUser {
  readonly conversationId = `conv-${randomUUID()}`;
  readonly userId = `user-${randomUUID()}`;

  constructor(
    private readonly botUrl: string,
    private readonly connector: EmulatorConnector,
    private readonly locale: string,
  ) {}

  async post(activity: Record<string, unknown>, headers: Record<string, string> = {}): Promise<Response> {
    return fetch(`${this.botUrl}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({
        id: randomUUID(),
        channelId: 'emulator',
        serviceUrl: this.connector.url,
        conversation: { id: this.conversationId },
        from: { id: this.userId, name: 'User', role: 'user' },
        recipient: { id: 'bot', name: 'Bot', role: 'bot' },
        locale: this.locale,
        timestamp: new Date().toISOString(),
        ...activity,
      }),
    });
  }

  /** Joins the conversation (the Emulator's conversationUpdate) and returns the bot's replies. */
  async join(): Promise<ReceivedReply[]> {
    await this.expectAccepted(
      await this.post({ type: 'conversationUpdate', membersAdded: [{ id: this.userId }, { id: 'bot' }] }),
    );
    return this.connector.take(this.conversationId);
  }

  /** Sends a message and returns every reply the bot posted for it. */
  async say(text: string): Promise<ReceivedReply[]> {
    await this.expectAccepted(await this.post({ type: 'message', text }));
    return this.connector.take(this.conversationId);
  }

  /** Clicks a card button: posts its value, as Teams and Web Chat do for Action.Submit. */
  async submit(value: Record<string, unknown>): Promise<ReceivedReply[]> {
    await this.expectAccepted(await this.post({ type: 'message', value }));
    return this.connector.take(this.conversationId);
  }

  private async expectAccepted(response: Response): Promise<void> {
    if (response.status >= 300) throw new Error(`bot answered HTTP ${response.status}: ${await response.text()}`);
  }
}

/** A reply as a person would read it in the Emulator: its text, or the text of its card. */
export function visibleText(reply: ReceivedReply): string {
  if (reply.text) return reply.text;
  const texts: string[] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const record = node as Record<string, unknown>;
      if (typeof record.text === 'string') texts.push(record.text);
      if (typeof record.title === 'string' && typeof record.value === 'string' && record.title !== record.value)
        texts.push(`${record.title}: ${record.value}`);
      else if (typeof record.title === 'string') texts.push(`[${record.title}]`);
      Object.values(record).forEach((v) => typeof v === 'object' && walk(v));
    }
  };
  for (const attachment of reply.attachments ?? []) walk(attachment.content);
  return texts.join('\n');
}

/**
 * The real server and an Emulator-side connector for one test file: started before its tests, stopped after.
 * `server.bot()` is the running bot (started in beforeAll).
 */
export function useRunningBot(
  env: Record<string, string> = {},
  logger?: Logger,
): { bot: () => RunningBot; connector: EmulatorConnector } {
  let bot: RunningBot | undefined;
  const connector = new EmulatorConnector();
  beforeAll(async () => {
    await connector.start();
    bot = await startBot(env, logger);
  });
  afterAll(async () => {
    await bot?.close();
    await connector.stop();
  });
  return {
    bot: () => {
      if (!bot) throw new Error('the bot is started in beforeAll');
      return bot;
    },
    connector,
  };
}
