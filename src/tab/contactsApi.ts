import { DateTime, Info } from 'luxon';
import type { CountryMatcher } from '../domain/country';
import type { ContactRow } from '../domain/data/contactsSchema';
import type { Clock } from '../domain/hours';
import { deskReadings, rowCheck } from '../domain/seedChecks';
import type { Locale } from '../domain/types';
import { t } from '../i18n/catalog';
import { languageName, listInText, rowName } from '../presentation/labels';
import { deskStateText, formFirstText, phoneText, rowOddityNotes, zoneCaveatText } from '../presentation/seedNotes';

/** Longest query the tab accepts; a country name is short. */
export const MAX_CONTACTS_QUERY = 200;

export interface ContactsQuery {
  q?: unknown;
  locale?: unknown;
  tz?: unknown;
}

export interface ContactPhoneView {
  /** ISO 639-1 code, or null where the seed does not say. */
  language: string | null;
  /** The language's name in the requested locale ("" where the seed does not say). */
  languageName: string;
  /** The number exactly as the seed prints it. */
  number: string;
  /** False when libphonenumber finds the number not dialable as printed (then telUri is null and note says why). */
  dialable: boolean;
  /** tel: URI in international format, only for dialable numbers. */
  telUri: string | null;
  international: string | null;
  /** The card's wording of the number: as printed, plus the note. */
  text: string;
}

export interface DeskHoursView {
  language: string | null;
  languageName: string;
  days: number[];
  /** The days as people write them: "Mon–Fri", "月～金". */
  daysText: string;
  open: string;
  close: string;
  timeZone: string;
  openNow: boolean;
  /** ISO instants, for clients that format them themselves. */
  closesAt: string | null;
  nextOpening: string | null;
  /** "Open now until …" / "Closed; opens …", in the requested locale and time zone; both readings when uncertain. */
  statusText: string;
  /** False when the two readings of the printed time zone disagree about whether the desk is open now. */
  openNowCertain: boolean;
  /** Set on days the two readings of the printed time zone put the desk's clock an hour apart. */
  zoneCaveat: string | null;
}

export interface ContactRowView {
  id: string;
  iso2: string;
  name: string;
  phones: ContactPhoneView[];
  email: string | null;
  requestUrl: string | null;
  notes: string | null;
  hours: DeskHoursView[];
  /** Set when the seed gives no hours for this row. */
  noHours: string | null;
  hoursInterpretation: string | null;
  openNow: boolean;
  /** False when any desk's open-now verdict depends on the reading of its printed time zone. */
  openNowCertain: boolean;
  /** Set when a number may not be dialable as printed: the sentence putting the form or e-mail first. */
  formFirst: string | null;
  /** Notes on the seed's form link or name for this row (Ireland's form opens France's; the UAE's name). */
  seedNotes: string[];
}

export type ContactsAnswer =
  | { httpStatus: 400; body: { error: string } }
  | {
      httpStatus: 200;
      body: {
        status: 'match' | 'ambiguous' | 'none';
        query: string;
        locale: Locale;
        timeZone: string | null;
        rows: ContactRowView[];
      };
    };

function isLocale(value: unknown): value is Locale {
  return value === 'ja' || value === 'en';
}

function validZone(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.length === 0 || value.length > 64) return undefined;
  return DateTime.local().setZone(value).isValid ? value : undefined;
}

/**
 * GET /api/contacts: the same country matcher the bot uses, as JSON for the contacts tab. A missing or oversized
 * query is a 400 with a sentence saying why; a query that matches nothing is a 200 with status "none".
 */
export function answerContactsQuery(
  query: ContactsQuery,
  matcher: CountryMatcher,
  clock: Clock,
  defaultLocale: Locale,
): ContactsAnswer {
  const locale: Locale = isLocale(query.locale) ? query.locale : defaultLocale;
  if (typeof query.q !== 'string' || query.q.trim() === '') {
    return { httpStatus: 400, body: { error: t(locale, 'tab.api.missingQuery') } };
  }
  const q = query.q.trim();
  if (q.length > MAX_CONTACTS_QUERY) {
    return { httpStatus: 400, body: { error: t(locale, 'tab.api.queryTooLong', { max: MAX_CONTACTS_QUERY }) } };
  }
  const timeZone = validZone(query.tz);
  const result = matcher.match(q, locale);
  const rows =
    result.status === 'match' && result.match
      ? [result.match.row]
      : result.status === 'ambiguous'
        ? uniqueRows(result.candidates.map((c) => c.row))
        : [];
  const now = clock();
  return {
    httpStatus: 200,
    body: {
      status: result.status,
      query: q,
      locale,
      timeZone: timeZone ?? null,
      rows: rows.map((row) => viewOf(row, locale, timeZone, now)),
    },
  };
}

function uniqueRows(rows: ContactRow[]): ContactRow[] {
  const seen = new Set<string>();
  return rows.filter((r) => (seen.has(r.id) ? false : (seen.add(r.id), true)));
}

function viewOf(row: ContactRow, locale: Locale, userTimeZone: string | undefined, now: Date): ContactRowView {
  const check = rowCheck(row);
  const hours = row.hours.map((h): DeskHoursView => {
    const readings = deskReadings(h, row.hoursSource, now);
    const s = readings.status;
    return {
      language: s.language,
      languageName: languageLabel(s.language, locale),
      days: s.hours.days,
      daysText: daysText(s.hours.days, locale),
      open: s.hours.open,
      close: s.hours.close,
      timeZone: s.hours.timeZone,
      openNow: s.open,
      closesAt: s.closesAt?.toISOString() ?? null,
      nextOpening: s.nextOpening?.toISOString() ?? null,
      statusText: deskStateText(readings, locale, userTimeZone),
      openNowCertain: readings.alternative?.agreesNow ?? true,
      zoneCaveat: zoneCaveatText(readings, locale, userTimeZone),
    };
  });
  return {
    id: row.id,
    iso2: row.iso2,
    name: rowName(row, locale),
    phones: row.phones.map((p, i) => {
      const verdict = check.phones[i]!;
      return {
        language: p.language,
        languageName: languageLabel(p.language, locale),
        number: p.number,
        dialable: verdict.dialable,
        telUri: verdict.telUri,
        international: verdict.international,
        text: phoneText(verdict, row, locale),
      };
    }),
    email: row.email,
    requestUrl: row.requestUrl,
    notes: row.notes?.[locale] ?? null,
    hours,
    noHours: row.hours.length === 0 ? t(locale, 'card.noHours') : null,
    hoursInterpretation: row.hoursInterpretation?.[locale] ?? null,
    openNow: hours.some((h) => h.openNow),
    openNowCertain: hours.every((h) => h.openNowCertain),
    formFirst: formFirstText(row, locale),
    seedNotes: rowOddityNotes(row, locale),
  };
}

/** The catalog's name for a phone language, else the platform's (Intl), else the code. */
function languageLabel(language: string | null, locale: Locale): string {
  if (!language) return '';
  const fromCatalog = languageName(language, locale);
  if (fromCatalog !== language) return fromCatalog;
  try {
    return new Intl.DisplayNames([locale], { type: 'language' }).of(language) ?? language;
  } catch {
    return language;
  }
}

/** ISO weekdays as runs: [1,2,3,4,5] → "Mon–Fri" / "月～金"; [1,3] → "Mon, Wed". */
export function daysText(days: number[], locale: Locale): string {
  const names = Info.weekdays('short', { locale: locale === 'ja' ? 'ja-JP' : 'en-GB' }).map((n) =>
    locale === 'ja' ? n.replace(/曜日?$/, '') : n,
  );
  const sorted = [...new Set(days)].sort((a, b) => a - b);
  const runs: Array<[number, number]> = [];
  for (const day of sorted) {
    const last = runs[runs.length - 1];
    if (last && day === last[1] + 1) last[1] = day;
    else runs.push([day, day]);
  }
  const dash = locale === 'ja' ? '～' : '–';
  return listInText(
    runs.map(([a, b]) =>
      a === b
        ? names[a - 1]!
        : b === a + 1
          ? listInText([names[a - 1]!, names[b - 1]!], locale)
          : `${names[a - 1]}${dash}${names[b - 1]}`,
    ),
    locale,
  );
}
