import type { Locator, Page } from 'playwright-core';
import { TICKET_ID } from '../support/messages';
export { TICKET_ID };

/** A question the bot may ask as a card, and the button a user clicks to answer it. */
export interface Answer {
  question: string;
  button: string;
}

/** What a person sees and does on the web chat page (Web Chat 4.18's DOM, read through roles and visible text). */
export class WebChatPage {
  constructor(readonly page: Page) {}

  async open(url: string): Promise<void> {
    await this.page.goto(url);
    await this.sendBox.waitFor({ state: 'visible' });
  }

  get sendBox(): Locator {
    return this.page.getByRole('textbox');
  }

  get transcript(): Locator {
    return this.page.locator('#webchat [role="log"]').first();
  }

  get cards(): Locator {
    return this.page.locator('#webchat .ac-adaptiveCard');
  }

  get languageToggle(): Locator {
    return this.page.locator('#language');
  }

  /** Types a message and presses Enter, as a person would. */
  async say(text: string): Promise<void> {
    await this.sendBox.fill(text);
    await this.sendBox.press('Enter');
  }

  /** The activities (bubbles and cards, one element each in Web Chat's transcript) that show `text`; Web Chat's markdown may curl quotes, so either kind matches. */
  activitiesShowing(text: string | RegExp): Locator {
    const pattern =
      typeof text === 'string'
        ? new RegExp(
            text
              .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
              .replace(/'/g, "['‘’]")
              .replace(/"/g, '["“”]'),
          )
        : text;
    return this.page.locator('#webchat .webchat__basic-transcript__activity').filter({ hasText: pattern });
  }

  /** Waits until `text` is shown in the conversation (a bubble or a card). */
  async shows(text: string | RegExp, timeout = 20_000): Promise<Locator> {
    const found = this.activitiesShowing(text).last();
    await found.waitFor({ state: 'visible', timeout });
    return found;
  }

  /** Waits until `text` is shown in more than `count` activities. */
  async showsMoreThan(text: string | RegExp, count: number, timeout = 20_000): Promise<void> {
    const deadline = Date.now() + timeout;
    while ((await this.activitiesShowing(text).count()) <= count) {
      if (Date.now() > deadline) throw new Error(`"${text}" still shown ${count} times or fewer after ${timeout} ms`);
      await this.page.waitForTimeout(200);
    }
  }

  /** All text of the conversation as shown. */
  async text(): Promise<string> {
    return this.page.locator('#webchat').innerText();
  }

  /**
   * Answers the bot's card questions by clicking the button given for each, until the answer card with a ticket id
   * arrives; returns that card. Questions the bot decides it need not ask are simply not asked.
   */
  async answerUntilTicket(
    answers: Answer[],
    ticketHeading: string,
    {
      beforeAnswer,
      maxQuestions = 8,
    }: { beforeAnswer?: (answer: Answer, card: Locator) => Promise<void>; maxQuestions?: number } = {},
  ): Promise<Locator> {
    let seen = await this.cards.count();
    for (let asked = 0; asked <= maxQuestions; asked += 1) {
      seen = await this.waitForMoreCards(seen);
      const card = this.cards.nth(seen - 1);
      const text = await card.innerText();
      if (text.includes(ticketHeading) && TICKET_ID.test(text)) return card;
      const answer = answers.find((a) => text.includes(a.question));
      if (!answer) throw new Error(`the bot asked something this test has no answer for:\n${text}`);
      await beforeAnswer?.(answer, card);
      await card.getByRole('button', { name: answer.button, exact: true }).click();
    }
    throw new Error(`no ticket after ${maxQuestions} questions`);
  }

  /**
   * Types a message as a person would and returns what the bot showed in answer (each new activity's visible text),
   * once the conversation has stopped changing for a moment.
   */
  async sayAndRead(text: string, { timeout = 20_000, quietMs = 1_200 } = {}): Promise<string[]> {
    const activities = this.page.locator('#webchat .webchat__basic-transcript__activity');
    const before = await activities.count();
    await this.say(text);
    const deadline = Date.now() + timeout;
    let count = before;
    let stableSince = Date.now();
    while (Date.now() < deadline) {
      await this.page.waitForTimeout(200);
      const now = await activities.count();
      if (now !== count) {
        count = now;
        stableSince = Date.now();
      } else if (count > before + 1 && Date.now() - stableSince >= quietMs) break;
    }
    if (count <= before + 1)
      throw new Error(`no answer to "${text}" within ${timeout} ms; the conversation shows:\n${await this.text()}`);
    const texts: string[] = [];
    for (let i = before; i < count; i++) texts.push(await activities.nth(i).innerText());
    return texts.filter((t) => t.trim() !== text.trim());
  }

  private async waitForMoreCards(seen: number, timeout = 20_000): Promise<number> {
    const deadline = Date.now() + timeout;
    while (Date.now() < deadline) {
      const count = await this.cards.count();
      if (count > seen) return count;
      await this.page.waitForTimeout(200);
    }
    throw new Error(`no new card from the bot within ${timeout} ms; the conversation shows:\n${await this.text()}`);
  }
}
