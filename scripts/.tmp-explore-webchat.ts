import { chromium } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startBot } from '/work/main/test/support/emulator';
(async () => {
  const bot = await startBot({ LOG_LEVEL: 'warn' } as any);
  const dir = mkdtempSync(path.join(tmpdir(), 'cr-'));
  const ctx = await chromium.launchPersistentContext(dir, { executablePath: '/usr/bin/chromium', headless: true, locale: 'ja-JP',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
  const page = ctx.pages()[0] ?? await ctx.newPage();
  page.on('console', (m) => console.log('CONSOLE', m.type(), m.text().slice(0, 300)));
  page.on('pageerror', (e) => console.log('PAGEERROR', e.message));
  await page.goto(bot.url + '/');
  await page.waitForTimeout(5000);
  const html = await page.evaluate(() => document.getElementById('webchat')!.outerHTML);
  require('fs').writeFileSync('/tmp/wc.html', html);
  await page.screenshot({ path: '/tmp/wc1.png' });
  const box = page.getByRole('textbox');
  console.log('textboxes', await box.count());
  await box.first().fill('Outlook が全社で使えません。全員メールを送受信できず、回避策もありません。');
  await box.first().press('Enter');
  await page.waitForTimeout(4000);
  await page.screenshot({ path: '/tmp/wc2.png' });
  require('fs').writeFileSync('/tmp/wc2.html', await page.evaluate(() => document.getElementById('webchat')!.outerHTML));
  await ctx.close(); rmSync(dir, { recursive: true, force: true }); await bot.close();
})();
