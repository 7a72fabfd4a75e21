import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';

/** Debian's Chromium, headless, with a fresh profile; nothing is downloaded (test/support/ensureBrowser.js installs it). */
export interface OpenBrowser {
  context: BrowserContext;
  page: Page;
  /** Messages the page logged as errors and uncaught exceptions (not the blocked requests' own load failures). */
  errors: string[];
  /** Requests to anywhere but this machine, which were stopped. */
  blocked: string[];
  close: () => Promise<void>;
}

export async function openBrowser({
  locale,
  viewport = { width: 1100, height: 900 },
}: {
  locale: string;
  viewport?: { width: number; height: number };
}): Promise<OpenBrowser> {
  if (!existsSync(CHROMIUM))
    throw new Error(`${CHROMIUM} is missing: install Debian's chromium (apt-get install -y chromium)`);
  const profile = mkdtempSync(path.join(tmpdir(), 'triage-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    locale,
    viewport,
    timeout: 30_000,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--lang=${locale}`,
    ],
  });
  context.setDefaultTimeout(20_000);
  const page = context.pages()[0] ?? (await context.newPage());
  const errors: string[] = [];
  const blocked: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    if (message.text().startsWith('Failed to load resource') && blocked.includes(message.location().url)) return;
    errors.push(message.text());
  });
  // Only this machine's own servers may be reached.
  await context.route(/^(?!https?:\/\/(127\.0\.0\.1|localhost)[:/]).*/, (route) => {
    blocked.push(route.request().url());
    return route.abort();
  });
  return {
    context,
    page,
    errors,
    blocked,
    close: async () => {
      await context.close().catch(() => undefined);
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** One browser per test, closed after it: `browsers.open(…)` opens it, `browsers.current` is the open one. */
export function useBrowserPerTest(): {
  open: (options: Parameters<typeof openBrowser>[0]) => Promise<OpenBrowser>;
  readonly current: OpenBrowser;
} {
  let browser: OpenBrowser | undefined;
  afterEach(async () => {
    await browser?.close();
    browser = undefined;
  });
  return {
    open: async (options) => (browser = await openBrowser(options)),
    get current(): OpenBrowser {
      if (!browser) throw new Error('no browser is open in this test');
      return browser;
    },
  };
}
