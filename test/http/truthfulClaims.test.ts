import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadTriageData } from '../../src/domain/data/loadData';
import { responseTimeFor } from '../../src/domain/responseTimes';
import type { Locale } from '../../src/domain/types';
import { t } from '../../src/i18n/catalog';
import { ADAPTIVE } from '../support/cardButtons';
import {
  EmulatorConnector,
  EmulatorUser,
  startBot,
  useRunningBot,
  visibleText,
  type ReceivedReply,
} from '../support/emulator';
import { fetchMetrics, metricValue } from '../support/metricsText';
import { TICKET_ID } from '../support/messages';

// Every word the bot says is true and leads somewhere (issue 12), over the Emulator protocol against the real
// server: "alerted" only when an alert target exists, whose severity is whose, one coherent path for CSP
// customers, and the seeds' links as buttons.

const data = loadTriageData();
const support = data.support;

/** One line the user types and the catalog message the bot must answer with (or, last, the ticket). */
type Line = [say: string, expect: string | RegExp];

const severityAOutage: Record<Locale, Line[]> = {
  en: [
    [
      'SharePoint Online is down for every user in the company; no one can open any site and there is no workaround.',
      t('en', 'askSeverityConfirm'),
    ],
    ['yes', t('en', 'askPlan')],
    ['business standard', t('en', 'askChannel')],
  ],
  ja: [
    [
      '今朝から全社でTeamsにサインインできません。Web版もだめで、全員が業務を止めています。',
      t('ja', 'askSeverityConfirm'),
    ],
    ['はい', t('ja', 'askPlan')],
    ['Business Standard です', t('ja', 'askChannel')],
  ],
};
const boughtDirect: Record<Locale, string> = { en: 'directly from Microsoft', ja: 'Microsoft から直接買いました' };
const boughtCsp: Record<Locale, string> = { en: 'we bought it through a CSP partner', ja: 'CSP パートナー経由です' };
const doubleCharge: Record<Locale, Line> = {
  en: ['We were charged twice on this month’s invoice for our subscription.', t('en', 'askChannel')],
  ja: ['今月の請求書で同じサブスクリプションが二重に請求されています。', t('ja', 'askChannel')],
};

interface Answer {
  /** Every reply of the last turn, as a person reads it. */
  text: string;
  replies: ReceivedReply[];
  /** The ticket card's text and its link buttons. */
  card: string;
  links: Array<{ title: string; url: string }>;
}

/** Plays the lines (each must be answered as expected), then the last one, which must end in a ticket. */
async function triage(user: EmulatorUser, lines: Line[], last: string): Promise<Answer> {
  for (const [say, expected] of lines) {
    const text = (await user.say(say)).map(visibleText).join('\n');
    const ok = typeof expected === 'string' ? text.includes(expected) : expected.test(text);
    if (!ok) throw new Error(`after "${say}" expected "${String(expected).slice(0, 80)}", got:\n${text.slice(0, 600)}`);
  }
  const replies = await user.say(last);
  const text = replies.map(visibleText).join('\n');
  if (!TICKET_ID.test(text)) throw new Error(`after "${last}" no ticket:\n${text.slice(0, 600)}`);
  const card = replies.find((r) => r.attachments?.some((a) => a.contentType === ADAPTIVE));
  if (!card) throw new Error(`after "${last}" no card:\n${text.slice(0, 600)}`);
  return { text, replies, card: visibleText(card), links: openUrlButtons(card) };
}

function openUrlButtons(reply: ReceivedReply): Array<{ title: string; url: string }> {
  const found: Array<{ title: string; url: string }> = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const element = node as { type?: string; title?: string; url?: string };
      if (element.type === 'Action.OpenUrl' && element.title && element.url)
        found.push({ title: element.title, url: element.url });
      else Object.values(node).forEach(walk);
    }
  };
  for (const a of reply.attachments ?? []) walk(a.content);
  return found;
}

const localeOf = (locale: Locale) => (locale === 'ja' ? 'ja-JP' : 'en-US');
const LOCALES: Locale[] = ['en', 'ja'];

/** A webhook receiver on 127.0.0.1 that accepts every alert. */
class Webhook {
  readonly received: unknown[] = [];
  private server?: Server;
  async start(): Promise<string> {
    this.server = createServer((req, res) => {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        this.received.push(JSON.parse(body));
        res.statusCode = 200;
        res.end();
      });
    });
    await new Promise<void>((done) => this.server!.listen(0, '127.0.0.1', done));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/alerts`;
  }
  async stop(): Promise<void> {
    await new Promise<void>((done) => this.server?.close(() => done()) ?? done());
  }
}

// One bot with no alert target and no partner configured serves every test that needs nothing else; each test is
// its own conversation. Tests that configure something start their own bot (withBot).
const shared = useRunningBot();
const withSharedBot = <T>(run: (url: string, connector: EmulatorConnector) => Promise<T>) =>
  run(shared.bot().url, shared.connector);

async function withBot<T>(env: Record<string, string>, run: (url: string, connector: EmulatorConnector) => Promise<T>) {
  const connector = new EmulatorConnector();
  await connector.start();
  const bot = await startBot(env);
  try {
    return await run(bot.url, connector);
  } finally {
    await bot.close();
    await connector.stop();
  }
}

describe('Severity A: "alerted" only when an alert target exists', () => {
  test.each(LOCALES)(
    '%s: with no webhook and no Teams channel, no one is said to be alerted and nothing is counted as delivered',
    async (locale) => {
      await withSharedBot(async (url, connector) => {
        const user = new EmulatorUser(url, connector, localeOf(locale));
        const answer = await triage(user, severityAOutage[locale], boughtDirect[locale]);
        expect(answer.text).not.toContain(t(locale, 'alertSent'));
        const response = responseTimeFor(support, 'business', 'A').description[locale];
        const route = t(locale, 'claims.reachNow.direct', { response });
        expect(answer.text).toContain(t(locale, 'claims.noAlertTarget', { route }));
        const metrics = await fetchMetrics(url);
        expect(metricValue(metrics, 'triage_bot_alert_deliveries_total', { target: 'teams' })).toBe(0);
        expect(metricValue(metrics, 'triage_bot_alert_deliveries_total', { target: 'webhook' })).toBe(0);
        expect(metricValue(metrics, 'triage_bot_alerts_pending')).toBe(0);
      });
    },
  );

  test.each(LOCALES)('%s: a CSP customer with no alert target is sent to the partner now', async (locale) => {
    await withSharedBot(async (url, connector) => {
      const user = new EmulatorUser(url, connector, localeOf(locale));
      const answer = await triage(user, severityAOutage[locale], boughtCsp[locale]);
      const partner = t(locale, 'claims.partnerContactMissing');
      expect(answer.text).toContain(
        t(locale, 'claims.noAlertTarget', { route: t(locale, 'claims.reachNow.csp', { partner }) }),
      );
      expect(answer.text).not.toContain(t(locale, 'alertSent'));
    });
  });

  test.each(LOCALES)(
    '%s: with a webhook configured the alert is sent, said, and counted once for the webhook only',
    async (locale) => {
      const webhook = new Webhook();
      const hook = await webhook.start();
      try {
        await withBot({ ALERT_WEBHOOK_URL: hook }, async (url, connector) => {
          const user = new EmulatorUser(url, connector, localeOf(locale));
          const answer = await triage(user, severityAOutage[locale], boughtDirect[locale]);
          expect(answer.text).toContain(t(locale, 'alertSent'));
          expect(answer.text).not.toContain(t(locale, 'claims.noAlertTarget', { route: '' }).trim());
          const ticketId = answer.text.match(TICKET_ID)![0];
          const deadline = Date.now() + 10_000;
          while (webhook.received.length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
          expect(webhook.received).toEqual([expect.objectContaining({ ticketId })]);
          const metrics = await fetchMetrics(url);
          expect(metricValue(metrics, 'triage_bot_alert_deliveries_total', { target: 'webhook' })).toBe(1);
          // No Teams channel registered: nothing was posted to Teams, so nothing is counted for it.
          expect(metricValue(metrics, 'triage_bot_alert_deliveries_total', { target: 'teams' })).toBe(0);
        });
      } finally {
        await webhook.stop();
      }
    },
  );
});

describe('CSP customers: the partner leads, and nothing of Microsoft’s direct path is presented as theirs', () => {
  const strings = support.escalation.strings;
  const microsoftResponse = (locale: Locale) => responseTimeFor(support, 'business', 'A').description[locale];

  test.each(LOCALES)('%s: technical', async (locale) => {
    await withSharedBot(async (url, connector) => {
      const user = new EmulatorUser(url, connector, localeOf(locale));
      const { card, links } = await triage(user, severityAOutage[locale], boughtCsp[locale]);
      expect(card).toContain(strings.cspRoute.technical[locale]);
      expect(card).toContain(strings.cspResponse[locale]);
      expect(card).not.toContain(microsoftResponse(locale));
      expect(card).not.toContain(support.responseTimes.adminsOnly[locale]);
      expect(card).not.toContain(support.categories.categories.technical.route[locale]);
      expect(card).not.toMatch(locale === 'en' ? /admin center/ : /管理センター/);
      // Seed 002 in Japanese: no *billing* support from Microsoft; no blanket "no support" claim in either language.
      expect(card).not.toMatch(locale === 'en' ? /does not provide support to CSP/ : /サポートを提供しません/);
      expect(card).toContain(locale === 'en' ? 'escalates the problem to Microsoft' : 'Microsoft に問題をエスカレート');
      // Seed 002 gives no address of its own; Microsoft's "contact business support" page is not theirs.
      expect(links).toEqual([]);
    });
  });

  test.each(LOCALES)('%s: billing is the partner’s', async (locale) => {
    await withSharedBot(async (url, connector) => {
      const user = new EmulatorUser(url, connector, localeOf(locale));
      const { card, links } = await triage(user, [doubleCharge[locale]], boughtCsp[locale]);
      expect(card).toContain(strings.cspRoute.billing[locale]);
      expect(card).toContain(strings.cspBillingStep[locale]);
      expect(card).toContain(
        locale === 'en'
          ? 'Microsoft does not provide billing support to CSP customers'
          : 'Microsoft は、CSP のお客様に課金のサポートを提供いたしません',
      );
      expect(card).not.toContain(support.categories.categories.billing.route[locale]);
      expect(card).not.toMatch(locale === 'en' ? /admin center/ : /管理センター/);
      expect(links).toEqual([]);
    });
  });

  test.each(LOCALES)('%s: the configured partner contact is given, its site as a link button', async (locale) => {
    const env = {
      PARTNER_NAME: 'Contoso Cloud',
      PARTNER_PHONE: '+81 3 1234 5678',
      PARTNER_URL: 'https://contoso.example/support',
    };
    await withBot(env, async (url, connector) => {
      const user = new EmulatorUser(url, connector, localeOf(locale));
      const { card, links } = await triage(user, [doubleCharge[locale]], boughtCsp[locale]);
      expect(card).toContain('Contoso Cloud / +81 3 1234 5678');
      expect(links).toEqual([{ title: t(locale, 'claims.card.partnerSite'), url: 'https://contoso.example/support' }]);
    });
  });

  test.each(LOCALES)(
    '%s: the category message says the CSP exception before the purchase channel is known',
    async (locale) => {
      await withSharedBot(async (url, connector) => {
        const user = new EmulatorUser(url, connector, localeOf(locale));
        const text = (await user.say(doubleCharge[locale][0])).map(visibleText).join('\n');
        expect(text).toContain(support.categories.categories.billing.route[locale]);
        expect(text).toContain(t(locale, 'claims.routedCspCaveat'));
      });
    },
  );
});

describe('whose severity: the user’s is "yours", the bot’s is the bot’s', () => {
  const override: Record<Locale, Line[]> = {
    en: [
      ['Outlook crashes when I open the calendar', t('en', 'askScope')],
      ['just me', t('en', 'askWorkaround')],
      ['yes, the web version works', t('en', 'askSeverityConfirm')],
      ['no, change it', t('en', 'askSeverityOverride')],
      ['B', t('en', 'askOverrideReason')],
      ['I run payroll from that calendar today', t('en', 'askPlan')],
      ['E3', t('en', 'askChannel')],
    ],
    ja: [
      ['Outlook の予定表を開くと Outlook が落ちます', t('ja', 'askScope')],
      ['自分だけです', t('ja', 'askWorkaround')],
      ['はい、Web 版は使えます', t('ja', 'askSeverityConfirm')],
      ['変更する', t('ja', 'askSeverityOverride')],
      ['B', t('ja', 'askOverrideReason')],
      ['役員会議の準備で予定表が必須です', t('ja', 'askPlan')],
      ['E3', t('ja', 'askChannel')],
    ],
  };
  const reason: Record<Locale, string> = {
    en: 'I run payroll from that calendar today',
    ja: '役員会議の準備で予定表が必須です',
  };

  test.each(LOCALES)('%s: card, reasons and escalation steps each say whose severity it is', async (locale) => {
    await withSharedBot(async (url, connector) => {
      const user = new EmulatorUser(url, connector, localeOf(locale));
      const { card } = await triage(user, override[locale], boughtDirect[locale]);
      const label = support.severity.levels.B.label[locale];
      expect(card).toContain(t(locale, 'card.severityUser', { user: 'B', bot: 'C' }));
      expect(card).toContain(t(locale, 'claims.card.botReasons', { severity: 'C' }));
      expect(card).toContain(t(locale, 'claims.card.userReason', { severity: 'B', reason: reason[locale] }));
      const yours = support.escalation.strings.severityStepUser[locale]
        .replace('{severity}', 'B')
        .replace('{label}', label);
      expect(card).toContain(yours);
      expect(card).not.toMatch(locale === 'en' ? /bot's assessment is severity/ : /ボットの見立ては重大度/);
    });
  });
});

describe('a way forward: the seeds’ links as buttons', () => {
  test.each(LOCALES)(
    '%s: a courseware user whose country has no row gets Microsoft Learn, the query form and Certification Help',
    async (locale) => {
      await withSharedBot(async (url, connector) => {
        const user = new EmulatorUser(url, connector, localeOf(locale));
        const lines: Record<Locale, Line[]> = {
          en: [
            [
              'How do I order Microsoft Official Courseware (MOC) student kits for our training centre?',
              t('en', 'askCountry'),
            ],
            ['Iceland', t('en', 'countryNoneOptions')],
          ],
          ja: [
            ['MOC の公式コースウェアの教材を注文したいです。', t('ja', 'askCountry')],
            ['アイスランド', t('ja', 'countryNoneOptions')],
          ],
        };
        const { card, links } = await triage(user, lines[locale], t(locale, 'countrySkip'));
        const noRow = support.escalation.strings.coursewareNoRow;
        expect(card).toContain(t(locale, 'card.noContact'));
        expect(card).toContain(noRow.step[locale]);
        expect(card).toContain(`${t(locale, 'card.firstContact')}: ${noRow.firstContact[locale]}`);
        const regional = support.categories.categories.courseware.firstContact![locale];
        expect(card).not.toContain(`${t(locale, 'card.firstContact')}: ${regional}`);
        expect(links.map((l) => l.url)).toEqual([
          'https://docs.microsoft.com/learn/certifications/',
          'https://support.microsoft.com/en-US/supportrequestform/a62bfdd8-695f-f1d0-3dbc-e42e79a78641',
          'https://docs.microsoft.com/learn/certifications/help',
        ]);
      });
    },
  );

  const routes: Array<[Locale, string, string]> = [
    ['en', 'The DocuSign add-in for Word stopped loading after the update.', 'https://answers.microsoft.com'],
    ['ja', 'Zoom のアドインが Outlook に表示されなくなりました。', 'https://answers.microsoft.com'],
    [
      'en',
      'My exam result for AZ-104 is not showing on my certification profile.',
      'https://docs.microsoft.com/learn/certifications/help',
    ],
    ['ja', '認定試験の予約を変更したいです。', 'https://docs.microsoft.com/learn/certifications/help'],
  ];
  test.each(routes)('%s: "%s" ends with a button to %s', async (locale, description, link) => {
    await withSharedBot(async (url, connector) => {
      const user = new EmulatorUser(url, connector, localeOf(locale));
      const replies = await user.say(description);
      const card = replies.find((r) => r.attachments?.some((a) => a.contentType === ADAPTIVE));
      expect(card && visibleText(card)).toMatch(TICKET_ID);
      expect(openUrlButtons(card!).map((b) => b.url)).toContain(link);
    });
  });

  test.each(LOCALES)('%s: a direct technical ticket links Microsoft’s business-support page', async (locale) => {
    await withSharedBot(async (url, connector) => {
      const user = new EmulatorUser(url, connector, localeOf(locale));
      const { links } = await triage(user, severityAOutage[locale], boughtDirect[locale]);
      expect(links).toEqual([
        {
          title: support.categories.categories.technical.links[0].label[locale],
          url: 'https://docs.microsoft.com/Office365/Admin/contact-support-for-business-products',
        },
      ]);
    });
  });
});
