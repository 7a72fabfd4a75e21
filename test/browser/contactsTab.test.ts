import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { t } from '../../src/i18n/catalog';
import { useBrowserPerTest } from '../support/browser';
import { useRunningBot } from '../support/emulator';

const DOCS = path.resolve(__dirname, '../../docs');

describe('the Contacts tab in a plain browser (Chromium, outside Teams)', () => {
  jest.setTimeout(60_000);
  const server = useRunningBot({ LOG_LEVEL: 'silent' });
  const browsers = useBrowserPerTest();

  beforeAll(() => mkdirSync(DOCS, { recursive: true }));

  async function openTab(locale: string, query = '') {
    const browser = await browsers.open({ locale, viewport: { width: 900, height: 640 } });
    const { page } = browser;
    const started = Date.now();
    await page.goto(`${server.bot().url}/tab${query}`);
    await page.locator('body[data-ready="true"]').waitFor({ timeout: 10_000 });
    return { page, readyAfterMs: Date.now() - started };
  }

  async function search(text: string) {
    const { page } = browsers.current;
    await page.locator('#query').fill(text);
    await page.locator('#query').press('Enter');
    await page.locator('#status[data-status]').waitFor();
    return page;
  }

  test('Japanese browser: not in Teams, so plain-browser mode at once; スイス shows both Swiss rows with phones, hours and open-now', async () => {
    const { page, readyAfterMs } = await openTab('ja-JP');
    // The Teams check is raced against 1.5 s: outside Teams the page never waits on it for long.
    expect(readyAfterMs).toBeLessThan(5_000);
    expect(await page.locator('#mode').innerText()).toBe(t('ja', 'tab.modeBrowser'));
    expect(await page.locator('h1').innerText()).toBe(t('ja', 'tab.title'));

    await search('スイス');
    const rows = page.locator('article.contact');
    await expectCount(rows, 2);
    expect((await rows.evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-row-id')))).sort()).toEqual([
      'CH-de',
      'CH-fr',
    ]);
    expect(await page.locator('article.contact .name').allInnerTexts()).toEqual(
      expect.arrayContaining(['スイス (フランス語)', 'スイス (ドイツ語)']),
    );
    for (const row of await rows.all()) {
      expect(await row.locator('.phones li').count()).toBeGreaterThan(0);
      expect(await row.locator('.badge').innerText()).toMatch(
        // In European summer the two readings of the seed's "(GMT)" may disagree about now: "uncertain".
        new RegExp(`^(${t('ja', 'tab.openNow')}|${t('ja', 'tab.closedNow')}|${t('ja', 'tab.maybeOpen')})$`),
      );
      expect(await row.locator('.hours li').first().innerText()).toMatch(/\d\d:\d\d–\d\d:\d\d/);
    }
    await page.screenshot({ path: path.join(DOCS, 'contacts-tab.png'), fullPage: true });
    expect(browsers.current.errors).toEqual([]);
  });

  test('English browser: "Brasil" finds Brazil with phones in three languages and three desks\' hours', async () => {
    const { page } = await openTab('en-US');
    await search('Brasil');
    const row = page.locator('article.contact');
    await expectCount(row, 1);
    expect(await row.getAttribute('data-row-id')).toBe('BR');
    expect(
      await row.locator('.phones li').evaluateAll((items) => items.map((li) => li.getAttribute('data-language'))),
    ).toEqual(['en', 'es', 'pt']);
    // Valid US numbers: tel: links, said to be in the United States (the seed's note says so too).
    expect(await row.locator('.phones li').allInnerTexts()).toEqual([
      'English: +1 305 715-1492 (United States number; international rates may apply)',
      'Spanish: +1 305 715-1490 (United States number; international rates may apply)',
      'Portuguese: +1 305 715-1491 (United States number; international rates may apply)',
    ]);
    expect(await row.locator('.phones li a').first().getAttribute('href')).toBe('tel:+13057151492');
    expect(await row.locator('.hours li').count()).toBe(3);
    expect(await row.locator('.hours li').nth(2).innerText()).toContain(
      'Portuguese: Mon–Fri 09:00–18:00 (America/Sao_Paulo)',
    );
  });

  test("English browser: Hong Kong's number is plain text with its note (no tel: link), after the form-first sentence", async () => {
    const { page } = await openTab('en-US');
    await search('Hong Kong');
    const row = page.locator('article.contact');
    await expectCount(row, 1);
    expect(await row.locator('.phones li a').count()).toBe(0);
    expect(await row.locator('.phones li .doubtful').innerText()).toContain(
      '(91) (80) 85,230,027,866 (may not be dialable as printed',
    );
    expect(await row.locator('.form-first').innerText()).toContain('please use the request form first');
  });

  test('a place with no row says so; markup typed into the search is shown as text, never run', async () => {
    const { page } = await openTab('en-US');
    const hostile = '<img src=x onerror="window.__pwned=1">Atlantis';
    await search(hostile);
    expect(await page.locator('#status').getAttribute('data-status')).toBe('none');
    expect(await page.locator('#status').innerText()).toBe(t('en', 'tab.none', { query: hostile }));
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.evaluate(() => (globalThis as { __pwned?: number }).__pwned)).toBeUndefined();
  });

  test('inside a frame that is not Teams, the page still becomes usable within the Teams-check timeout', async () => {
    const browser = await browsers.open({ locale: 'en-US' });
    const { page } = browser;
    await page.goto(`${server.bot().url}/healthz`);
    const started = Date.now();
    await page.setContent(`<iframe id="tab" src="${server.bot().url}/tab?q=Japan" width="800" height="600"></iframe>`);
    const frame = page.frameLocator('#tab');
    await frame.locator('body[data-ready="true"]').waitFor({ timeout: 10_000 });
    expect(Date.now() - started).toBeLessThan(6_000);
    expect(await frame.locator('#mode').innerText()).toBe(t('en', 'tab.modeBrowser'));
    await expectCount(frame.locator('article.contact'), 1);
  });
});

/** Waits (at most 10 s) until the locator matches `count` elements, then asserts it. */
async function expectCount(locator: { count(): Promise<number> }, count: number): Promise<void> {
  const deadline = Date.now() + 10_000;
  let seen = await locator.count();
  while (seen !== count && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 100));
    seen = await locator.count();
  }
  expect(seen).toBe(count);
}
