import { loadSupportData } from '../../src/domain/data/supportSchema';
import type { ResponseKind } from '../../src/domain/data/supportSchema';
import { describeResponseTime, fillTemplate, responseTimeFor } from '../../src/domain/responseTimes';
import type { PlanFamily, Severity } from '../../src/domain/types';

const data = loadSupportData();

type Cell = [Exclude<PlanFamily, 'unknown'>, Severity, '24x7' | 'business-hours', ResponseKind, string, string];

// Every cell of seed 001 「テクニカル サポートの初期応答時間」, with the expected short description.
const TABLE: Cell[] = [
  [
    'business',
    'A',
    '24x7',
    { kind: 'hours', hours: 1 },
    'Available 24/7 in most countries and regions; initial response (guideline): 1 hour',
    'ほとんどの国と地域で 24 時間 365 日連絡可能、初期応答時間の目安: 1 時間',
  ],
  [
    'business',
    'B',
    'business-hours',
    { kind: 'not-fixed' },
    'Available during business hours; initial response (guideline): not fixed',
    '勤務時間内に連絡可能、初期応答時間の目安: 不定',
  ],
  [
    'business',
    'C',
    'business-hours',
    { kind: 'not-fixed' },
    'Available during business hours; initial response (guideline): not fixed',
    '勤務時間内に連絡可能、初期応答時間の目安: 不定',
  ],
  [
    'enterprise',
    'A',
    '24x7',
    { kind: 'hours', hours: 1 },
    'Available 24/7 in most countries and regions; initial response (guideline): 1 hour',
    'ほとんどの国と地域で 24 時間 365 日連絡可能、初期応答時間の目安: 1 時間',
  ],
  [
    'enterprise',
    'B',
    '24x7',
    { kind: 'next-day' },
    'Available 24/7 in most countries and regions; initial response (guideline): next day',
    'ほとんどの国と地域で 24 時間 365 日連絡可能、初期応答時間の目安: 翌日',
  ],
  [
    'enterprise',
    'C',
    '24x7',
    { kind: 'not-fixed' },
    'Available 24/7 in most countries and regions; initial response (guideline): not fixed',
    'ほとんどの国と地域で 24 時間 365 日連絡可能、初期応答時間の目安: 不定',
  ],
  [
    'frontline',
    'A',
    '24x7',
    { kind: 'hours', hours: 1 },
    'Available 24/7 in most countries and regions; initial response (guideline): 1 hour',
    'ほとんどの国と地域で 24 時間 365 日連絡可能、初期応答時間の目安: 1 時間',
  ],
  [
    'frontline',
    'B',
    '24x7',
    { kind: 'next-day' },
    'Available 24/7 in most countries and regions; initial response (guideline): next day',
    'ほとんどの国と地域で 24 時間 365 日連絡可能、初期応答時間の目安: 翌日',
  ],
  [
    'frontline',
    'C',
    '24x7',
    { kind: 'not-fixed' },
    'Available 24/7 in most countries and regions; initial response (guideline): not fixed',
    'ほとんどの国と地域で 24 時間 365 日連絡可能、初期応答時間の目安: 不定',
  ],
  [
    'elevated',
    'A',
    '24x7',
    { kind: 'hours', hours: 1 },
    'Available 24/7 in most countries and regions; initial response (guideline): 1 hour',
    'ほとんどの国と地域で 24 時間 365 日連絡可能、初期応答時間の目安: 1 時間',
  ],
  [
    'elevated',
    'B',
    '24x7',
    { kind: 'hours', hours: 2 },
    'Available 24/7 in most countries and regions; initial response (guideline): 2 hours',
    'ほとんどの国と地域で 24 時間 365 日連絡可能、初期応答時間の目安: 2 時間',
  ],
  [
    'elevated',
    'C',
    '24x7',
    { kind: 'hours', hours: 4 },
    'Available 24/7 in most countries and regions; initial response (guideline): 4 hours',
    'ほとんどの国と地域で 24 時間 365 日連絡可能、初期応答時間の目安: 4 時間',
  ],
];

describe('responseTimeFor — every cell of the table', () => {
  it.each(TABLE)('%s / severity %s', (family, severity, availability, response, en, ja) => {
    const rt = responseTimeFor(data, family, severity);
    expect(rt.planFamily).toBe(family);
    expect(rt.severity).toBe(severity);
    expect(rt.availability).toBe(availability);
    expect(rt.response).toEqual(response);
    expect(rt.rows).toHaveLength(1);
    expect(rt.rows[0]!.family).toBe(family);
    expect(describeResponseTime(rt, 'en')).toBe(en);
    expect(describeResponseTime(rt, 'ja')).toBe(ja);
  });

  it('covers all 12 cells', () => {
    expect(new Set(TABLE.map(([f, s]) => `${f}/${s}`)).size).toBe(12);
  });
});

describe('footnotes', () => {
  const ids = (family: Exclude<PlanFamily, 'unknown'>, severity: Severity) =>
    responseTimeFor(data, family, severity).footnotes.map(
      (f) => Object.entries(data.responseTimes.footnotes).find(([, v]) => v === f)![0],
    );

  it.each([
    ['business', 'A', ['1', '4']],
    ['business', 'B', ['1']],
    ['business', 'C', ['1']],
    ['enterprise', 'A', ['2', '4']],
    ['enterprise', 'B', ['2', '4']],
    ['enterprise', 'C', ['2', '4']],
    ['frontline', 'B', ['2', '4']],
    ['elevated', 'A', ['3', '4']],
    ['elevated', 'C', ['3', '4']],
  ] as const)('%s / %s -> footnotes %j', (family, severity, expected) => {
    expect(ids(family, severity)).toEqual(expected);
  });

  it('footnote 4 says calls are handled 24/7 in most countries and regions', () => {
    expect(data.responseTimes.footnotes['4']!.en).toMatch(/most countries and regions/);
  });

  it("every 24/7 the table states keeps footnote 4's qualifier, in both languages", () => {
    for (const family of ['business', 'enterprise', 'frontline', 'elevated', 'unknown'] as const) {
      for (const severity of ['A', 'B', 'C'] as const) {
        const rt = responseTimeFor(data, family, severity);
        for (const line of describeResponseTime(rt, 'en')
          .split('\n')
          .filter((l) => l.includes('24/7'))) {
          expect(line).toContain('24/7 in most countries and regions');
        }
        for (const line of describeResponseTime(rt, 'ja')
          .split('\n')
          .filter((l) => l.includes('24 時間'))) {
          expect(line).toContain('ほとんどの国と地域で 24 時間');
        }
      }
    }
  });
});

describe('unknown plan family', () => {
  it('severity A: all four columns agree, so one answer is given', () => {
    const rt = responseTimeFor(data, 'unknown', 'A');
    expect(rt.rows.map((r) => r.family)).toEqual(['business', 'enterprise', 'frontline', 'elevated']);
    expect(rt.availability).toBe('24x7');
    expect(rt.response).toEqual({ kind: 'hours', hours: 1 });
    expect(describeResponseTime(rt, 'en')).toBe(
      'Available 24/7 in most countries and regions; initial response (guideline): 1 hour',
    );
  });

  it.each(['B', 'C'] as const)('severity %s: shows the whole range, one line per column', (severity) => {
    const rt = responseTimeFor(data, 'unknown', severity);
    expect(rt.availability).toBeNull();
    expect(rt.response).toBeNull();
    expect(rt.rows).toHaveLength(4);
    const en = describeResponseTime(rt, 'en').split('\n');
    expect(en[0]).toBe(`For severity ${severity}, the initial response time depends on your plan.`);
    expect(en).toHaveLength(5);
    for (const [i, family] of (['business', 'enterprise', 'frontline', 'elevated'] as const).entries()) {
      const single = responseTimeFor(data, family, severity);
      expect(en[i + 1]).toBe(`${data.responseTimes.families[family].label.en}: ${describeResponseTime(single, 'en')}`);
    }
    const ja = describeResponseTime(rt, 'ja').split('\n');
    expect(ja[0]).toBe(`重大度 ${severity} の初期応答時間はプランによって異なります。`);
    expect(ja).toHaveLength(5);
    // Footnotes of every column.
    expect(rt.footnotes).toHaveLength(4);
  });
});

describe('facts carried with every answer', () => {
  const rt = responseTimeFor(data, 'business', 'B');
  it('a closed request can be reopened within 14 days', () => {
    expect(rt.reopen.days).toBe(14);
    expect(rt.reopen.text.en).toMatch(/14 days/);
    expect(rt.reopen.text.ja).toMatch(/14 日間/);
  });
  it('only admins open service requests in the Microsoft 365 admin center', () => {
    expect(rt.adminsOnly.en).toMatch(/Only admins open service requests/);
    expect(rt.adminsOnly.en).toMatch(/Microsoft 365 admin center/);
  });
  it('standalone plans get Enterprise-level response', () => {
    expect(data.responseTimes.standalone.family).toBe('enterprise');
    expect(rt.standalone.en).toMatch(/Enterprise/);
  });
  it('the times are guidelines', () => {
    expect(rt.basis.en).toMatch(/guidelines/);
    expect(rt.basis.ja).toMatch(/目安/);
  });
});

describe('plans the table prints', () => {
  it.each([
    [
      'business',
      ['Microsoft 365 Business Basic', 'Microsoft 365 Apps for business', 'Microsoft 365 Business Standard'],
    ],
    [
      'enterprise',
      ['Office 365 E1', 'Office 365 E3', 'Office 365 Government G2', 'Office 365 U.S. Government E3', 'Office 365'],
    ],
    ['frontline', ['Office 365 F1', 'Office 365 U.S. Government K1']],
    ['elevated', []],
  ] as const)('%s', (family, plans) => {
    expect(responseTimeFor(data, family, 'A').rows[0]!.plans.map((p) => p.en)).toEqual(plans);
  });

  it('every plan choice resolves to a response time', () => {
    for (const plan of data.plans.plans) {
      for (const s of ['A', 'B', 'C'] as const) {
        const rt = responseTimeFor(data, plan.family, s);
        expect(rt.rows.length).toBe(plan.family === 'unknown' ? 4 : 1);
        expect(describeResponseTime(rt, 'ja').length).toBeGreaterThan(0);
      }
    }
  });
});

describe('fillTemplate', () => {
  it('fills known placeholders and keeps unknown ones', () => {
    expect(fillTemplate('{a} and {b}', { a: 1 })).toBe('1 and {b}');
  });
});
