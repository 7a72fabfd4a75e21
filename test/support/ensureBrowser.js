// Jest globalSetup: the browser tests need Debian's Chromium (driven by playwright-core, which downloads nothing)
// and a Japanese font for the screenshots. Installs them with apt-get only when they are missing.
const { existsSync } = require('node:fs');
const { spawnSync } = require('node:child_process');

const CHROMIUM = '/usr/bin/chromium';

function hasJapaneseFont() {
  const result = spawnSync('fc-list', [':lang=ja', 'family'], { encoding: 'utf8' });
  return result.status === 0 && result.stdout.trim().length > 0;
}

function aptInstall(packages) {
  const run = (args) =>
    spawnSync('apt-get', args, {
      encoding: 'utf8',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
      timeout: 600_000,
    });
  const update = run(['update']);
  const install = update.status === 0 ? run(['install', '-y', ...packages]) : update;
  if (install.status !== 0) {
    const output = `${install.stdout ?? ''}${install.stderr ?? ''}`.trim().split('\n').slice(-5).join('\n');
    process.stderr.write(
      `\nbrowser tests: could not install ${packages.join(' ')} with apt-get (they will fail):\n${output || install.error?.message}\n`,
    );
  }
}

module.exports = async function ensureBrowser() {
  const missing = [];
  if (!existsSync(CHROMIUM)) missing.push('chromium');
  if (!hasJapaneseFont()) missing.push('fonts-ipafont-gothic');
  if (missing.length === 0) return;
  process.stdout.write(`\nbrowser tests: installing ${missing.join(' ')} from Debian…\n`);
  aptInstall(missing);
};
