// The Emulator's side of the protocol under load: a local connector (the serviceUrl) that receives the bots' replies,
// and many concurrent users, each playing whole scripted conversations over HTTP. Only 127.0.0.1 is ever contacted.
import { Agent, createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ConversationScript } from './scripts';

interface ConversationTrack {
  replies: number;
  ticket: boolean;
  errorReply: boolean;
}

/** Receives POST /v3/conversations/{id}/activities[/{replyToId}] and keeps a few counters per conversation. */
export class LoadConnector {
  private server?: Server;
  private readonly tracks = new Map<string, ConversationTrack>();
  url = '';
  received = 0;
  /** TCP connections the bots opened to deliver replies (few means kept alive). */
  connections = 0;

  constructor(private readonly errorTexts: string[]) {}

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      const match = /^\/v3\/conversations\/([^/]+)\/activities/.exec(req.url ?? '');
      let body = '';
      req.setEncoding('utf8');
      req.on('data', (chunk: string) => (body += chunk));
      req.on('end', () => {
        if (req.method !== 'POST' || !match) {
          res.writeHead(404).end();
          return;
        }
        this.received++;
        const track = this.tracks.get(decodeURIComponent(match[1]));
        if (track) {
          track.replies++;
          if (body.includes('TRG-')) track.ticket = true;
          if (this.errorTexts.some((text) => body.includes(text))) track.errorReply = true;
        }
        const payload = `{"id":"r${this.received}"}`;
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': payload.length }).end(payload);
      });
    });
    this.server.on('connection', () => this.connections++);
    this.server.keepAliveTimeout = 60_000;
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  open(conversationId: string): ConversationTrack {
    const track = { replies: 0, ticket: false, errorReply: false };
    this.tracks.set(conversationId, track);
    return track;
  }

  close(conversationId: string): void {
    this.tracks.delete(conversationId);
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}

export interface LoadOptions {
  botUrl: string;
  connector: LoadConnector;
  scripts: ConversationScript[];
  concurrency: number;
  warmupMs: number;
  durationMs: number;
  /** Stop after this many conversations in all (the memory test), instead of after the time window. */
  conversations?: number;
  /** Count a conversation whose script ends with a ticket but showed none as an error (this bot only). */
  expectTickets: boolean;
  requestTimeoutMs?: number;
  /** Hard cap on turns, whatever else happens. */
  maxTurns?: number;
  onConversationsDone?: (done: number) => Promise<void> | void;
}

export interface LoadResult {
  turns: number;
  seconds: number;
  turnsPerSecond: number;
  p50: number;
  p99: number;
  max: number;
  errors: number;
  errorKinds: Record<string, number>;
  warmupErrors: number;
  conversations: number;
  replies: number;
}

let runId = 0;

/** Plays scripted conversations with `concurrency` users at once; measures the turns of the window after warm-up. */
export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const { botUrl, connector, scripts, concurrency } = options;
  const target = new URL(`${botUrl}/api/messages`);
  if (target.hostname !== '127.0.0.1') throw new Error(`load goes to 127.0.0.1 only, not ${target.hostname}`);
  const agent = new Agent({ keepAlive: true, maxSockets: concurrency + 8 });
  const requestTimeoutMs = options.requestTimeoutMs ?? 30_000;
  const maxTurns = options.maxTurns ?? 5_000_000;
  const run = ++runId;

  const started = performance.now();
  const measureStart = started + options.warmupMs;
  const measureEnd = measureStart + options.durationMs;
  const byCount = options.conversations !== undefined;
  const latencies: number[] = [];
  const errorKinds: Record<string, number> = {};
  let warmupErrors = 0;
  let measuredTurns = 0;
  let totalTurns = 0;
  let conversationsStarted = 0;
  let conversationsDone = 0;
  let replies = 0;
  let stop = false;

  const fail = (kind: string, at: number) => {
    if (!byCount && at < measureStart) warmupErrors++;
    else errorKinds[kind] = (errorKinds[kind] ?? 0) + 1;
  };

  const post = (body: string): Promise<number> =>
    new Promise((resolve, reject) => {
      const req = request(
        target,
        {
          method: 'POST',
          agent,
          timeout: requestTimeoutMs,
          headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
        },
        (res) => {
          res.resume();
          res.on('end', () => resolve(res.statusCode ?? 0));
          res.on('error', reject);
        },
      );
      req.on('timeout', () => req.destroy(new Error('timeout')));
      req.on('error', reject);
      req.end(body);
    });

  const turn = async (
    activity: Record<string, unknown>,
    track: { replies: number; errorReply: boolean },
  ): Promise<boolean> => {
    const repliesBefore = track.replies;
    const t0 = performance.now();
    let kind: string | undefined;
    try {
      const status = await post(JSON.stringify(activity));
      if (status < 200 || status >= 300) kind = `HTTP ${status}`;
    } catch (error) {
      kind =
        (error as Error).message === 'timeout'
          ? 'timeout'
          : `network: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`;
    }
    const t1 = performance.now();
    totalTurns++;
    if (!kind && track.replies === repliesBefore) kind = 'no reply before 200';
    if (!kind && track.errorReply) kind = 'bot apologised (turn failed)';
    replies += track.replies - repliesBefore;
    if (kind) {
      fail(kind, t0);
      return false;
    }
    if (byCount || (t0 >= measureStart && t1 <= measureEnd)) {
      latencies.push(t1 - t0);
      measuredTurns++;
    }
    return true;
  };

  const user = async (index: number) => {
    let conversationNo = 0;
    while (!stop) {
      if (byCount && conversationsStarted >= options.conversations!) break;
      if (!byCount && performance.now() >= measureEnd) break;
      if (totalTurns >= maxTurns) break;
      conversationsStarted++;
      const script = scripts[(index + conversationNo++) % scripts.length];
      const conversationId = `bench-${run}-${index}-${conversationNo}-${Math.random().toString(36).slice(2, 8)}`;
      const userId = `user-${conversationId}`;
      const track = connector.open(conversationId);
      let seq = 0;
      const activity = (extra: Record<string, unknown>) => ({
        id: `${conversationId}-a${++seq}`,
        channelId: 'emulator',
        serviceUrl: connector.url,
        conversation: { id: conversationId },
        from: { id: userId, name: 'User', role: 'user' },
        recipient: { id: 'bot', name: 'Bot', role: 'bot' },
        locale: script.locale,
        timestamp: new Date().toISOString(),
        ...extra,
      });
      let ok = await turn(
        activity({ type: 'conversationUpdate', membersAdded: [{ id: userId }, { id: 'bot' }] }),
        track,
      );
      for (const text of script.lines) {
        if (!ok) break;
        if (!byCount && performance.now() >= measureEnd) break;
        ok = await turn(activity({ type: 'message', text }), track);
      }
      const finished = ok && seq === script.lines.length + 1;
      if (finished && options.expectTickets && script.endsWithTicket && !track.ticket)
        fail('conversation ended without a ticket', performance.now());
      connector.close(conversationId);
      if (finished) {
        conversationsDone++;
        if (byCount && options.onConversationsDone) await options.onConversationsDone(conversationsDone);
      }
    }
  };

  const hardStop = byCount
    ? undefined
    : setTimeout(() => (stop = true), options.warmupMs + options.durationMs + requestTimeoutMs + 5_000);
  await Promise.all(Array.from({ length: concurrency }, (_, i) => user(i)));
  if (hardStop) clearTimeout(hardStop);
  agent.destroy();

  const seconds = byCount ? (performance.now() - started) / 1000 : options.durationMs / 1000;
  latencies.sort((a, b) => a - b);
  const pct = (p: number) =>
    latencies.length ? latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * p))] : NaN;
  const errors = Object.values(errorKinds).reduce((a, b) => a + b, 0);
  return {
    turns: measuredTurns,
    seconds,
    turnsPerSecond: measuredTurns / seconds,
    p50: pct(0.5),
    p99: pct(0.99),
    max: latencies.at(-1) ?? NaN,
    errors,
    errorKinds,
    warmupErrors,
    conversations: conversationsDone,
    replies,
  };
}
