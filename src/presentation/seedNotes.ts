import type { ContactRow } from '../domain/data/contactsSchema';
import { formatInstant } from '../domain/hours';
import {
  assumedPlanMapping,
  displayName,
  rowCheck,
  type DeskReadings,
  type PhoneProblem,
  type PhoneVerdict,
  type RowOddity,
} from '../domain/seedChecks';
import type { SupportData } from '../domain/data/supportSchema';
import type { Locale } from '../domain/types';
import { t } from '../i18n/catalog';

/**
 * The words for the seed checks of src/domain/seedChecks: what the cards and the contacts API say about numbers
 * that may not be dialable as printed, odd form links and names, uncertain time zones and assumed plan mappings.
 */

/** A country's name in the user's language (CLDR via Intl), else its code. */
export function countryName(iso2: string, locale: Locale): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'region' }).of(iso2) ?? iso2;
  } catch {
    return iso2;
  }
}

function languageName(code: string, locale: Locale): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

function problemText(problem: PhoneProblem, row: ContactRow, locale: Locale): string {
  switch (problem.kind) {
    case 'thousandsSeparators':
      return t(locale, 'seedNotes.problem.thousandsSeparators');
    case 'missingLeadingZero':
      return problem.country === row.iso2
        ? t(locale, 'seedNotes.problem.missingLeadingZero')
        : t(locale, 'seedNotes.problem.missingLeadingZeroForeign', {
            country: countryName(problem.country, locale),
            code: problem.callingCode,
          });
    case 'countryCodeWithoutPlus':
      return t(locale, 'seedNotes.problem.countryCodeWithoutPlus', {
        country: problem.country ? countryName(problem.country, locale) : `+${problem.callingCode}`,
        code: problem.callingCode,
      });
    case 'foreignCountryCode':
      return t(locale, 'seedNotes.problem.foreignCountryCode', {
        country: problem.country ? countryName(problem.country, locale) : `+${problem.callingCode}`,
        code: problem.callingCode,
        row: displayName(row, locale),
      });
    case 'notRecognised':
      return t(locale, 'seedNotes.problem.notRecognised', { country: countryName(problem.country, locale) });
  }
}

/** A phone number as the card shows it: always as printed, with a note when it may not be dialable that way. */
export function phoneText(verdict: PhoneVerdict, row: ContactRow, locale: Locale): string {
  if (!verdict.dialable) {
    const why = verdict.problems.map((p) => problemText(p, row, locale)).join(t(locale, 'seedNotes.problem.separator'));
    return t(locale, 'seedNotes.phone.doubtful', { number: verdict.printed, why });
  }
  if (verdict.foreignCountry) {
    return t(locale, 'seedNotes.phone.foreign', {
      number: verdict.printed,
      country: countryName(verdict.foreignCountry, locale),
    });
  }
  if (verdict.international && !verdict.printed.trim().startsWith('+')) {
    return t(locale, 'seedNotes.phone.international', {
      number: verdict.printed,
      international: verdict.international + (verdict.postDial ?? ''),
    });
  }
  return verdict.printed;
}

/** The sentence that puts the form or e-mail before numbers that may not be dialable; null when all are. */
export function formFirstText(row: ContactRow, locale: Locale): string | null {
  if (!rowCheck(row).anyDoubtfulPhone) return null;
  const name = displayName(row, locale);
  if (row.requestUrl) return t(locale, 'seedNotes.formFirst.form', { row: name });
  if (row.email) return t(locale, 'seedNotes.formFirst.email', { row: name, email: row.email });
  return t(locale, 'seedNotes.formFirst.none', { row: name });
}

/** True when the contact section shows the form button itself, ahead of the numbers. */
export function formOfferedFirst(row: ContactRow): boolean {
  return rowCheck(row).anyDoubtfulPhone && row.requestUrl !== null;
}

function oddityText(oddity: RowOddity, row: ContactRow, locale: Locale): string | null {
  const name = displayName(row, locale);
  switch (oddity.kind) {
    case 'formForOtherCountry':
      return t(locale, 'seedNotes.oddity.formForOtherCountry', {
        row: name,
        formCountry: countryName(oddity.formCountry, locale),
      });
    case 'formLanguage':
      return t(locale, 'seedNotes.oddity.formLanguage', {
        formLanguage: languageName(oddity.formLanguage, locale),
        marketLanguage: languageName(oddity.marketLanguage, locale),
      });
    case 'formNotRequestForm':
      return t(locale, 'seedNotes.oddity.formNotRequestForm', { row: name, host: oddity.host });
    case 'garbledName':
      // Only the locale whose name is garbled hears about it.
      return oddity.locale === locale
        ? t(locale, 'seedNotes.oddity.garbledName', { printed: oddity.printed, corrected: oddity.corrected })
        : null;
    case 'noFormOrEmail':
      return t(locale, 'seedNotes.oddity.noFormOrEmail', { row: name });
  }
}

/** Notes on the row's form link and name, in the user's language. */
export function rowOddityNotes(row: ContactRow, locale: Locale): string[] {
  return rowCheck(row)
    .oddities.map((o) => oddityText(o, row, locale))
    .filter((s): s is string => s !== null);
}

function clock(instant: Date, locale: Locale, userTimeZone: string | undefined, deskZone: string): string {
  return formatInstant(instant, locale, userTimeZone, deskZone);
}

/** "Open now (closes …)" / "Closed now; opens …", or, when the two readings disagree about now, both. */
export function deskStateText(readings: DeskReadings, locale: Locale, userTimeZone: string | undefined): string {
  const { status, alternative } = readings;
  const zone = status.hours.timeZone;
  if (!alternative || alternative.agreesNow) {
    if (status.open) return t(locale, 'card.openNow', { time: clock(status.closesAt!, locale, userTimeZone, zone) });
    return status.nextOpening
      ? t(locale, 'card.closedNow', { time: clock(status.nextOpening, locale, userTimeZone, zone) })
      : '';
  }
  const state = (s: typeof status) =>
    s.open
      ? t(locale, 'seedNotes.hours.stateOpen', { time: clock(s.closesAt!, locale, userTimeZone, zone) })
      : t(locale, 'seedNotes.hours.stateClosed', { time: clock(s.nextOpening!, locale, userTimeZone, zone) });
  return t(locale, 'seedNotes.hours.uncertainNow', {
    printedReading: t(locale, 'seedNotes.hours.byPrinted', { state: state(status) }),
    otherReading: t(locale, 'seedNotes.hours.byOther', {
      zone: t(locale, `seedNotes.zone.${alternative.reading.kind}.alternative`),
      state: state(alternative.status),
    }),
  });
}

/** The time-zone caveat for a day on which the two readings differ; null on days they agree. */
export function zoneCaveatText(
  readings: DeskReadings,
  locale: Locale,
  userTimeZone: string | undefined,
): string | null {
  const alternative = readings.alternative;
  if (!alternative) return null;
  const zone = readings.status.hours.timeZone;
  const kind = alternative.reading.kind;
  return t(locale, 'seedNotes.hours.caveat', {
    printed: alternative.reading.printed,
    reading: t(locale, `seedNotes.zone.${kind}.reading`),
    zone: t(locale, `seedNotes.zone.${kind}.alternative`),
    open: clock(alternative.opens, locale, userTimeZone, zone),
    close: clock(alternative.closes, locale, userTimeZone, zone),
  });
}

/** "E5 is not listed …; assumed from the Enterprise column", for plans the response-time table does not list. */
export function assumedPlanText(
  data: Pick<SupportData, 'plans' | 'responseTimes'>,
  planId: string | undefined,
  locale: Locale,
): string | null {
  const mapping = assumedPlanMapping(data, planId);
  return mapping
    ? t(locale, 'seedNotes.assumedPlan', { plan: mapping.plan[locale], family: mapping.familyLabel[locale] })
    : null;
}
