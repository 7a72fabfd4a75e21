import { loadTriageData } from '../../src/domain/data/loadData';
import type { Locale } from '../../src/domain/types';
import { t } from '../../src/i18n/catalog';
import { alertCard } from '../../src/teams/teamsChannelAlerter';
import type { Ticket } from '../../src/tickets/ticket';

// The support team's alert card says whose severity it is: the bot's, or the user's where they overrode the bot.

const data = loadTriageData();
const ticket = (severity: Ticket['severity'], locale: Locale): Ticket => ({
  id: 'TRG-20261123-7KQ4M',
  kind: 'triage',
  createdAt: '2026-11-23T01:00:00.000Z',
  user: { id: 'u1' },
  conversationId: 'c1',
  channelId: 'emulator',
  locale,
  description: 'Exchange Online is down for everyone',
  category: 'technical',
  severity,
  transcript: [],
});

function severityFact(card: ReturnType<typeof alertCard>, locale: Locale): string | undefined {
  const content = card.content as { body: Array<{ type: string; facts?: Array<{ title: string; value: string }> }> };
  const facts = content.body.find((e) => e.type === 'FactSet')?.facts ?? [];
  return facts.find((f) => f.title === t(locale, 'card.severity'))?.value;
}

describe.each(['en', 'ja'] as const)('%s alert card', (locale) => {
  const label = data.support.severity.levels.A.label[locale];

  test("the bot's severity is marked as the bot's", () => {
    const card = alertCard(ticket({ bot: 'A', reasons: [] }, locale), data, locale);
    expect(severityFact(card, locale)).toBe(t(locale, 'claims.alert.severityBot', { severity: 'A', label }));
  });

  test("a severity the user set is marked as the user's, with the bot's beside it", () => {
    const card = alertCard(ticket({ bot: 'C', user: 'A', userReason: 'payroll', reasons: [] }, locale), data, locale);
    expect(severityFact(card, locale)).toBe(t(locale, 'claims.alert.severityUser', { severity: 'A', label, bot: 'C' }));
  });
});
