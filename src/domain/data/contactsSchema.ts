import { z } from 'zod';

const localized = z.object({ ja: z.string().min(1), en: z.string().min(1) });

/** A language a MOC desk answers in (ISO 639-1). */
const languageCode = z.string().regex(/^[a-z]{2}$/, 'expected an ISO 639-1 code');

/** IANA zone ("America/Bogota") or fixed offset ("UTC+10:00", "UTC"). */
const timeZone = z.string().refine(isKnownTimeZone, 'expected an IANA time zone or a fixed offset like UTC+10:00');

function isKnownTimeZone(zone: string): boolean {
  if (/^UTC([+-]\d{2}:\d{2})?$/.test(zone)) return true;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected HH:MM');

export const phoneSchema = z.object({
  /** The number exactly as the seed prints it. */
  number: z.string().min(1),
  /** The language spoken on this number, where the seed says so. */
  language: languageCode.nullable(),
});

export const hoursSchema = z.object({
  /** The phone language these hours belong to, where the seed gives hours per language. */
  language: languageCode.nullable(),
  /** ISO weekdays (1 = Monday … 7 = Sunday) the desk is open. */
  days: z.array(z.number().int().min(1).max(7)).min(1),
  open: clock,
  close: clock,
  timeZone,
});

export const contactRowSchema = z.object({
  /** Unique key: ISO 3166-1 alpha-2, plus "-<language>" where one country has several rows (CH-fr, CH-de). */
  id: z.string().regex(/^[A-Z]{2}(-[a-z]{2})?$/),
  /** ISO 3166-1 alpha-2; AN (Netherlands Antilles) is a withdrawn code the seed still lists. */
  iso2: z.string().regex(/^[A-Z]{2}$/),
  /** Set only where the seed splits one country into rows by language. */
  language: languageCode.nullable(),
  /** The row's name as the seed writes it (ja) and its English name. */
  name: localized,
  phones: z.array(phoneSchema).min(1),
  email: z.string().email().nullable(),
  requestUrl: z.string().url().nullable(),
  notes: localized.nullable(),
  hours: z.array(hoursSchema),
  /** The seed's hours text, verbatim, and how it was read (time zone, days). */
  hoursSource: z.string(),
  hoursInterpretation: localized.nullable(),
});

export const contactsFileSchema = z.object({
  source: z.string(),
  rows: z.array(contactRowSchema).min(1),
});

export type ContactRow = z.infer<typeof contactRowSchema>;
export type ContactPhone = z.infer<typeof phoneSchema>;
export type DeskHours = z.infer<typeof hoursSchema>;
export type ContactsFile = z.infer<typeof contactsFileSchema>;
