// What bench:load and bench:compare share: their flags, the node flags a checkout's bot starts with, and a child
// process's CPU time from /proc.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** `--name value` from the command line, else BENCH_NAME from the environment, else the fallback. */
export function flag(name: string, fallback: string): string {
  const args = process.argv.slice(2);
  const i = args.indexOf(`--${name}`);
  if (i >= 0 && args[i + 1] !== undefined && !args[i + 1]!.startsWith('--')) return args[i + 1]!;
  const env = process.env[`BENCH_${name.toUpperCase().replace(/-/g, '_')}`];
  return env ?? fallback;
}

export const has = (name: string) => process.argv.slice(2).includes(`--${name}`);

/** A numeric flag; one that is not a number in [min, max] stops the bench with a one-line message (no stack). */
export function bounded(name: string, fallback: number, min: number, max: number): number {
  const value = Number(flag(name, String(fallback)));
  if (!Number.isFinite(value) || value < min || value > max) {
    console.error(`--${name} must be a number from ${min} to ${max}`);
    process.exit(2);
  }
  return value;
}

/** CPU seconds (user + system) a process has used so far. */
export function procCpuSeconds(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return NaN;
  }
}

/** The node flags `npm start` runs the bot with (the checkout's package.json), so the bench runs it the same way. */
export function startNodeFlags(root: string): string[] {
  const { scripts } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: { start: string } };
  const node = scripts.start
    .split('&&')
    .map((part) => part.trim().split(/\s+/))
    .find((words) => words[0] === 'node');
  return (node ?? []).filter((word) => word.startsWith('--'));
}
