import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const ROOT = resolve(__dirname, '../..');
const bin = (name: string) => resolve(ROOT, 'node_modules/.bin', name);

/** Runs a tool from the project root and returns what it printed, whether it passed or not. */
async function output(tool: string, args: string[]): Promise<string> {
  try {
    const { stdout } = await run(bin(tool), args, { cwd: ROOT, maxBuffer: 32 * 1024 * 1024 });
    return stdout;
  } catch (error) {
    const failed = error as { stdout?: string; stderr?: string };
    return `${failed.stdout ?? ''}${failed.stderr ?? ''}`;
  }
}

describe('code style', () => {
  test('ESLint (typescript-eslint) finds no problem anywhere in the tree', async () => {
    const report = JSON.parse(await output('eslint', ['.', '--format', 'json'])) as Array<{
      filePath: string;
      messages: Array<{ line: number; ruleId: string | null; message: string }>;
    }>;
    const problems = report.flatMap((file) =>
      file.messages.map((m) => `${file.filePath.slice(ROOT.length + 1)}:${m.line} ${m.ruleId ?? ''} ${m.message}`),
    );
    expect(problems).toEqual([]);
  }, 180_000);

  test('every file is formatted as Prettier formats it', async () => {
    const unformatted = (await output('prettier', ['--list-different', '.'])).split('\n').filter(Boolean);
    expect(unformatted).toEqual([]);
  }, 180_000);
});
