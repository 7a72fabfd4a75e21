import { loadSupportData } from '../../src/domain/data/supportSchema';
import { escalationKeyFor, explainEscalation } from '../../src/domain/escalation';
import { CATEGORIES, PURCHASE_CHANNELS } from '../../src/domain/types';
import type { Category, Localized } from '../../src/domain/types';

const data = loadSupportData();
const all = (xs: Localized[]) => xs.map((x) => x.en).join('\n');
const allJa = (xs: Localized[]) => xs.map((x) => x.ja).join('\n');

describe('CSP customers (seed 002)', () => {
  const ex = explainEscalation(data, { channel: 'csp', category: 'technical', severity: 'B' });
  const text = all(ex.steps);

  it('the partner is the first point of contact', () => {
    expect(ex.path).toBe('csp');
    expect(ex.firstContact.en).toMatch(/CSP .*partner/);
    expect(ex.steps[0]!.en).toMatch(/first point of contact/);
  });

  it.each([
    'billing and subscription support',
    'provisioning/deployment help and software configuration',
    'performance issues',
    'service availability issues',
    'client connectivity problems',
    'client desktop problems',
    'permissions problems',
    'managing updates for services and software',
    'answers to usage questions',
  ])('lists "%s" among the partner areas', (area) => {
    expect(ex.steps[0]!.en).toContain(area);
  });

  it('says nothing the two language versions of seed 002 disagree on (no blanket "no support")', () => {
    expect(text).not.toMatch(/does not provide support to CSP customers/);
    expect(allJa(ex.steps)).not.toContain('サポートを提供しません');
  });

  it("neither Microsoft's admin-center route nor its response table is presented as the CSP customer's", () => {
    expect(text).not.toMatch(/admin center/);
    expect(allJa(ex.steps)).not.toContain('管理センター');
    expect(ex.route?.en).toMatch(/^Your CSP partner/);
    expect(ex.route?.ja).toMatch(/^御社の CSP パートナー/);
    expect(ex.microsoftResponseTimes).toBe(false);
    expect(ex.partnerResponse?.en).toMatch(/service level agreement \(SLA\)/);
    expect(ex.partnerResponse?.ja).toContain('サービス レベル アグリーメント');
  });

  it('the partner escalates to Microsoft, as the last step', () => {
    expect(ex.steps[ex.steps.length - 1]!.en).toMatch(/partner escalates the problem to Microsoft/);
  });

  it('a partner without 24/7 phone support must give an SLA', () => {
    expect(text).toMatch(/round-the-clock phone support/);
    expect(text).toMatch(/service level agreement \(SLA\)/);
  });

  it('says the assessed severity before what happens next, in the partner wording', () => {
    const i = ex.steps.findIndex((s) => s.en.includes('severity B (High)'));
    expect(i).toBeGreaterThan(0);
    expect(i).toBe(ex.steps.length - 2);
    expect(ex.steps[i]!.en).toMatch(/partner/);
    expect(ex.steps[i]!.ja).toContain('重大度 B (高)');
  });

  it('every fact names seed 002', () => {
    expect(ex.facts.length).toBeGreaterThan(0);
    for (const f of ex.facts) expect(f.ref).toMatch(/^002 /);
  });

  it('shows the configured partner contact, trimmed, without empty fields', () => {
    const withContact = explainEscalation(data, {
      channel: 'csp',
      category: 'billing',
      severity: null,
      partnerContact: { name: ' Contoso IT ', phone: '', email: 'help@contoso.example', url: '   ' },
    });
    expect(withContact.partnerContact).toEqual({ name: 'Contoso IT', email: 'help@contoso.example' });
    expect(withContact.notes).toContainEqual(data.escalation.strings.partnerContactConfigured);
  });

  it('says so when no partner contact is configured', () => {
    for (const partnerContact of [undefined, {}, { name: ' ' }]) {
      const ex2 = explainEscalation(data, { channel: 'csp', category: 'technical', severity: null, partnerContact });
      expect(ex2.partnerContact).toBeUndefined();
      expect(ex2.notes).toContainEqual(data.escalation.strings.partnerContactMissing);
    }
  });

  it('CSP billing stays with the partner (Microsoft billing desk is not offered)', () => {
    const billing = explainEscalation(data, { channel: 'csp', category: 'billing', severity: null });
    expect(billing.firstContact).toEqual(data.escalation.paths.csp.firstContact);
    expect(all(billing.steps)).not.toContain(data.categories.categories.billing.route.en);
  });
});

describe('partner contact is shown only on the CSP path', () => {
  it.each(['direct', 'volume', 'unknown'] as const)('%s', (channel) => {
    const ex = explainEscalation(data, {
      channel,
      category: 'technical',
      severity: 'A',
      partnerContact: { name: 'Contoso IT' },
    });
    expect(ex.partnerContact).toBeUndefined();
  });
});

describe('direct, volume, elevated and unknown channels', () => {
  it('direct: the admin first, then a service request in the admin center; 14-day reopen', () => {
    const ex = explainEscalation(data, { channel: 'direct', category: 'technical', severity: 'A' });
    expect(ex.path).toBe('direct');
    expect(ex.firstContact.en).toMatch(/admin/);
    expect(all(ex.steps)).toMatch(/Microsoft 365 admin center/);
    expect(all(ex.steps)).toMatch(/14 days/);
    expect(all(ex.steps)).toContain('severity A (Critical)');
  });

  it('direct billing: the billing desk (business hours Mon–Fri, same phone and process) after the first step', () => {
    const ex = explainEscalation(data, { channel: 'direct', category: 'billing', severity: null });
    expect(ex.steps[1]).toEqual(data.categories.categories.billing.route);
    expect(ex.links.map((l) => l.url)).toContain(
      'https://docs.microsoft.com/Office365/Admin/contact-support-for-business-products',
    );
  });

  it('no severity step for billing even if a severity is passed', () => {
    const ex = explainEscalation(data, { channel: 'direct', category: 'billing', severity: 'A' });
    expect(all(ex.steps)).not.toContain('severity A');
  });

  it('presales: the free-trial admin center', () => {
    const ex = explainEscalation(data, { channel: 'unknown', category: 'presales', severity: null });
    expect(all(ex.steps)).toMatch(/admin center of the free trial/);
  });

  it('volume: Volume Licensing Service Center for licences and keys', () => {
    const ex = explainEscalation(data, { channel: 'volume', category: 'technical', severity: null });
    expect(ex.path).toBe('volume');
    expect(all(ex.steps)).toMatch(/Volume Licensing Service Center/);
    expect(ex.links.map((l) => l.url)).toContain('https://www.microsoft.com/licensing/servicecenter/default.aspx');
  });

  it('elevated support: Premier / Professional Direct (US, Canada, UK small businesses)', () => {
    const ex = explainEscalation(data, {
      channel: 'direct',
      category: 'technical',
      severity: 'C',
      planFamily: 'elevated',
    });
    expect(ex.path).toBe('elevated');
    expect(all(ex.steps)).toMatch(/Premier Support/);
    expect(all(ex.steps)).toMatch(
      /Professional Direct support \(small business customers in the United States, Canada and the United Kingdom\)/,
    );
  });

  it('unknown channel: the admin first, and the CSP caveat', () => {
    const ex = explainEscalation(data, { channel: 'unknown', category: 'technical', severity: null });
    expect(ex.path).toBe('unknown');
    expect(all(ex.steps)).toMatch(/CSP partner, the partner is the first point of contact/);
  });

  it.each([
    ['direct', undefined, 'direct'],
    ['direct', 'elevated', 'elevated'],
    ['unknown', 'elevated', 'elevated'],
    ['csp', 'elevated', 'csp'],
    ['volume', 'elevated', 'volume'],
    ['unknown', 'business', 'unknown'],
  ] as const)('escalationKeyFor(%s, %s) = %s', (channel, family, key) => {
    expect(escalationKeyFor(channel, family)).toBe(key);
  });
});

describe('categories with their own route lead with it', () => {
  const OWN: Array<[Category, RegExp]> = [
    ['network', /network team|Microsoft Networking team/],
    ['thirdparty', /Microsoft Community/],
    ['scripting', /How can we help you\?/],
    ['developer', /MSDN/],
    ['certification', /Certification Help/],
    ['courseware', /MOC regional contact/],
  ];

  it.each(OWN)('%s', (category, firstContact) => {
    for (const channel of PURCHASE_CHANNELS) {
      const ex = explainEscalation(data, { channel, category, severity: null, partnerContact: { name: 'Contoso IT' } });
      expect(ex.ownRoute).toBe(true);
      expect(ex.path).toBeNull();
      expect(ex.firstContact.en).toMatch(firstContact);
      expect(ex.steps[0]).toEqual(data.categories.categories[category].route);
      expect(ex.partnerContact).toBeUndefined();
      expect(ex.links).toEqual(data.categories.categories[category].links);
    }
  });
});

describe('every combination gives a complete, bilingual answer', () => {
  const combos = CATEGORIES.flatMap((category) =>
    PURCHASE_CHANNELS.flatMap((channel) =>
      (['A', 'B', 'C', null] as const).map((severity) => [category, channel, severity] as const),
    ),
  );
  it.each(combos)('%s / %s / %s', (category, channel, severity) => {
    const ex = explainEscalation(data, { channel, category, severity });
    expect(ex.steps.length).toBeGreaterThan(0);
    for (const l of [ex.firstContact, ...ex.steps, ...ex.notes]) {
      expect(l.ja.trim()).not.toBe('');
      expect(l.en.trim()).not.toBe('');
      expect(l.ja + l.en).not.toMatch(/\{\w+\}/);
    }
  });
});

describe("CSP billing (seed 002: billing is the partner's)", () => {
  const ex = explainEscalation(data, { channel: 'csp', category: 'billing', severity: null });

  it('billing goes to the partner; Microsoft gives CSP customers no billing support, in both languages', () => {
    expect(ex.route?.en).toMatch(/Billing and subscription support comes from the partner/);
    expect(all(ex.steps)).toContain('Microsoft does not provide billing support to CSP customers');
    expect(allJa(ex.steps)).toContain('Microsoft は、CSP のお客様に課金のサポートを提供いたしません');
  });

  it("Microsoft's billing desk (business hours, phone in the admin center) is not the CSP customer's route", () => {
    const billingRoute = data.categories.categories.billing.route;
    expect(all(ex.steps)).not.toContain(billingRoute.en);
    expect(allJa(ex.steps)).not.toContain(billingRoute.ja);
    expect(`${ex.route?.en}\n${all(ex.steps)}`).not.toMatch(/admin center/);
  });
});

describe('whose severity the escalation steps state', () => {
  it.each(['direct', 'csp'] as const)('%s: the user\'s severity is "yours", never "this bot\'s"', (channel) => {
    const ex = explainEscalation(data, { channel, category: 'technical', severity: 'A', severityBy: 'user' });
    expect(all(ex.steps)).toMatch(/Your assessment is severity A \(Critical\)/);
    expect(all(ex.steps)).not.toMatch(/bot's assessment/);
    expect(allJa(ex.steps)).toContain('お客様のご判断は重大度 A (重大)');
    expect(allJa(ex.steps)).not.toContain('ボットの見立て');
  });

  it.each(['direct', 'csp'] as const)("%s: the bot's severity is the bot's", (channel) => {
    const ex = explainEscalation(data, { channel, category: 'technical', severity: 'B' });
    expect(all(ex.steps)).toMatch(/This bot's assessment is severity B/);
    expect(allJa(ex.steps)).toContain('このボットの見立ては重大度 B');
  });
});

describe('courseware with no regional contact row (seed 000 general routes)', () => {
  const ex = explainEscalation(data, {
    channel: 'unknown',
    category: 'courseware',
    severity: null,
    hasContactRow: false,
  });

  it('leads with Microsoft Learn, not "the MOC regional contact for your country"', () => {
    expect(ex.firstContact.en).toBe('Microsoft Learn');
    expect(ex.firstContact.ja).toBe('Microsoft Learn');
    expect(all(ex.steps)).not.toMatch(/regional contact for your country/);
    expect(all(ex.steps)).toMatch(/Microsoft Learn answers most questions/);
    expect(allJa(ex.steps)).toContain('Microsoft Learn で見つかります');
  });

  it("links Microsoft Learn and Certification Help (the seed's own addresses) and the query form with no country", () => {
    expect(ex.links.map((l) => l.seedPath ?? l.url)).toEqual([
      '/learn/certifications/',
      'https://support.microsoft.com/en-US/supportrequestform/a62bfdd8-695f-f1d0-3dbc-e42e79a78641',
      '/learn/certifications/help',
    ]);
  });

  it('with a row, the regional contact leads as before', () => {
    const withRow = explainEscalation(data, {
      channel: 'unknown',
      category: 'courseware',
      severity: null,
      hasContactRow: true,
    });
    expect(withRow.firstContact.en).toMatch(/MOC regional contact/);
  });
});
