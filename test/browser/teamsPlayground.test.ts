import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { t } from '../../src/i18n/catalog';
import { openBrowser, type OpenBrowser } from '../support/browser';
import { startBot, type RunningBot } from '../support/emulator';
import { Child, freePort, tempDir } from '../support/processes';
import { TICKET_ID } from '../support/messages';

const ROOT = path.resolve(__dirname, '../..');
const DOCS = path.join(ROOT, 'docs');
const PLAYGROUND_CLI = path.join(ROOT, 'node_modules/@microsoft/m365agentsplayground/cli.js');

/**
 * The Teams client emulator (Microsoft 365 Agents Playground), offline, on the msteams channel, talking to the bot
 * running without an app id. The playground plays the Teams client and the connector (serviceUrl) at once.
 */
describe('the bot in the Teams client emulator (Agents Playground, msteams channel, Chromium)', () => {
  jest.setTimeout(120_000);
  let bot: RunningBot;
  let playground: Child;
  let playgroundUrl: string;
  let home: ReturnType<typeof tempDir>;
  let browser: OpenBrowser | undefined;

  beforeAll(async () => {
    bot = await startBot({ LOG_LEVEL: 'silent' });
    const port = await freePort();
    home = tempDir('playground-home-');
    playground = new Child(
      spawn(
        process.execPath,
        [PLAYGROUND_CLI, '-e', `${bot.url}/api/messages`, '-c', 'msteams', '-p', String(port), '--disable-telemetry'],
        {
          cwd: home.path,
          // Its settings and logs go to a throw-away home; nothing is sent anywhere (telemetry off, loopback only).
          env: { ...process.env, HOME: home.path, USERPROFILE: home.path },
          stdio: ['ignore', 'pipe', 'pipe'],
        },
      ),
      'agentsplayground',
    );
    await playground.waitFor(new RegExp(`Listening on ${port}`), 60_000);
    playgroundUrl = `http://127.0.0.1:${port}/`;
    mkdirSync(DOCS, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
    if (playground?.running) await playground.kill('SIGTERM', 10_000).catch(() => playground.stop());
    await bot?.close();
    home?.remove();
  });

  test('greeted on install; a whole triage in the Teams chat: card questions answered by clicking, the Adaptive Card answer and the ticket id', async () => {
    browser = await openBrowser({ locale: 'en-US', viewport: { width: 1200, height: 1000 } });
    const { page } = browser;
    await page.goto(playgroundUrl);
    const compose = page.locator('[role="textbox"][data-lexical-editor="true"]');
    await compose.waitFor({ timeout: 30_000 });
    // The playground installs the app in a personal chat (installationUpdate, conversationUpdate): one welcome.
    await page.getByText(t('en', 'welcome').split('\n')[0]).first().waitFor({ timeout: 20_000 });
    // One welcome message in the chat (the chat list's preview line repeats it, so messages are counted as <p>).
    await page.waitForTimeout(1000);
    expect(await page.locator('p', { hasText: t('en', 'welcome').split('\n')[0] }).count()).toBe(1);

    await compose.click();
    await page.keyboard.type(
      'Outlook on the web shows a blank page after sign-in for all 120 people in our office since 9am; nobody can read mail.',
    );
    await page.keyboard.press('Enter');

    // The bot's questions, in the order it asks them for this description. Each arrives as an Adaptive Card whose
    // Action.Submit buttons carry a messageBack, which the playground posts as Teams does: the button is clicked.
    const answers: Array<[question: string, button: string]> = [
      [t('en', 'askWorkaround'), t('en', 'no')],
      [t('en', 'askSeverityConfirm'), t('en', 'severityAgree')],
      [t('en', 'askPlan'), 'Microsoft 365 Business Standard'],
      [t('en', 'askChannel'), t('en', 'channel.direct')],
    ];
    for (const [question, button] of answers) {
      try {
        await page.getByText(question, { exact: false }).last().waitFor({ timeout: 20_000 });
        await page.getByRole('button', { name: button, exact: true }).last().waitFor({ timeout: 5_000 });
      } catch (error) {
        await page.screenshot({ path: path.join(home.path, 'failed.png') }).catch(() => undefined);
        throw new Error(
          `${(error as Error).message}\nthe playground showed:\n${(await page.locator('body').innerText()).slice(0, 3000)}`,
          { cause: error },
        );
      }
      await page.getByRole('button', { name: button, exact: true }).last().click();
    }

    // The answer: an Adaptive Card rendered by the playground's Teams renderer, then the ticket id.
    await page.getByText(t('en', 'card.title'), { exact: true }).last().waitFor({ timeout: 20_000 });
    const created = page.getByText(/Your ticket number is/).last();
    await created.waitFor({ timeout: 20_000 });
    const ticketId = (await created.innerText()).match(TICKET_ID)?.[0];
    expect(ticketId).toBeDefined();
    // No webhook and no Teams channel registered here: the bot says no one was alerted, never that someone was.
    const noTarget = t('en', 'claims.noAlertTarget').split('{route}')[0].trim();
    await page.getByText(noTarget, { exact: false }).last().waitFor({ timeout: 10_000 });
    expect(await page.getByText(t('en', 'alertSent')).count()).toBe(0);

    // The ticket was made from Teams activities: channel msteams, the clicked answers recorded.
    const ticket = await bot.app.services.tickets.get(ticketId!);
    expect(ticket).toMatchObject({
      channelId: 'msteams',
      plan: expect.stringMatching(/business.?standard/i),
      purchaseChannel: 'direct',
    });
    expect(ticket!.severity?.bot).toBe('A');

    await page.getByText(t('en', 'card.title'), { exact: true }).last().scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(DOCS, 'teams-playground.png') });
  });
});
