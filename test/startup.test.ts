import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadTriageData } from '../src/domain/data/loadData';
import { loadConfig } from '../src/config';

const ROOT = resolve(__dirname, '..');

function brokenDataDir(file: string, breakIt: (json: any) => void): string {
  const dir = mkdtempSync(join(tmpdir(), 'triage-data-'));
  cpSync(join(ROOT, 'data'), dir, { recursive: true });
  const json = JSON.parse(readFileSync(join(dir, file), 'utf8'));
  breakIt(json);
  writeFileSync(join(dir, file), JSON.stringify(json));
  return dir;
}

describe('start-up refuses bad data and configuration with one clear line', () => {
  test('a contact row without phones names the file and the field', () => {
    const dir = brokenDataDir('contacts.json', (json) => (json.rows[3].phones = []));
    expect(() => loadTriageData(dir)).toThrow(/^data\/contacts\.json: rows\[3\]\.phones: /);
  });

  test('an unknown time zone names the file and the field', () => {
    const dir = brokenDataDir('contacts.json', (json) => (json.rows[0].hours[0].timeZone = 'Mars/Olympus'));
    expect(() => loadTriageData(dir)).toThrow(/^data\/contacts\.json: rows\[0\]\.hours\[0\]\.timeZone: /);
  });

  test('a file that is not JSON says so', () => {
    const dir = brokenDataDir('contacts.json', () => undefined);
    writeFileSync(join(dir, 'contacts.json'), '{ not json');
    expect(() => loadTriageData(dir)).toThrow(/^data\/contacts\.json: invalid JSON/);
  });

  test.each([
    [{ PORT: 'eighty' }, /^environment: PORT: /],
    [{ MicrosoftAppId: 'abc' }, /^environment: MicrosoftAppPassword: /],
    [{ DEFAULT_LOCALE: 'fr' }, /^environment: DEFAULT_LOCALE: /],
    [{ ALERT_WEBHOOK_URL: 'not a url' }, /^environment: ALERT_WEBHOOK_URL: /],
  ])('configuration %j is refused', (env, message) => {
    expect(() => loadConfig(env)).toThrow(message);
  });

  test('the server process exits with one line, not a stack trace, on a bad setting', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/index.ts'], {
      cwd: ROOT,
      env: { ...process.env, PORT: 'eighty' },
      encoding: 'utf8',
      timeout: 20000,
    });
    expect(run.status).toBe(1);
    expect(run.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^Cannot start: environment: PORT: /)]);
  });
});
