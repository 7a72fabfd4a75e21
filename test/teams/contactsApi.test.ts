import { startBot, type RunningBot } from '../support/emulator';
import { t } from '../../src/i18n/catalog';

describe("GET /api/contacts: the contacts tab's search, with the bot's country matcher", () => {
  let bot: RunningBot;
  beforeAll(async () => (bot = await startBot({ LOG_LEVEL: 'silent' })));
  afterAll(async () => bot.close());

  const get = async (query: string) => {
    const response = await fetch(`${bot.url}/api/contacts${query}`);
    return { status: response.status, body: (await response.json()) as any };
  };

  test('スイス in Japanese: both Swiss rows (French and German), with Japanese names', async () => {
    const { status, body } = await get(`?q=${encodeURIComponent('スイス')}&locale=ja`);
    expect(status).toBe(200);
    expect(body.status).toBe('ambiguous');
    expect(body.rows.map((r: any) => r.id).sort()).toEqual(['CH-de', 'CH-fr']);
    expect(body.rows.map((r: any) => r.name).sort()).toEqual(['スイス (ドイツ語)', 'スイス (フランス語)'].sort());
  });

  test('Brasil: Brazil, phones in English, Spanish and Portuguese, hours per desk with open-now and the next opening', async () => {
    const { status, body } = await get('?q=Brasil&locale=en&tz=Asia%2FTokyo');
    expect(status).toBe(200);
    expect(body.status).toBe('match');
    expect(body.timeZone).toBe('Asia/Tokyo');
    const [brazil] = body.rows;
    expect(brazil.name).toBe('Brazil');
    expect(brazil.phones.map((p: any) => p.languageName)).toEqual(['English', 'Spanish', 'Portuguese']);
    expect(brazil.hours).toHaveLength(3);
    for (const desk of brazil.hours) {
      expect(typeof desk.openNow).toBe('boolean');
      // An open desk says when it closes; a closed one when it next opens, in the asker's zone (UTC+09:00).
      expect(desk.openNow ? desk.closesAt : desk.nextOpening).toEqual(expect.any(String));
      expect(desk.statusText).toContain('UTC+09:00');
    }
    expect(brazil.openNow).toBe(brazil.hours.some((h: any) => h.openNow));
    expect(brazil.hours[2]).toMatchObject({
      language: 'pt',
      daysText: 'Mon–Fri',
      open: '09:00',
      close: '18:00',
      timeZone: 'America/Sao_Paulo',
    });
  });

  test('a place with no row answers 200 with status "none" and no rows', async () => {
    const { status, body } = await get('?q=Atlantis&locale=en');
    expect(status).toBe(200);
    expect(body).toMatchObject({ status: 'none', rows: [] });
  });

  test.each([
    ['', 'en'],
    ['?q=', 'en'],
    ['?q=%20%20&locale=ja', 'ja'],
  ])('a missing query (%s) is a 400 that says what to send, in the asked language', async (query, locale) => {
    const { status, body } = await get(query);
    expect(status).toBe(400);
    // Without a locale the configured default (ja) is used.
    expect([t('en', 'tab.api.missingQuery'), t('ja', 'tab.api.missingQuery')]).toContain(body.error);
    if (query.includes('locale=ja')) expect(body.error).toBe(t('ja', 'tab.api.missingQuery'));
    void locale;
  });

  test("an over-long query is a 400; an unknown time zone falls back to the desk's own", async () => {
    expect((await get(`?q=${'a'.repeat(201)}&locale=en`)).status).toBe(400);
    const { body } = await get('?q=Japan&locale=en&tz=Mars%2FOlympus');
    expect(body.timeZone).toBeNull();
    expect(body.rows[0].hours[0].statusText).toContain('UTC+09:00');
  });

  test('the tab page and its scripts are served from this server, teams-js included (no CDN), framed only by Teams hosts', async () => {
    const page = await fetch(`${bot.url}/tab`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).not.toMatch(/src="https?:/);
    const script = await (await fetch(`${bot.url}/tab/tab.js`)).text();
    expect(script).toContain("'/tab/teams-js.js'");
    expect(page.headers.get('content-security-policy')).toMatch(
      /frame-ancestors 'self' https:\/\/teams\.microsoft\.com/,
    );
    const teamsJs = await fetch(`${bot.url}/tab/teams-js.js`);
    expect(teamsJs.status).toBe(200);
    expect(await teamsJs.text()).toContain('microsoftTeams');
  });
});
