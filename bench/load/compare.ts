// npm run bench:compare -- --baseline DIR — this bot beside another checkout of it, under the same load at the same
// moments: both servers start as child processes, and the load (50 users playing the scripted triages) goes to one, then
// the other, in short alternating windows, so a change in the machine's speed falls on both alike.
//
//   npm run bench:compare -- --baseline ../before [--windows 8] [--window 3] [--concurrency 50] [--warmup 6]
//                            [--profile DIR]   CPU profiles of both servers (DIR/baseline, DIR/this) and DIR/windows.txt
//                                              (each window: side, start and end in µs of the monotonic clock, turns)
//
// DIR is a checkout with its own bench/load/triageBot.ts (a git worktree of an older commit, with node_modules linked).
// Prints each side's turns/s and CPU per turn over all its windows, and this checkout's ratio to the baseline. Run it
// several times: each run's processes settle into their own compiled code, so runs differ by a few percent.
import { fork, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { bounded, flag, procCpuSeconds, startNodeFlags } from './benchOptions';
import { LoadConnector, runLoad } from './driver';
import { LOAD_SCRIPTS } from './scripts';

const THIS = resolve(__dirname, '../..');
const BASELINE = resolve(flag('baseline', ''));
const WINDOWS = bounded('windows', 8, 1, 100);
const WINDOW_S = bounded('window', 3, 1, 60);
const CONCURRENCY = bounded('concurrency', 50, 1, 1000);
const WARMUP_S = bounded('warmup', 6, 0, 120);
const PROFILE_DIR = flag('profile', '');

interface Side {
  label: string;
  child: ChildProcess;
  url: string;
  tempDir: string;
  turns: number;
  seconds: number;
  cpuSeconds: number;
  errors: number;
}

async function startSide(label: string, root: string, profileName: string): Promise<Side> {
  const tempDir = mkdtempSync(join(tmpdir(), 'bench-compare-'));
  const child = fork(join(root, 'bench/load/triageBot.ts'), [], {
    cwd: root,
    execArgv: [
      '--import',
      'tsx',
      ...startNodeFlags(root),
      ...(PROFILE_DIR ? ['--cpu-prof', `--cpu-prof-dir=${resolve(PROFILE_DIR, profileName)}`] : []),
    ],
    env: { ...process.env, NODE_ENV: 'production', STORAGE_PATH: join(tempDir, 'triage.db'), PORT: '3978' },
    stdio: ['ignore', 'ignore', 'ignore', 'ipc'],
  });
  const port = await new Promise<number>((ready, fail) => {
    const timer = setTimeout(() => fail(new Error(`${label} did not start within 60 s`)), 60_000);
    child.on('message', (m: { type?: string; port?: number }) => {
      if (m?.type === 'ready' && m.port) {
        clearTimeout(timer);
        ready(m.port);
      }
    });
    child.once('exit', (code) => fail(new Error(`${label} exited with ${code} before it was ready`)));
  });
  return { label, child, url: `http://127.0.0.1:${port}`, tempDir, turns: 0, seconds: 0, cpuSeconds: 0, errors: 0 };
}

async function main(): Promise<void> {
  if (!BASELINE || !existsSync(join(BASELINE, 'bench/load/triageBot.ts')))
    throw new Error('--baseline DIR: a checkout of this bot with bench/load/triageBot.ts');
  const sides = [await startSide('baseline', BASELINE, 'baseline'), await startSide('this checkout', THIS, 'this')];
  const windows: string[] = [];
  const connector = new LoadConnector([]);
  await connector.start();
  try {
    const load = (side: Side, warmupMs: number, durationMs: number) =>
      runLoad({
        botUrl: side.url,
        connector,
        scripts: LOAD_SCRIPTS,
        concurrency: CONCURRENCY,
        warmupMs,
        durationMs,
        expectTickets: true,
      });
    for (const side of sides) await load(side, WARMUP_S * 1000, 1000);
    for (let w = 0; w < WINDOWS; w++) {
      for (const side of w % 2 ? [...sides].reverse() : sides) {
        const cpuBefore = procCpuSeconds(side.child.pid!);
        const startedUs = process.hrtime.bigint() / 1000n;
        const result = await load(side, 0, WINDOW_S * 1000);
        windows.push(
          `${side.label === 'baseline' ? 'baseline' : 'this'} ${startedUs} ${process.hrtime.bigint() / 1000n} ${result.turns}`,
        );
        side.cpuSeconds += procCpuSeconds(side.child.pid!) - cpuBefore;
        side.turns += result.turns;
        side.seconds += result.seconds;
        side.errors += result.errors;
      }
    }
    const rate = (s: Side) => s.turns / s.seconds;
    for (const s of sides)
      console.log(
        `${s.label.padEnd(14)} ${rate(s).toFixed(1).padStart(7)} turns/s over ${s.seconds.toFixed(0)} s, ` +
          `CPU ${((s.cpuSeconds / s.turns) * 1e6).toFixed(0)} µs a turn, errors ${s.errors}`,
      );
    console.log(`this checkout ÷ baseline: ${(rate(sides[1]!) / rate(sides[0]!)).toFixed(3)}`);
    if (PROFILE_DIR) {
      mkdirSync(PROFILE_DIR, { recursive: true });
      writeFileSync(join(PROFILE_DIR, 'windows.txt'), windows.join('\n') + '\n');
    }
  } finally {
    await connector.stop();
    // a disconnected child exits by itself (bench/load/childHarness.ts), so --cpu-prof can write its profile
    await Promise.all(
      sides.map(
        (s) =>
          new Promise<void>((exited) => {
            const timer = setTimeout(() => s.child.kill(), 10_000);
            s.child.once('exit', () => (clearTimeout(timer), exited()));
            if (s.child.connected) s.child.disconnect();
            else s.child.kill();
          }),
      ),
    );
    for (const s of sides) rmSync(s.tempDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(`bench:compare failed: ${(error as Error).message}`);
  process.exit(1);
});
