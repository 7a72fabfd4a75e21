import type { ContactRow } from '../data/contactsSchema';
import type { Locale } from '../types';
import { checkPhone, formRegion, type PhoneVerdict } from './phoneCheck';

/** Something about a row, other than its numbers, that the bot must not pass on as fact. */
export type RowOddity =
  /** The form link presets another country (Ireland's opens France's form: SC=FR). */
  | { kind: 'formForOtherCountry'; formCountry: string }
  /** The form link opens in a language the form's own market does not use (Brazil's pt-BR form with SL=es). */
  | { kind: 'formLanguage'; formLanguage: string; marketLanguage: string }
  /** The seed's "courseware query" link goes somewhere other than the support request form (Japan's forum link). */
  | { kind: 'formNotRequestForm'; host: string }
  /** The row's name is machine-translation debris (the UAE's 「ユニット。アラブ首長国連邦」). */
  | { kind: 'garbledName'; locale: Locale; printed: string; corrected: string }
  /** No form and no e-mail: the phone numbers are the only route the row gives. */
  | { kind: 'noFormOrEmail' };

export interface RowCheck {
  rowId: string;
  /** One verdict per phone, in the row's order. */
  phones: PhoneVerdict[];
  oddities: RowOddity[];
  /** True when any number may not be dialable as printed: the form or e-mail is then offered before the phones. */
  anyDoubtfulPhone: boolean;
}

const checks = new WeakMap<ContactRow, RowCheck>();

function regionName(iso2: string, locale: Locale): string | undefined {
  try {
    return new Intl.DisplayNames([locale], { type: 'region' }).of(iso2);
  } catch {
    return undefined;
  }
}

/** A sentence full stop inside a country name only comes from a mistranslated abbreviation ("Unit." for "United"). */
function isGarbled(name: string): boolean {
  return /[。．]/.test(name);
}

function nameOddities(row: ContactRow): RowOddity[] {
  const out: RowOddity[] = [];
  for (const locale of ['ja', 'en'] as const) {
    const printed = row.name[locale];
    const corrected = isGarbled(printed) ? regionName(row.iso2, locale) : undefined;
    if (corrected && corrected !== printed) out.push({ kind: 'garbledName', locale, printed, corrected });
  }
  return out;
}

function formOddities(row: ContactRow): RowOddity[] {
  if (!row.requestUrl) return row.email ? [] : [{ kind: 'noFormOrEmail' }];
  const url = new URL(row.requestUrl);
  if (!/\/supportrequestform\//.test(url.pathname)) return [{ kind: 'formNotRequestForm', host: url.host }];
  const out: RowOddity[] = [];
  const presetCountry = url.searchParams.get('SC');
  if (presetCountry && presetCountry.toUpperCase() !== row.iso2) {
    out.push({ kind: 'formForOtherCountry', formCountry: presetCountry.toUpperCase() });
  }
  const market = url.pathname.match(/^\/([a-z]{2})-[a-z]{2}\//i)?.[1]?.toLowerCase();
  const formLanguage = url.searchParams.get('SL')?.toLowerCase();
  const region = formRegion(row.requestUrl);
  // Only a form for the row's own market is judged: an en-GB form for Denmark is a choice, not a slip.
  if (market && formLanguage && region === row.iso2 && market !== formLanguage) {
    out.push({ kind: 'formLanguage', formLanguage, marketLanguage: market });
  }
  return out;
}

/** Every check of a row, computed once per row object (start-up warms them all; see checkContactRows). */
export function rowCheck(row: ContactRow): RowCheck {
  let check = checks.get(row);
  if (!check) {
    const phones = row.phones.map((p) => checkPhone(p.number, row));
    check = {
      rowId: row.id,
      phones,
      oddities: [...nameOddities(row), ...formOddities(row)],
      anyDoubtfulPhone: phones.some((v) => !v.dialable),
    };
    checks.set(row, check);
  }
  return check;
}

/** Runs every row's checks at start-up, so the first user never waits on libphonenumber. */
export function checkContactRows(rows: readonly ContactRow[]): RowCheck[] {
  return rows.map(rowCheck);
}

/** The row's name to show: the seed's, unless it is garbled, then the platform's (CLDR) name for the country. */
export function displayName(row: ContactRow, locale: Locale): string {
  const garbled = rowCheck(row).oddities.find((o) => o.kind === 'garbledName' && o.locale === locale);
  return garbled?.kind === 'garbledName' ? garbled.corrected : row.name[locale];
}
