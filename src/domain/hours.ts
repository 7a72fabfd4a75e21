import { DateTime } from 'luxon';
import type { DeskHours } from './data/contactsSchema';

export type Clock = () => Date;
export const systemClock: Clock = () => new Date();

export interface DeskStatus {
  /** The phone language these hours are for, where the seed gives hours per language. */
  language: string | null;
  open: boolean;
  /** When an open desk closes today. */
  closesAt: Date | null;
  /** When a closed desk next opens. */
  nextOpening: Date | null;
  hours: DeskHours;
}

function minutesOf(clock: string): number {
  const [h, m] = clock.split(':').map(Number);
  return h * 60 + m;
}

function localNow(hours: DeskHours, now: Date): DateTime {
  return DateTime.fromJSDate(now, { zone: hours.timeZone });
}

/** Today's opening and closing instants in the desk's zone, for a given local day. */
function sessionOn(hours: DeskHours, day: DateTime): { opens: DateTime; closes: DateTime } {
  const start = day.startOf('day');
  return {
    opens: start.plus({ minutes: minutesOf(hours.open) }),
    closes: start.plus({ minutes: minutesOf(hours.close) }),
  };
}

/** Today's opening and closing instants of a desk, on the desk's own calendar day at `now`. */
export function sessionToday(hours: DeskHours, now: Date): { opens: Date; closes: Date; openDay: boolean } {
  const local = localNow(hours, now);
  const { opens, closes } = sessionOn(hours, local);
  return { opens: opens.toJSDate(), closes: closes.toJSDate(), openDay: hours.days.includes(local.weekday) };
}

export function deskStatus(hours: DeskHours, now: Date): DeskStatus {
  const local = localNow(hours, now);
  const today = sessionOn(hours, local);
  const openToday = hours.days.includes(local.weekday);
  if (openToday && local >= today.opens && local < today.closes) {
    return { language: hours.language, open: true, closesAt: today.closes.toJSDate(), nextOpening: null, hours };
  }
  for (let ahead = 0; ahead <= 7; ahead++) {
    const day = local.plus({ days: ahead });
    if (!hours.days.includes(day.weekday)) continue;
    const { opens } = sessionOn(hours, day);
    if (opens > local) {
      return { language: hours.language, open: false, closesAt: null, nextOpening: opens.toJSDate(), hours };
    }
  }
  // Unreachable for a schema-valid row (at least one weekday); kept total for safety.
  return { language: hours.language, open: false, closesAt: null, nextOpening: null, hours };
}

export function deskStatuses(hours: DeskHours[], now: Date): DeskStatus[] {
  return hours.map((h) => deskStatus(h, now));
}

/**
 * Formats an instant for the user: in their own zone when the channel told us one, else in the desk's zone
 * (said explicitly, so the user is never misled about whose clock it is).
 */
export function formatInstant(
  instant: Date,
  locale: string,
  userTimeZone: string | undefined,
  deskZone: string,
): string {
  const zone = userTimeZone && DateTime.local().setZone(userTimeZone).isValid ? userTimeZone : deskZone;
  const dt = DateTime.fromJSDate(instant, { zone }).setLocale(locale === 'ja' ? 'ja-JP' : 'en-GB');
  const text = dt.toLocaleString({
    weekday: 'short',
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  });
  return `${text} (UTC${dt.toFormat('ZZ')})`;
}
