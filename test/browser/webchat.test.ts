import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Locale } from '../../src/domain/types';
import { t } from '../../src/i18n/catalog';
import { useBrowserPerTest } from '../support/browser';
import { useRunningBot } from '../support/emulator';
import { TICKET_ID, WebChatPage, type Answer } from './webChatPage';

const DOCS = path.resolve(__dirname, '../../docs');

/** What a user clicks when the bot asks: a company-wide outage, no workaround, Business Standard bought through a CSP partner. */
const answersIn = (locale: Locale): Answer[] => [
  { question: t(locale, 'askScope'), button: t(locale, 'scopeMany') },
  { question: t(locale, 'askWorkaround'), button: t(locale, 'no') },
  { question: t(locale, 'askSeverityConfirm'), button: t(locale, 'severityAgree') },
  { question: t(locale, 'askPlan'), button: 'Microsoft 365 Business Standard' },
  { question: t(locale, 'askChannel'), button: t(locale, 'channel.csp') },
];

describe('the web chat page in a real browser (Chromium, local Direct Line)', () => {
  jest.setTimeout(120_000);
  const server = useRunningBot({ LOG_LEVEL: 'silent' });
  const browsers = useBrowserPerTest();

  beforeAll(() => mkdirSync(DOCS, { recursive: true }));

  async function openChat(browserLocale: string, viewport?: { width: number; height: number }): Promise<WebChatPage> {
    const browser = await browsers.open({ locale: browserLocale, viewport });
    const chat = new WebChatPage(browser.page);
    await chat.open(`${server.bot().url}/`);
    return chat;
  }

  test('Japanese browser: greeted in Japanese, a whole triage by typing and clicking, answer card with the ticket id; a refresh continues it', async () => {
    const chat = await openChat('ja-JP', { width: 1000, height: 1300 });
    expect(await browsers.current.page.locator('html').getAttribute('lang')).toBe('ja');
    await chat.shows(t('ja', 'welcome').split('\n')[0]);

    await chat.say('Outlook が全社で使えません。全員メールを送受信できず、業務が止まっています。');
    const card = await chat.answerUntilTicket(answersIn('ja'), t('ja', 'card.title'), {
      // The conversation so far, as a person sees it just before the last click.
      beforeAnswer: async (answer, question) => {
        if (answer.question !== t('ja', 'askChannel')) return;
        await question.scrollIntoViewIfNeeded();
        await browsers.current.page.screenshot({ path: path.join(DOCS, 'webchat-ja.png') });
      },
    });
    const ticketId = (await card.innerText()).match(TICKET_ID)![0];
    await chat.shows(ticketId);
    expect(await card.innerText()).toContain('CSP');

    await card.scrollIntoViewIfNeeded();
    await card.screenshot({ path: path.join(DOCS, 'answer-card.png') });

    // A refresh shows the same conversation, and the next message continues it as the same user.
    await browsers.current.page.reload();
    await chat.sendBox.waitFor({ state: 'visible' });
    await chat.shows('Outlook が全社で使えません。');
    await chat.shows(t('ja', 'card.title'));
    const shownBefore = await chat.activitiesShowing(ticketId).count();
    await chat.say('チケット一覧');
    await chat.showsMoreThan(ticketId, shownBefore);
    expect(browsers.current.errors).toEqual([]);
    expect(browsers.current.blocked).toEqual([]);
  });

  test('English browser: greeted in English, a whole triage by typing and clicking, answer card with the ticket id', async () => {
    const chat = await openChat('en-US');
    expect(await browsers.current.page.locator('html').getAttribute('lang')).toBe('en');
    await chat.shows(t('en', 'welcome').split('\n')[0]);

    await chat.say(
      'SharePoint Online is down for every user in the company; no one can open any site and there is no workaround.',
    );
    const card = await chat.answerUntilTicket(answersIn('en'), t('en', 'card.title'));
    expect(await card.innerText()).toMatch(TICKET_ID);
    expect(await card.innerText()).toContain('CSP');
    expect(browsers.current.errors).toEqual([]);
    expect(browsers.current.blocked).toEqual([]);
  });

  test('a refresh in the middle of a triage resumes the same conversation where it was', async () => {
    const chat = await openChat('en-US');
    await chat.say('hello');
    await chat.shows(t('en', 'askDescription'));

    await browsers.current.page.reload();
    await chat.sendBox.waitFor({ state: 'visible' });
    await chat.shows(t('en', 'askDescription'));
    expect(await chat.text()).toContain('hello');

    // The bot still waits for the description: the answer is routed, not asked for again.
    await chat.say('Teams meetings drop every few minutes for all 40 people in our sales team since Monday.');
    await chat.shows(/Technical support/);
    expect(await chat.activitiesShowing(t('en', 'askDescription')).count()).toBe(1);
  });

  test('the language toggle switches Web Chat and the bot to the other language', async () => {
    const chat = await openChat('en-US');
    await chat.shows(t('en', 'welcome').split('\n')[0]);
    expect(await chat.languageToggle.innerText()).toBe('日本語');

    await chat.languageToggle.click();
    await chat.shows(t('ja', 'languageSwitched'));
    expect(await browsers.current.page.locator('html').getAttribute('lang')).toBe('ja');
    expect(await chat.languageToggle.innerText()).toBe('English');
    expect(await browsers.current.page.locator('#title').innerText()).toBe('サポート受付');

    await chat.say('hello');
    await chat.shows(t('ja', 'askDescription'));
  });
});
