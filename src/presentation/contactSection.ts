import type { ContactRow } from '../domain/data/contactsSchema';
import { deskReadings, displayName, rowCheck } from '../domain/seedChecks';
import type { Locale } from '../domain/types';
import { t } from '../i18n/catalog';
import { escapeMarkdown } from './escape';
import { languageName } from './labels';
import { deskStateText, formFirstText, formOfferedFirst, phoneText, rowOddityNotes, zoneCaveatText } from './seedNotes';
import { facts, heading, paragraph, small, type CardElement } from './cardElements';

/**
 * The regional MOC contact of the answer card. Seed text (numbers, notes, names) passes through escapeMarkdown: the
 * only live parts are the elements built here (TextBlock, FactSet, Action.OpenUrl to the row's own https form).
 * Numbers that may not be dialable as printed keep their printed form with a note, after the form or e-mail.
 */

export function contactSection(
  row: ContactRow,
  now: Date,
  locale: Locale,
  userTimeZone: string | undefined,
): CardElement[] {
  const check = rowCheck(row);
  const phoneFacts = row.phones.map((p, i): [string, string] => [
    p.language
      ? t(locale, 'card.phoneLanguage', { language: languageName(p.language, locale) })
      : t(locale, 'card.phone'),
    escapeMarkdown(phoneText(check.phones[i]!, row, locale)),
  ]);
  const readings = row.hours.map((h) => deskReadings(h, row.hoursSource, now));
  const hourFacts = readings.map((r): [string, string] => [
    r.status.language
      ? t(locale, 'card.hoursLanguage', { language: languageName(r.status.language, locale) })
      : t(locale, 'card.hours'),
    `${r.status.hours.open}–${r.status.hours.close} (${r.status.hours.timeZone}). ${deskStateText(r, locale, userTimeZone)}`,
  ]);
  const emailFact: [string, string | null] = [t(locale, 'card.email'), row.email && escapeMarkdown(row.email)];

  const elements: CardElement[] = [
    heading(t(locale, 'card.contactTitle', { country: escapeMarkdown(displayName(row, locale)) })),
  ];
  const formFirst = formFirstText(row, locale);
  if (formFirst) {
    elements.push(paragraph(escapeMarkdown(formFirst), { weight: 'Bolder' }));
    if (formOfferedFirst(row)) {
      elements.push({
        type: 'ActionSet',
        actions: [{ type: 'Action.OpenUrl', title: t(locale, 'card.openRequestForm'), url: row.requestUrl }],
      });
    }
    elements.push(facts([emailFact, ...phoneFacts, ...hourFacts]));
  } else {
    elements.push(facts([...phoneFacts, emailFact, ...hourFacts]));
  }
  if (row.hours.length === 0) elements.push(paragraph(t(locale, 'card.noHours')));
  if (row.notes)
    elements.push(paragraph(`${t(locale, 'card.notes')}: ${escapeMarkdown(row.notes[locale])}`, { isSubtle: true }));
  for (const note of rowOddityNotes(row, locale)) elements.push(small(escapeMarkdown(note)));
  const caveats = new Set(readings.map((r) => zoneCaveatText(r, locale, userTimeZone)).filter((c) => c !== null));
  for (const caveat of caveats) elements.push(small(escapeMarkdown(caveat)));
  if (row.hoursInterpretation) {
    // This project's own reading (zone ids such as Asia/Hong_Kong), not seed text: shown as written.
    elements.push(small(`${t(locale, 'card.hoursReading')}: ${row.hoursInterpretation[locale]}`));
  }
  return elements;
}
