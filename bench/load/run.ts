// npm run bench:load — whole triage conversations under load, beside a stock echo bot and a bare-HTTP ceiling.
//
//   npm run bench:load -- [--concurrency 50] [--warmup 5] [--duration 20] [--rounds 1] [--targets echo,ceiling,triage[,stack]]
//                         [--memory 10000] [--memory-batch 1000] [--no-memory] [--memory-only] [--profile DIR]
// Each flag also reads BENCH_<NAME> from the environment (BENCH_CONCURRENCY=50, BENCH_DURATION=20, ...).
// Every server runs in its own child process; the driver and the connector that receives replies run here.
// Load only goes to 127.0.0.1; every loop is bounded in turns and time; children are killed on exit, even on error.
import { fork, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, existsSync } from 'node:fs';
import { tmpdir, cpus } from 'node:os';
import { join, resolve } from 'node:path';
import { t } from '../../src/i18n/catalog';
import { bounded, flag, has, procCpuSeconds, startNodeFlags } from './benchOptions';
import { LoadConnector, runLoad, type LoadResult } from './driver';
import { LOAD_SCRIPTS, SHORT_NO_TICKET_SCRIPT, SHORT_TICKET_SCRIPT } from './scripts';
import type { Sample } from './childHarness';

type TargetName = 'echo' | 'ceiling' | 'triage' | 'stack';
const ROOT = resolve(__dirname, '../..');
const CHILD_FILES: Record<TargetName, string> = {
  echo: join(__dirname, 'echoBot.ts'),
  ceiling: join(__dirname, 'ceiling.ts'),
  triage: join(__dirname, 'triageBot.ts'),
  stack: join(__dirname, 'stackEcho.ts'),
};
const LABELS: Record<TargetName, string> = {
  echo: '(a) stock echo bot',
  ceiling: '(b) bare HTTP ceiling',
  triage: '(c) this bot',
  stack: '(d) its stack, echo',
};

/** The node flags `npm start` runs the bot with, so the bench runs it the same way. */
const START_NODE_FLAGS = startNodeFlags(ROOT);

const options = {
  concurrency: bounded('concurrency', 50, 1, 1000),
  warmupS: bounded('warmup', 5, 0, 120),
  durationS: bounded('duration', 20, 1, 300),
  rounds: bounded('rounds', 1, 1, 10),
  targets: flag('targets', 'echo,ceiling,triage')
    .split(',')
    .map((s) => s.trim()) as TargetName[],
  memory: has('no-memory') ? 0 : bounded('memory', 10_000, 0, 200_000),
  memoryBatch: bounded('memory-batch', 1000, 100, 100_000),
  memoryOnly: has('memory-only'),
  profileDir: has('profile') ? resolve(flag('profile', join(ROOT, '.profiles'))) : undefined,
};
for (const target of options.targets) if (!(target in CHILD_FILES)) throw new Error(`unknown target ${target}`);

// ---- children -------------------------------------------------------------------------------------------------------

interface Child {
  process: ChildProcess;
  url: string;
  stderr: string[];
  sample(): Promise<Sample>;
}
const children = new Set<ChildProcess>();
const tempDirs: string[] = [];

function killAll(): void {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
}
process.on('exit', killAll);
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => process.exit(130));

async function startChild(target: TargetName, env: Record<string, string>, execArgv: string[] = []): Promise<Child> {
  const child = fork(CHILD_FILES[target], [], {
    cwd: ROOT,
    execArgv: [
      '--import',
      'tsx',
      ...(target === 'triage' || target === 'stack' ? START_NODE_FLAGS : ['--no-deprecation']),
      ...execArgv,
    ],
    env: { ...process.env, NODE_ENV: 'production', ...env },
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
  });
  children.add(child);
  const stderr: string[] = [];
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
    stderr.push(chunk);
    if (stderr.length > 400) stderr.shift();
  });
  const port = await new Promise<number>((resolvePort, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`${target} did not start within 60 s: ${stderr.join('')}`)),
      60_000,
    );
    child.on('message', (message: { type?: string; port?: number }) => {
      if (message?.type === 'ready' && message.port) {
        clearTimeout(timer);
        resolvePort(message.port);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${target} exited with ${code} before it was ready: ${stderr.join('')}`));
    });
  });
  let nextId = 0;
  const sample = () =>
    new Promise<Sample>((resolveSample, reject) => {
      const id = ++nextId;
      const timer = setTimeout(() => reject(new Error(`${target} did not answer a memory sample`)), 30_000);
      const onMessage = (message: { type?: string; id?: number; sample?: Sample }) => {
        if (message?.type === 'sample' && message.id === id) {
          clearTimeout(timer);
          child.off('message', onMessage);
          resolveSample(message.sample!);
        }
      };
      child.on('message', onMessage);
      child.send({ type: 'sample', id });
    });
  return { process: child, url: `http://127.0.0.1:${port}`, stderr, sample };
}

/** Asks the child to exit (so --cpu-prof can write its profile), then kills it if it does not. */
async function stopChild(child: Child): Promise<void> {
  const exited = new Promise<void>((r) =>
    child.process.exitCode !== null ? r() : child.process.once('exit', () => r()),
  );
  if (child.process.connected) child.process.disconnect();
  const timer = setTimeout(() => child.process.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
  children.delete(child.process);
}

/** Resident set size (and its peak) of a process, from /proc; undefined where /proc is not there. */
function procMemory(pid: number): { rssMb: number; peakMb: number } | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+)`, 'm').exec(status)?.[1] ?? NaN);
    return { rssMb: kb('VmRSS') / 1024, peakMb: kb('VmHWM') / 1024 };
  } catch {
    return undefined;
  }
}
function dirBytes(dir: string): number {
  if (!existsSync(dir)) return 0;
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    total += entry.isDirectory() ? dirBytes(path) : statSync(path).size;
  }
  return total;
}

function triageEnv(storagePath: string): Record<string, string> {
  return { STORAGE_PATH: join(storagePath, 'triage.db'), LOG_LEVEL: process.env.LOG_LEVEL ?? 'info', PORT: '3978' };
}
function newTempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'bench-load-'));
  tempDirs.push(dir);
  return dir;
}

// ---- throughput -----------------------------------------------------------------------------------------------------

interface TargetResult extends LoadResult {
  target: TargetName;
  /** Connections opened to the connector per 1,000 replies: ~0 when replies go over kept-alive connections. */
  connectionsPer1000: number;
  rssMb: number;
  peakMb: number;
  cpuPercent: number;
}

async function measureTarget(target: TargetName, connector: LoadConnector): Promise<TargetResult> {
  const storage = newTempDir();
  const execArgv = options.profileDir ? ['--cpu-prof', `--cpu-prof-dir=${options.profileDir}`] : [];
  const child = await startChild(target, target === 'triage' || target === 'stack' ? triageEnv(storage) : {}, execArgv);
  try {
    const pid = child.process.pid!;
    let cpuStart = NaN;
    const cpuTimer = setTimeout(() => (cpuStart = procCpuSeconds(pid)), options.warmupS * 1000);
    let memory: ReturnType<typeof procMemory>;
    let cpuEnd = NaN;
    const endTimer = setTimeout(
      () => {
        memory = procMemory(pid);
        cpuEnd = procCpuSeconds(pid);
      },
      (options.warmupS + options.durationS) * 1000 - 50,
    );
    const connectionsBefore = connector.connections;
    const receivedBefore = connector.received;
    const result = await runLoad({
      botUrl: child.url,
      connector,
      scripts: LOAD_SCRIPTS,
      concurrency: options.concurrency,
      warmupMs: options.warmupS * 1000,
      durationMs: options.durationS * 1000,
      expectTickets: target === 'triage',
    });
    clearTimeout(cpuTimer);
    clearTimeout(endTimer);
    memory ??= procMemory(pid);
    if (child.stderr.length && (result.errors || process.env.BENCH_SHOW_STDERR))
      console.error(`${target} stderr (last lines):\n${child.stderr.join('').split('\n').slice(-10).join('\n')}`);
    return {
      ...result,
      target,
      connectionsPer1000:
        ((connector.connections - connectionsBefore) / Math.max(1, connector.received - receivedBefore)) * 1000,
      rssMb: memory?.rssMb ?? NaN,
      peakMb: memory?.peakMb ?? NaN,
      cpuPercent: ((cpuEnd - cpuStart) / options.durationS) * 100,
    };
  } finally {
    await stopChild(child);
  }
}

const f = (n: number, digits = 0) => (Number.isFinite(n) ? n.toFixed(digits) : 'n/a');

function printResults(results: TargetResult[]): void {
  console.log(
    `\n${'target'.padEnd(24)}${'turns/s'.padStart(9)}${'p50 ms'.padStart(9)}${'p99 ms'.padStart(9)}${'max ms'.padStart(9)}${'errors'.padStart(8)}${'RSS MB'.padStart(8)}${'peak MB'.padStart(9)}${'CPU %'.padStart(7)}${'conn/1k'.padStart(9)}  turns`,
  );
  for (const r of results) {
    console.log(
      `${LABELS[r.target].padEnd(24)}${f(r.turnsPerSecond).padStart(9)}${f(r.p50, 1).padStart(9)}${f(r.p99, 1).padStart(9)}${f(r.max, 0).padStart(9)}${String(r.errors).padStart(8)}${f(r.rssMb).padStart(8)}${f(r.peakMb).padStart(9)}${f(r.cpuPercent).padStart(7)}${f(r.connectionsPer1000, 1).padStart(9)}  ${r.turns}`,
    );
    if (r.errors || r.warmupErrors)
      console.log(`    errors: ${JSON.stringify(r.errorKinds)}; during warm-up: ${r.warmupErrors}`);
  }
  const by = (name: TargetName) => results.find((r) => r.target === name);
  const triage = by('triage');
  const echo = by('echo');
  const ceiling = by('ceiling');
  if (triage && echo) {
    const ratio = triage.turnsPerSecond / echo.turnsPerSecond;
    console.log(
      `this bot ÷ echo bot:  throughput ${f(ratio, 2)}× (goal ≥ 1.00)   p99 ${f(triage.p99, 1)} vs ${f(echo.p99, 1)} ms (goal: no worse)`,
    );
  }
  if (triage && ceiling)
    console.log(
      `this bot ÷ ceiling:   throughput ${f(triage.turnsPerSecond / ceiling.turnsPerSecond, 2)}× (goal ≥ 0.60)`,
    );
  if (triage)
    console.log(
      `this bot errors: ${triage.errors} (goal 0); replies per turn ${f(triage.replies / Math.max(1, triage.turns), 2)}`,
    );
  const stack = by('stack');
  if (stack && echo)
    console.log(
      `its stack with an echo for dialogs ÷ echo bot: throughput ${f(stack.turnsPerSecond / echo.turnsPerSecond, 2)}× (what the dialogs and triage cost is the gap to this bot)`,
    );
}

// ---- memory per conversation and per ticket -------------------------------------------------------------------------

async function measureMemory(connector: LoadConnector): Promise<void> {
  const storage = newTempDir();
  const child = await startChild('triage', triageEnv(storage), ['--expose-gc']);
  try {
    const drive = (script: typeof SHORT_TICKET_SCRIPT, conversations: number, expectTickets: boolean) =>
      runLoad({
        botUrl: child.url,
        connector,
        scripts: [script],
        concurrency: options.concurrency,
        warmupMs: 0,
        durationMs: 0,
        conversations,
        expectTickets,
      });
    await drive(SHORT_TICKET_SCRIPT, 300, true); // warm-up: JIT, lazily built caches
    const base = await child.sample();
    const baseDisk = dirBytes(storage);
    const mb = (bytes: number) => (bytes / 1048576).toFixed(1);
    console.log(
      `\nmemory: ${options.memory} short conversations (join + 2 turns, each ends with a ticket), ${options.concurrency} at a time, sampled after GC every ${options.memoryBatch}`,
    );
    console.log(
      `store: ${JSON.stringify({ storage: base.extra?.storage, tickets: base.extra?.ticketStore })}; STORAGE_PATH in ${storage}`,
    );
    console.log(
      `${'conversations'.padStart(13)}${'RSS MB'.padStart(9)}${'heap MB'.padStart(9)}${'Δheap/conv B'.padStart(14)}${'batch Δ/conv B'.padStart(16)}${'disk MB'.padStart(9)}${'disk/conv B'.padStart(13)}${'errors'.padStart(8)}${'turns/s'.padStart(9)}`,
    );
    console.log(
      `${'0'.padStart(13)}${mb(base.rss).padStart(9)}${mb(base.heapUsed).padStart(9)}${''.padStart(14)}${''.padStart(16)}${mb(baseDisk).padStart(9)}${''.padStart(13)}${''.padStart(8)}`,
    );
    let done = 0;
    let previous = base;
    let last = base;
    let errors = 0;
    const errorKinds: Record<string, number> = {};
    const perBatch: number[] = [];
    while (done < options.memory) {
      const batch = Math.min(options.memoryBatch, options.memory - done);
      const result = await drive(SHORT_TICKET_SCRIPT, batch, true);
      errors += result.errors;
      for (const [kind, n] of Object.entries(result.errorKinds)) errorKinds[kind] = (errorKinds[kind] ?? 0) + n;
      done += batch;
      last = await child.sample();
      const disk = dirBytes(storage);
      const batchDelta = (last.heapUsed - previous.heapUsed) / batch;
      perBatch.push(batchDelta);
      console.log(
        `${String(done).padStart(13)}${mb(last.rss).padStart(9)}${mb(last.heapUsed).padStart(9)}${f((last.heapUsed - base.heapUsed) / done).padStart(14)}${f(batchDelta).padStart(16)}${mb(disk).padStart(9)}${f((disk - baseDisk) / done).padStart(13)}${String(result.errors).padStart(8)}${f(result.turnsPerSecond).padStart(9)}`,
      );
      previous = last;
    }
    const heapPerConversation = (last.heapUsed - base.heapUsed) / done;
    const extra = last.extra ?? {};
    const firstHalf = perBatch.slice(0, Math.ceil(perBatch.length / 2));
    const secondHalf = perBatch.slice(Math.ceil(perBatch.length / 2));
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
    console.log(
      `heap per conversation with its ticket: ${f(heapPerConversation)} B (batch mean, first half ${f(mean(firstHalf))} B, second half ${f(mean(secondHalf))} B: ${mean(secondHalf) <= mean(firstHalf) * 1.25 + 300 ? 'flat or falling: bounded' : 'RISING per batch: look for a leak'})`,
    );
    if (typeof extra.conversations === 'number' && extra.conversations) {
      console.log(
        `stored state: ${extra.conversations} conversations × ${f((extra.conversationBytes as number) / (extra.conversations as number))} B JSON, ${extra.users} users × ${f((extra.userBytes as number) / Math.max(1, extra.users as number))} B JSON`,
      );
    }
    if (typeof extra.tickets === 'number' && extra.tickets)
      console.log(`tickets: ${extra.tickets} × ${f((extra.ticketBytes as number) / (extra.tickets as number))} B JSON`);
    const disk = dirBytes(storage) - baseDisk;
    if (disk > 0) console.log(`on disk: ${f(disk / done)} B per conversation with its ticket (state + ticket)`);

    // Abandoned conversations (state, no ticket) split the heap figure into conversation and ticket.
    const abandoned = Math.max(options.memoryBatch, Math.round(options.memory / 5));
    const before = await child.sample();
    const beforeDisk = dirBytes(storage);
    const result = await drive(SHORT_NO_TICKET_SCRIPT, abandoned, false);
    errors += result.errors;
    const after = await child.sample();
    const heapPerAbandoned = (after.heapUsed - before.heapUsed) / abandoned;
    console.log(
      `${abandoned} abandoned conversations (join + "hi", no ticket): ${f(heapPerAbandoned)} B heap, ${f((dirBytes(storage) - beforeDisk) / abandoned)} B disk each → per ticket ≈ ${f(heapPerConversation - heapPerAbandoned)} B heap`,
    );
    for (const [kind, n] of Object.entries(result.errorKinds)) errorKinds[kind] = (errorKinds[kind] ?? 0) + n;
    console.log(`memory test errors: ${errors}${errors ? ` ${JSON.stringify(errorKinds)}` : ''}`);
  } finally {
    await stopChild(child);
  }
}

// ---- main ------------------------------------------------------------------------------------------------------------

async function main(): Promise<void> {
  const cpuModel = cpus()[0]?.model ?? 'unknown CPU';
  console.log(
    `bench:load — node ${process.version}, ${cpus().length} × ${cpuModel}; ${options.concurrency} concurrent conversations; warm-up ${options.warmupS} s, measured ${options.durationS} s per target`,
  );
  console.log(`scripts: ${LOAD_SCRIPTS.map((s) => `${s.name} (${s.lines.length + 1} turns)`).join(', ')}`);
  console.log(`this bot runs with the node flags of npm start: ${START_NODE_FLAGS.join(' ') || '(none)'}`);
  const connector = new LoadConnector([t('en', 'error'), t('ja', 'error')]);
  await connector.start();
  try {
    if (!options.memoryOnly) {
      const allRounds: TargetResult[][] = [];
      for (let round = 1; round <= options.rounds; round++) {
        if (options.rounds > 1) console.log(`\nround ${round} of ${options.rounds}`);
        const results: TargetResult[] = [];
        for (const target of options.targets) {
          process.stdout.write(`  ${LABELS[target]} … `);
          const result = await measureTarget(target, connector);
          console.log(`${f(result.turnsPerSecond)} turns/s`);
          results.push(result);
        }
        printResults(results);
        allRounds.push(results);
      }
      if (options.rounds > 1) {
        // Other work on a shared machine moves single figures; the median over rounds is steadier.
        const median = (xs: number[]) => {
          const sorted = [...xs].sort((a, b) => a - b);
          const mid = Math.floor(sorted.length / 2);
          return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
        };
        const medians = options.targets.map((target) => {
          const rows = allRounds.map((round) => round.find((r) => r.target === target)!);
          const pick = (key: keyof TargetResult) => median(rows.map((r) => r[key] as number));
          return {
            ...rows[0],
            turnsPerSecond: pick('turnsPerSecond'),
            p50: pick('p50'),
            p99: pick('p99'),
            max: pick('max'),
            rssMb: pick('rssMb'),
            peakMb: pick('peakMb'),
            cpuPercent: pick('cpuPercent'),
            connectionsPer1000: pick('connectionsPer1000'),
            errors: rows.reduce((a, r) => a + r.errors, 0),
            errorKinds: {},
            warmupErrors: rows.reduce((a, r) => a + r.warmupErrors, 0),
            turns: rows.reduce((a, r) => a + r.turns, 0),
            replies: rows.reduce((a, r) => a + r.replies, 0),
          };
        });
        console.log(`\nmedian of ${options.rounds} rounds (errors and turns summed)`);
        printResults(medians);
      }
      if (options.profileDir)
        console.log(
          `\nCPU profiles (one per target) written to ${options.profileDir} (summarise one: npx tsx bench/load/profileSummary.ts FILE)`,
        );
    }
    if (options.memory > 0) await measureMemory(connector);
  } finally {
    await connector.stop();
    for (const child of children) child.kill('SIGKILL');
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`bench:load failed: ${(error as Error).stack ?? error}`);
    process.exit(1);
  },
);
