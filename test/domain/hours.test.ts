import { deskStatus, formatInstant } from '../../src/domain/hours';
import type { DeskHours } from '../../src/domain/data/contactsSchema';

const weekdays = [1, 2, 3, 4, 5];
const tokyo: DeskHours = { language: null, days: weekdays, open: '09:00', close: '17:30', timeZone: 'Asia/Tokyo' };
const bogota: DeskHours = { language: 'es', days: weekdays, open: '07:00', close: '19:00', timeZone: 'America/Bogota' };
const fixedPlusTen: DeskHours = {
  language: null,
  days: weekdays,
  open: '08:30',
  close: '17:30',
  timeZone: 'UTC+10:00',
};
const pacific: DeskHours = {
  language: null,
  days: weekdays,
  open: '04:30',
  close: '17:00',
  timeZone: 'America/Los_Angeles',
};

describe('desk hours', () => {
  test.each(
    [
      ['Tokyo desk, Monday 10:00 JST', tokyo, '2026-11-23T01:00:00Z', true],
      ['Tokyo desk, Monday 17:30 JST (closing minute)', tokyo, '2026-11-23T08:30:00Z', false],
      ['Tokyo desk, Monday 08:59 JST', tokyo, '2026-11-22T23:59:00Z', false],
      ['Tokyo desk, Saturday noon JST', tokyo, '2026-11-28T03:00:00Z', false],
      ['Bogota desk, Monday 18:59 COT', bogota, '2026-11-23T23:59:00Z', true],
      ['fixed UTC+10 desk, Friday 08:30', fixedPlusTen, '2026-11-26T22:30:00Z', true],
      ['Pacific desk in summer time, 04:30 PDT', pacific, '2026-07-06T11:30:00Z', true],
      ['Pacific desk in winter, 04:30 PST', pacific, '2026-11-23T12:30:00Z', true],
      ['Pacific desk in winter, 04:29 PST', pacific, '2026-11-23T12:29:00Z', false],
    ].map(([label, hours, now, open]) => ({ label, hours, now, open })),
  )('$label → open: $open', ({ hours, now, open }) => {
    expect(deskStatus(hours as DeskHours, new Date(now as string)).open).toBe(open);
  });

  test('a desk closed on Friday evening next opens on Monday morning in its own zone', () => {
    const status = deskStatus(tokyo, new Date('2026-11-27T10:00:00Z')); // Fri 19:00 JST
    expect(status.nextOpening?.toISOString()).toBe('2026-11-30T00:00:00.000Z'); // Mon 09:00 JST
  });

  test('an open desk reports when it closes', () => {
    const status = deskStatus(tokyo, new Date('2026-11-23T01:00:00Z'));
    expect(status.closesAt?.toISOString()).toBe('2026-11-23T08:30:00.000Z');
  });

  test('the next opening is shown in the user zone when the channel gives one', () => {
    const text = formatInstant(new Date('2026-11-30T00:00:00Z'), 'en', 'Europe/London', 'Asia/Tokyo');
    expect(text).toContain('00:00');
    expect(text).toContain('UTC+00:00');
  });

  test('without a user zone the desk zone is used and named', () => {
    const text = formatInstant(new Date('2026-11-30T00:00:00Z'), 'ja', undefined, 'Asia/Tokyo');
    expect(text).toContain('09:00');
    expect(text).toContain('UTC+09:00');
  });
});
