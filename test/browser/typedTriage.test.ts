import { t } from '../../src/i18n/catalog';
import { useBrowserPerTest } from '../support/browser';
import { useRunningBot } from '../support/emulator';
import { TYPED_PERSONAS, playTypedTriage } from '../support/typedTriages';
import { WebChatPage } from './webChatPage';

/** One persona per language on the web chat page: every answer typed into the send box, none clicked. */
const PERSONAS = [TYPED_PERSONAS.find((p) => p.locale === 'ja')!, TYPED_PERSONAS.find((p) => p.locale === 'en')!];

describe("the web chat page: a whole triage typed in the user's own words, in a real browser", () => {
  jest.setTimeout(180_000);
  const server = useRunningBot({ LOG_LEVEL: 'silent' });
  const browsers = useBrowserPerTest();

  test.each(PERSONAS.map((p) => [p.name, p] as const))('%s', async (_name, persona) => {
    const browser = await browsers.open({ locale: persona.locale === 'ja' ? 'ja-JP' : 'en-US' });
    const chat = new WebChatPage(browser.page);
    await chat.open(`${server.bot().url}/`);
    await chat.shows(t(persona.locale, 'welcome').split('\n')[0]!);
    const { ticketId } = await playTypedTriage(persona, (text) => chat.sayAndRead(text));
    await chat.shows(ticketId);
    expect(browsers.current.errors).toEqual([]);
  });
});
