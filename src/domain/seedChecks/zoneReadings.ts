import { DateTime } from 'luxon';
import type { DeskHours } from '../data/contactsSchema';
import { deskStatus, sessionToday, type DeskStatus } from '../hours';

/**
 * The seed prints some desks' time zones in a way that has two defensible readings, one with daylight saving and
 * one without. data/ keeps one reading (hours.timeZone); this table names the other, keyed by the printed label and
 * the zone data chose, so the bot can say when the two differ instead of stating one as fact.
 */
export const ZONE_READINGS = [
  { kind: 'ukTime', printed: '(GMT)', zone: 'UTC', alternative: 'Europe/London' },
  { kind: 'pacificStandard', printed: '太平洋標準時', zone: 'America/Los_Angeles', alternative: 'UTC-08:00' },
  { kind: 'sydneyTime', printed: 'GMT+10', zone: 'UTC+10:00', alternative: 'Australia/Sydney' },
  { kind: 'aucklandTime', printed: 'GMT+12', zone: 'UTC+12:00', alternative: 'Pacific/Auckland' },
] as const;

export type ZoneReading = (typeof ZONE_READINGS)[number];
export type ZoneReadingKind = ZoneReading['kind'];

/** The other reading of a desk's printed time zone, or null when the seed's zone has only one. */
export function alternativeReading(hours: DeskHours, hoursSource: string): ZoneReading | null {
  return ZONE_READINGS.find((r) => r.zone === hours.timeZone && hoursSource.includes(r.printed)) ?? null;
}

export interface AlternativeStatus {
  reading: ZoneReading;
  /** The desk's state now under the other reading. */
  status: DeskStatus;
  /** Today's hours under the other reading (the desk's calendar day), for "today that would be 08:00–16:00". */
  opens: Date;
  closes: Date;
  /** False when one reading says open and the other closed: the open-now verdict is then not certain. */
  agreesNow: boolean;
}

export interface DeskReadings {
  /** The desk's state under the reading data/ keeps. */
  status: DeskStatus;
  /** Set only when the two readings put the desk's clock at different offsets at `now` (daylight saving in one). */
  alternative: AlternativeStatus | null;
}

function offsetAt(zone: string, now: Date): number {
  return DateTime.fromJSDate(now, { zone }).offset;
}

/** The desk's state under both readings of its printed time zone, when they differ on the day asked. */
export function deskReadings(hours: DeskHours, hoursSource: string, now: Date): DeskReadings {
  const status = deskStatus(hours, now);
  const reading = alternativeReading(hours, hoursSource);
  if (!reading || offsetAt(reading.zone, now) === offsetAt(reading.alternative, now)) {
    return { status, alternative: null };
  }
  const other: DeskHours = { ...hours, timeZone: reading.alternative };
  const otherStatus = deskStatus(other, now);
  const today = sessionToday(other, now);
  return {
    status,
    alternative: {
      reading,
      status: otherStatus,
      opens: today.opens,
      closes: today.closes,
      agreesNow: otherStatus.open === status.open,
    },
  };
}
