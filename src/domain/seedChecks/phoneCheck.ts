import {
  getCountries,
  getCountryCallingCode,
  isSupportedCountry,
  parsePhoneNumberFromString,
  type CountryCode,
  type PhoneNumber,
} from 'libphonenumber-js/max';

/**
 * Why a number, as the seed prints it, may not reach anyone when dialled. Each problem carries only codes and
 * calling codes; the words for the user live in the catalogs (seedNotes.*).
 */
export type PhoneProblem =
  /** "800,835,715": digits grouped like an amount, which no phone can dial. */
  | { kind: 'thousandsSeparators' }
  /** "800835715" for Switzerland: a national number without its trunk prefix (0800…). `country` is set when the
   * number only reads as valid in another country (the Pacific rows carry an Australian number). */
  | { kind: 'missingLeadingZero'; country: string; callingCode: string }
  /** "(65) 6622 1237", "971 4 397 5752": a country calling code printed without "+" or an international prefix. */
  | { kind: 'countryCodeWithoutPlus'; callingCode: string; country: string | null }
  /** "(91) (80) 85,230,027,866" for Hong Kong: opens with another country's calling code and reads as no number. */
  | { kind: 'foreignCountryCode'; callingCode: string; country: string | null }
  /** No reading of the digits is a valid number for the row's country or region. */
  | { kind: 'notRecognised'; country: string };

/** A valid number the printed one most likely stands for: for the oddity table only, never told to users as fact. */
export interface LikelyReading {
  international: string;
  country: string | null;
}

export interface PhoneVerdict {
  /** The number exactly as the seed prints it. */
  printed: string;
  /** True when libphonenumber finds the number valid exactly as printed (digits, prefix and all). */
  dialable: boolean;
  /** International format ("+81 120 77 2057") and tel: URI, for dialable numbers. */
  international: string | null;
  telUri: string | null;
  /** ISO country the dialable number belongs to, when it is not the row's own calling area (US numbers for Aruba). */
  foreignCountry: string | null;
  /** Tones to press after the call connects ("#2#6"), kept out of the check and shown as printed. */
  postDial: string | null;
  problems: PhoneProblem[];
  likelyReading: LikelyReading | null;
}

/** What a number is checked against: the row's country, then the region of its request form's locale. */
export interface PhoneContext {
  iso2: string;
  requestUrl: string | null;
}

/** "https://support.microsoft.com/en-au/supportrequestform/…" → "AU": the market the seed's form link opens. */
export function formRegion(requestUrl: string | null): string | null {
  const match = requestUrl?.match(/^https:\/\/support\.microsoft\.com\/[a-z]{2}-([a-z]{2})\//i);
  return match ? match[1]!.toUpperCase() : null;
}

function supported(code: string | null): code is CountryCode {
  return code !== null && isSupportedCountry(code);
}

function regionsFor(context: PhoneContext): CountryCode[] {
  const candidates = [context.iso2, formRegion(context.requestUrl)];
  return [...new Set(candidates.filter(supported))];
}

const onlyDigits = (text: string): string => text.replace(/\D/g, '');

/** The digits one dials for `n` from inside `region`: its national form, or the region's international prefix. */
function dialledForms(n: PhoneNumber, region: CountryCode): string[] {
  return [onlyDigits(n.format('NATIONAL')), onlyDigits(n.format('IDD', { fromCountry: region }) ?? '')];
}

function validAsDialled(text: string, digits: string, region: CountryCode): PhoneNumber | undefined {
  const n = parsePhoneNumberFromString(text, region);
  return n?.isValid() && dialledForms(n, region).includes(digits) ? n : undefined;
}

function validInternational(digits: string): PhoneNumber | undefined {
  const n = parsePhoneNumberFromString(`+${digits}`);
  return n?.isValid() ? n : undefined;
}

/** The country a calling code belongs to, when only one country uses it ("91" → IN; "1" → null). */
function countryOfCallingCode(callingCode: string): string | null {
  const countries = getCountries().filter((c) => getCountryCallingCode(c) === callingCode);
  return countries.length === 1 ? countries[0]! : null;
}

function callingCodeOf(country: string): string | null {
  return supported(country) ? getCountryCallingCode(country) : null;
}

function reading(n: PhoneNumber): LikelyReading {
  return { international: n.formatInternational(), country: n.country ?? null };
}

/** The first group of digits as printed: "(91) (80) …" → "91", "971 4 …" → "971". */
function leadingGroup(main: string): string | null {
  return main.trim().match(/^\(?\+?(\d+)\)?[\s-]/)?.[1] ?? null;
}

/** A leading group ("(91)", "30 …") that is another country's calling code, when nothing else explains the digits. */
function leadingForeignCode(
  main: string,
  ownCode: string | null,
): { callingCode: string; country: string | null } | null {
  const code = leadingGroup(main);
  if (code === null || code.length > 3 || code === ownCode) return null;
  const known = getCountries().some((c) => getCountryCallingCode(c) === code);
  return known ? { callingCode: code, country: countryOfCallingCode(code) } : null;
}

/**
 * Checks one printed number against its row with libphonenumber (full metadata). A number is dialable only when it
 * is valid exactly as printed: in international format, or as the national (or international-prefix) digits of the
 * row's country or of its form's region. Anything else gets the problems that explain it and, where one reading of
 * the digits is valid, that reading (for the oddity table; the bot shows the number as printed).
 */
export function checkPhone(printed: string, context: PhoneContext): PhoneVerdict {
  const hashAt = printed.indexOf('#');
  const main = hashAt === -1 ? printed : printed.slice(0, hashAt);
  const postDial = hashAt === -1 ? null : printed.slice(hashAt);
  const digits = onlyDigits(main);
  const regions = regionsFor(context);
  const ownCode = callingCodeOf(context.iso2);
  const hasSeparators = /\d,\d{3}(?!\d)/.test(main);

  const base = { printed, postDial };
  if (!hasSeparators) {
    const dialled = main.trim().startsWith('+')
      ? validInternational(digits)
      : regions.map((r) => validAsDialled(main, digits, r)).find(Boolean);
    if (dialled) {
      // A toll-free number of a shared plan (+1 855 for Canada) belongs to the whole plan, not to one country.
      const foreign =
        dialled.country !== undefined && dialled.country !== context.iso2 && dialled.getType() !== 'TOLL_FREE';
      return {
        ...base,
        dialable: true,
        international: dialled.formatInternational(),
        telUri: dialled.getURI(),
        foreignCountry: foreign ? dialled.country! : null,
        problems: [],
        likelyReading: null,
      };
    }
  }

  const problems: PhoneProblem[] = hasSeparators ? [{ kind: 'thousandsSeparators' }] : [];
  let likely: PhoneNumber | undefined;
  for (const region of regions) {
    const asIs = hasSeparators ? validAsDialled(digits, digits, region) : undefined;
    if (asIs) {
      likely = asIs;
      break;
    }
    const withZero = validAsDialled(`0${digits}`, `0${digits}`, region);
    if (withZero) {
      problems.push({ kind: 'missingLeadingZero', country: region, callingCode: withZero.countryCallingCode });
      likely = withZero;
      break;
    }
  }
  if (!likely) {
    const international = validInternational(digits);
    // Digits regrouped by separators say nothing of where a code ends; otherwise the code must stand apart as printed
    // ("(65) 6622…", "971 4…"), so "1656622 1237" is not read as +1 656….
    if (international && (hasSeparators || leadingGroup(main) === international.countryCallingCode)) {
      problems.push({
        kind: 'countryCodeWithoutPlus',
        callingCode: international.countryCallingCode,
        country: international.country ?? null,
      });
      likely = international;
    }
  }
  if (!likely) {
    const foreign = leadingForeignCode(main, ownCode);
    problems.push(
      foreign ? { kind: 'foreignCountryCode', ...foreign } : { kind: 'notRecognised', country: context.iso2 },
    );
  }
  return {
    ...base,
    dialable: false,
    international: null,
    telUri: null,
    foreignCountry: null,
    problems,
    likelyReading: likely ? reading(likely) : null,
  };
}
