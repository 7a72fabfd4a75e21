import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadTriageData } from '../../src/domain/data/loadData';
import {
  assumedPlanMapping,
  checkPhone,
  deskReadings,
  displayName,
  rowCheck,
  type PhoneProblem,
} from '../../src/domain/seedChecks';
import { renderSeedOddities } from '../../scripts/seedOddities/render';

const data = loadTriageData();
const row = (id: string) => data.contacts.find((r) => r.id === id)!;

/**
 * Every number of seed 000 that libphonenumber finds not dialable as printed, with why. Every other number of every
 * row must be dialable. (Reading the seed: thousands separators, missing 0, codes without +, India's code on Hong
 * Kong's number, an Australian number on the Pacific rows.)
 */
const DOUBTFUL: Record<string, Array<PhoneProblem['kind']>> = {
  AT: ['thousandsSeparators', 'missingLeadingZero'],
  BE: ['thousandsSeparators', 'missingLeadingZero'],
  'CH-fr': ['thousandsSeparators', 'missingLeadingZero'],
  FR: ['thousandsSeparators', 'missingLeadingZero'],
  ZA: ['thousandsSeparators', 'missingLeadingZero'],
  DK: ['thousandsSeparators'],
  IE: ['thousandsSeparators'],
  IT: ['thousandsSeparators'],
  NO: ['thousandsSeparators'],
  PT: ['thousandsSeparators'],
  ES: ['thousandsSeparators'],
  RU: ['thousandsSeparators'],
  HK: ['thousandsSeparators', 'foreignCountryCode'],
  MO: ['thousandsSeparators', 'countryCodeWithoutPlus'],
  BD: ['countryCodeWithoutPlus'],
  LK: ['countryCodeWithoutPlus'],
  MM: ['countryCodeWithoutPlus'],
  MV: ['countryCodeWithoutPlus'],
  NP: ['countryCodeWithoutPlus'],
  BN: ['countryCodeWithoutPlus'],
  KH: ['countryCodeWithoutPlus'],
  NC: ['countryCodeWithoutPlus'],
  PG: ['countryCodeWithoutPlus'],
  SB: ['countryCodeWithoutPlus'],
  AE: ['countryCodeWithoutPlus'],
  FJ: ['missingLeadingZero'],
  GU: ['missingLeadingZero'],
  VU: ['missingLeadingZero'],
  MA: ['foreignCountryCode'],
  CN: ['notRecognised'],
  TH: ['notRecognised'],
  VN: ['notRecognised'],
};

describe('every seed phone number, checked with libphonenumber against its row', () => {
  test.each(data.contacts.map((r) => [r.id, r] as const))('%s: the verdict matches the table', (id, r) => {
    const verdicts = rowCheck(r).phones;
    expect(verdicts).toHaveLength(r.phones.length);
    for (const verdict of verdicts) {
      const expected = DOUBTFUL[id];
      expect({ number: verdict.printed, dialable: verdict.dialable }).toEqual({
        number: verdict.printed,
        dialable: expected === undefined,
      });
      if (expected) expect(verdict.problems.map((p) => p.kind)).toEqual(expected);
      else expect(verdict.telUri).toMatch(/^tel:\+\d+$/);
    }
  });

  test('the table names only rows that exist', () => {
    for (const id of Object.keys(DOUBTFUL)) expect(data.contacts.some((r) => r.id === id)).toBe(true);
  });

  test("Hong Kong's number opens with India's calling code", () => {
    expect(rowCheck(row('HK')).phones[0]!.problems).toContainEqual({
      kind: 'foreignCountryCode',
      callingCode: '91',
      country: 'IN',
    });
  });

  test.each(['FJ', 'GU', 'VU'])('%s carries an Australian number without its 0 or +61', (id) => {
    const verdict = rowCheck(row(id)).phones[0]!;
    expect(verdict.problems).toEqual([{ kind: 'missingLeadingZero', country: 'AU', callingCode: '61' }]);
    expect(verdict.likelyReading).toEqual({ international: '+61 2 9870 2200', country: 'AU' });
  });

  test('a valid number keeps its printed form and gains an international form and tel: link', () => {
    const verdict = rowCheck(row('JP')).phones[0]!;
    expect(verdict).toMatchObject({ printed: '0120-77-2057', dialable: true, telUri: 'tel:+81120772057' });
  });

  test('US numbers on Latin American rows are dialable and said to be in the United States', () => {
    expect(rowCheck(row('VE')).phones.map((v) => [v.dialable, v.foreignCountry])).toEqual([
      [true, 'US'],
      [true, 'US'],
      [true, 'US'],
    ]);
    // +1 855 is toll-free across the whole North American plan: not "a number in another country" for Canada.
    expect(rowCheck(row('CA')).phones[0]!.foreignCountry).toBeNull();
  });

  test('tones after # are kept out of the check and shown as printed', () => {
    const verdict = rowCheck(row('TW')).phones[0]!;
    expect(verdict).toMatchObject({ dialable: true, postDial: '#2#6', printed: '0800 008833#2#6' });
  });

  test('bad input gets a verdict, never an exception', () => {
    for (const printed of ['', 'call us', '+', '(((', '0'.repeat(40)]) {
      expect(checkPhone(printed, { iso2: 'JP', requestUrl: null }).dialable).toBe(false);
    }
    expect(checkPhone('0120-77-2057', { iso2: 'AN', requestUrl: 'not a url' }).dialable).toBe(false);
  });
});

describe('form links and names', () => {
  test("Ireland's form link opens France's form", () => {
    expect(rowCheck(row('IE')).oddities).toContainEqual({ kind: 'formForOtherCountry', formCountry: 'FR' });
  });

  test("the UAE's garbled Japanese name is replaced by the CLDR name, and noted", () => {
    expect(displayName(row('AE'), 'ja')).toBe('アラブ首長国連邦');
    expect(displayName(row('AE'), 'en')).toBe('United Arab Emirates');
    expect(rowCheck(row('AE')).oddities).toContainEqual({
      kind: 'garbledName',
      locale: 'ja',
      printed: 'ユニット。アラブ首長国連邦',
      corrected: 'アラブ首長国連邦',
    });
  });

  test('no other row has a garbled name or a form for another country', () => {
    const odd = data.contacts.filter((r) =>
      rowCheck(r).oddities.some((o) => o.kind === 'garbledName' || o.kind === 'formForOtherCountry'),
    );
    expect(odd.map((r) => r.id).sort()).toEqual(['AE', 'IE']);
  });

  test("Japan's link is a partner forum, Brazil's form opens in Spanish, Aruba has neither form nor e-mail", () => {
    expect(rowCheck(row('JP')).oddities).toEqual([
      { kind: 'formNotRequestForm', host: 'partnersupport.microsoft.com' },
    ]);
    expect(rowCheck(row('BR')).oddities).toEqual([{ kind: 'formLanguage', formLanguage: 'es', marketLanguage: 'pt' }]);
    expect(rowCheck(row('AW')).oddities).toEqual([{ kind: 'noFormOrEmail' }]);
  });
});

describe('hours whose printed time zone has two readings', () => {
  const gb = row('GB');
  const at = (iso: string) => deskReadings(gb.hours[0]!, gb.hoursSource, new Date(iso));

  test('in winter GMT and UK time agree: no second reading', () => {
    expect(at('2026-01-12T08:30:00Z').alternative).toBeNull();
  });

  test('in summer, 08:30 UTC is closed as printed but open on UK time: the verdict is not certain', () => {
    const readings = at('2026-07-13T08:30:00Z'); // Monday
    expect(readings.status.open).toBe(false);
    expect(readings.alternative).toMatchObject({ agreesNow: false, status: { open: true } });
    expect(readings.alternative!.opens.toISOString()).toBe('2026-07-13T08:00:00.000Z');
  });

  test('in summer at noon both readings say open, but the day still differs', () => {
    expect(at('2026-07-13T12:00:00Z').alternative).toMatchObject({ agreesNow: true });
  });

  test('太平洋標準時 read with daylight saving differs from PST all year in July, not in January', () => {
    const us = row('US');
    expect(deskReadings(us.hours[0]!, us.hoursSource, new Date('2026-01-12T18:00:00Z')).alternative).toBeNull();
    expect(deskReadings(us.hours[0]!, us.hoursSource, new Date('2026-07-13T18:00:00Z')).alternative).not.toBeNull();
  });

  test('GMT+10 (Australia and the Pacific rows) differs from Sydney time in the southern summer', () => {
    const au = row('AU');
    expect(deskReadings(au.hours[0]!, au.hoursSource, new Date('2026-01-12T03:00:00Z')).alternative).not.toBeNull();
    expect(deskReadings(au.hours[0]!, au.hoursSource, new Date('2026-07-13T03:00:00Z')).alternative).toBeNull();
  });

  test('a zone with no second reading (Tokyo, Bogotá) never gets one', () => {
    for (const id of ['JP', 'CO']) {
      const r = row(id);
      expect(deskReadings(r.hours[0]!, r.hoursSource, new Date('2026-07-13T03:00:00Z')).alternative).toBeNull();
    }
  });
});

describe('plans the response-time table does not list', () => {
  test.each(['e5', 'g3'])('%s: figures assumed from the Enterprise column', (plan) => {
    expect(assumedPlanMapping(data.support, plan)).toMatchObject({ family: 'enterprise' });
  });
  test.each(['e1', 'e3', 'g2', 'business-basic', 'unknown', undefined])(
    '%s: listed (or unknown), nothing assumed',
    (p) => {
      expect(assumedPlanMapping(data.support, p)).toBeNull();
    },
  );
});

describe('docs/seed-oddities.md', () => {
  const doc = readFileSync(join(__dirname, '..', '..', 'docs', 'seed-oddities.md'), 'utf8');

  test('is generated from data/ and the checks, and up to date (npx tsx scripts/seedOddities/write.ts)', () => {
    expect(doc).toBe(renderSeedOddities(data));
  });

  test('lists every number libphonenumber flags, every row oddity and both assumed plans', () => {
    for (const r of data.contacts) {
      const check = rowCheck(r);
      for (const verdict of check.phones.filter((v) => !v.dialable)) {
        expect(doc).toContain(`| ${r.id} (${r.name.en}`);
        expect(doc).toContain(`\`${verdict.printed}\``);
      }
      if (check.oddities.length > 0) expect(doc).toContain(`| ${r.id} (`);
    }
    expect(doc).toContain('Enterprise E5 is not listed');
    expect(doc).toContain('Government G3 is not listed');
  });
});
