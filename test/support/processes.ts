import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../..');

/** A port nobody listens on right now. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as { port: number };
  await new Promise<void>((done) => server.close(() => done()));
  return port;
}

/** A temporary directory, made when its path is first used (so a skipped describe leaves none behind). */
export function tempDir(prefix: string): { readonly path: string; remove: () => void } {
  let path: string | undefined;
  return {
    get path() {
      path ??= mkdtempSync(join(tmpdir(), prefix));
      return path;
    },
    remove: () => void (path && rmSync(path, { recursive: true, force: true })),
  };
}

/** A child process whose output is collected, with a bounded wait for a line and for its exit. */
export class Child {
  output = '';
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;

  constructor(
    readonly process: ChildProcess,
    readonly name: string,
  ) {
    process.stdout?.on('data', (chunk: Buffer) => (this.output += chunk.toString('utf8')));
    process.stderr?.on('data', (chunk: Buffer) => (this.output += chunk.toString('utf8')));
    this.exited = new Promise((done) => process.once('exit', (code, signal) => done({ code, signal })));
  }

  get running(): boolean {
    return this.process.exitCode === null && this.process.signalCode === null;
  }

  /** Resolves when the output matches, rejects if the process exits first or after timeoutMs. */
  async waitFor(pattern: RegExp, timeoutMs = 30_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!pattern.test(this.output)) {
      if (!this.running) throw new Error(`${this.name} exited before printing ${pattern}:\n${this.output}`);
      if (Date.now() > deadline)
        throw new Error(`${this.name} did not print ${pattern} within ${timeoutMs} ms:\n${this.output}`);
      await new Promise((done) => setTimeout(done, 50));
    }
  }

  /** Sends a signal and waits (bounded) for the process to end. */
  async kill(
    signal: NodeJS.Signals,
    timeoutMs = 30_000,
  ): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
    if (this.running) this.process.kill(signal);
    return this.waitForExit(timeoutMs, `of ${signal}`);
  }

  /** Waits (bounded) for the process to end by itself. */
  async waitForExit(timeoutMs = 30_000, what = ''): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new Error(`${this.name} did not exit within ${timeoutMs} ms ${what}:\n${this.output}`)),
        timeoutMs,
      );
    });
    try {
      return await Promise.race([this.exited, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  /** For afterAll: make sure it is gone. */
  async stop(): Promise<void> {
    if (this.running) await this.kill('SIGKILL', 10_000).catch(() => undefined);
  }
}

/** The real server as its own process (`node --import tsx src/index.ts`), started when it says it is listening. */
export async function startBotProcess(env: Record<string, string>): Promise<Child & { url: string }> {
  const port = env.PORT ?? String(await freePort());
  const child = new Child(
    spawn(process.execPath, ['--import', 'tsx', 'src/index.ts'], {
      cwd: ROOT,
      env: {
        ...process.env,
        MicrosoftAppId: '',
        MicrosoftAppPassword: '',
        ALERT_WEBHOOK_URL: '',
        LOG_LEVEL: 'info',
        ...env,
        PORT: port,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    }),
    `bot on port ${port}`,
  );
  try {
    await child.waitFor(/listening on http/, 60_000);
  } catch (error) {
    await child.stop();
    throw error;
  }
  return Object.assign(child, { url: `http://127.0.0.1:${port}` });
}

/** The well-known Azurite development account, on a given blob endpoint. */
export function azuriteConnectionString(port: number): string {
  return (
    'DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;' +
    'AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;' +
    `BlobEndpoint=http://127.0.0.1:${port}/devstoreaccount1;`
  );
}

async function acceptsConnections(port: number): Promise<boolean> {
  return new Promise((done) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => (socket.destroy(), done(true)));
    socket.once('error', () => done(false));
  });
}

/** Azurite's blob service from node_modules/.bin, on `port`, keeping its data in `location`. */
export async function startAzurite(port: number, location: string): Promise<Child> {
  const child = new Child(
    spawn(
      join(ROOT, 'node_modules/.bin/azurite-blob'),
      [
        '--blobHost',
        '127.0.0.1',
        '--blobPort',
        String(port),
        '--location',
        location,
        '--silent',
        '--skipApiVersionCheck',
        '--loose',
      ],
      {
        cwd: location,
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    ),
    `azurite on port ${port}`,
  );
  const deadline = Date.now() + 30_000;
  while (!(await acceptsConnections(port))) {
    if (!child.running || Date.now() > deadline) {
      await child.stop();
      throw new Error(`azurite did not start on port ${port}:\n${child.output}`);
    }
    await new Promise((done) => setTimeout(done, 100));
  }
  return child;
}
