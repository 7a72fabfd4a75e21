import type { Locale, Localized, PlanFamily, Severity } from './types';
import { TABLE_FAMILIES } from './data/supportSchema';
import type { Availability, ResponseCell, ResponseKind, SupportData, TableFamily } from './data/supportSchema';

/** One cell of the initial response table (seed 001, "テクニカル サポートの初期応答時間"). */
export interface ResponseTimeRow {
  family: TableFamily;
  familyLabel: Localized;
  /** Plans the column lists (empty for elevated support). */
  plans: Localized[];
  availability: Availability;
  response: ResponseKind;
  /** Footnotes of the column header and the cell, in footnote order. */
  footnotes: Localized[];
  /** "Available 24/7; initial response (guideline): 1 hour", from the strings in data. */
  text: Localized;
}

export interface ResponseTime {
  planFamily: PlanFamily;
  severity: Severity;
  /** The availability, when every row agrees (always so for a single family); null when it depends on the plan. */
  availability: Availability | null;
  /** The response, when every row agrees; null when it depends on the plan. */
  response: ResponseKind | null;
  /** One row for a known family; every table column for 'unknown'. */
  rows: ResponseTimeRow[];
  /** Footnotes of all rows, de-duplicated, in footnote order. */
  footnotes: Localized[];
  /** "Based on severity and subscription type; the times are guidelines." */
  basis: Localized;
  /** A closed service request can be reopened within this many days. */
  reopen: { days: number; text: Localized };
  /** Only admins open service requests (Microsoft 365 admin center). */
  adminsOnly: Localized;
  /** Paid standalone plans get Enterprise-level support and response targets. */
  standalone: Localized;
  /** The short description describeResponseTime returns, in both locales. */
  description: Localized;
}

type ResponseTimesData = Pick<SupportData, 'responseTimes'>;

/** Replaces `{name}` placeholders with values; unknown placeholders are left as they are. */
export function fillTemplate(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(values, name) ? String(values[name]) : whole,
  );
}

function byNumber(a: string, b: string): number {
  return Number(a) - Number(b);
}

function sameResponse(a: ResponseKind, b: ResponseKind): boolean {
  return a.kind === b.kind && (a.kind !== 'hours' || (b.kind === 'hours' && a.hours === b.hours));
}

/**
 * The initial response time for a plan family and severity. For planFamily 'unknown' every column of the table
 * is returned (business, enterprise, frontline, elevated), so the bot can show the range honestly;
 * `availability`/`response` are then set only when all columns agree (severity A).
 */
export function responseTimeFor(data: ResponseTimesData, planFamily: PlanFamily, severity: Severity): ResponseTime {
  const table = data.responseTimes;
  const families: readonly TableFamily[] = planFamily === 'unknown' ? TABLE_FAMILIES : [planFamily];
  const allRefs = new Set<string>();
  const rows = families.map((family): ResponseTimeRow => {
    const column = table.families[family];
    const cell = column.cells[severity];
    const refs = [...new Set([...column.footnotes, ...cell.footnotes])].sort(byNumber);
    refs.forEach((r) => allRefs.add(r));
    return {
      family,
      familyLabel: column.label,
      plans: column.plans,
      availability: cell.availability,
      response: cell.response,
      footnotes: refs.map((r) => table.footnotes[r]!),
      text: bothLocales((locale) => lineText(data, cell, locale)),
    };
  });
  const first = rows[0]!;
  const availability = rows.every((r) => r.availability === first.availability) ? first.availability : null;
  const response = rows.every((r) => sameResponse(r.response, first.response)) ? first.response : null;
  return {
    planFamily,
    severity,
    availability,
    response,
    rows,
    footnotes: [...allRefs].sort(byNumber).map((r) => table.footnotes[r]!),
    basis: table.basis,
    reopen: table.reopen,
    adminsOnly: table.adminsOnly,
    standalone: table.standalone.text,
    description: bothLocales((locale) => describe(data, severity, rows, availability, response, locale)),
  };
}

function bothLocales(f: (locale: Locale) => string): Localized {
  return { ja: f('ja'), en: f('en') };
}

function responseText(data: ResponseTimesData, response: ResponseKind, locale: Locale): string {
  const strings = data.responseTimes.strings.response;
  switch (response.kind) {
    case 'hours':
      return fillTemplate((response.hours === 1 ? strings.hoursOne : strings.hoursOther)[locale], {
        hours: response.hours,
      });
    case 'next-day':
      return strings['next-day'][locale];
    case 'not-fixed':
      return strings['not-fixed'][locale];
  }
}

type Cell = Pick<ResponseCell, 'availability' | 'response' | 'footnotes'>;

/** The availability in words, with the qualifier of a cell footnote when one qualifies it (24/7 "in most …"). */
function availabilityText(data: ResponseTimesData, cell: Cell, locale: Locale): string {
  const strings = data.responseTimes.strings;
  const qualified = cell.footnotes
    .map((f) => strings.qualifiedAvailability?.[f])
    .find((q) => q?.availability === cell.availability);
  return (qualified?.text ?? strings.availability[cell.availability])[locale];
}

function lineText(data: ResponseTimesData, cell: Cell, locale: Locale): string {
  const strings = data.responseTimes.strings;
  return fillTemplate(strings.line[locale], {
    availability: availabilityText(data, cell, locale),
    response: responseText(data, cell.response, locale),
  });
}

function describe(
  data: ResponseTimesData,
  severity: Severity,
  rows: ResponseTimeRow[],
  availability: Availability | null,
  response: ResponseKind | null,
  locale: Locale,
): string {
  const strings = data.responseTimes.strings;
  if (availability !== null && response !== null) {
    // Every column agrees, so the first column's cell (with its footnotes) speaks for all.
    const first = data.responseTimes.families[rows[0]!.family].cells[severity];
    return lineText(data, first, locale);
  }
  const lines = rows.map((row) =>
    fillTemplate(strings.familyLine[locale], { family: row.familyLabel[locale], line: row.text[locale] }),
  );
  return [fillTemplate(strings.dependsOnPlan[locale], { severity }), ...lines].join('\n');
}

/**
 * A short localized description, built only from strings in data/response-times.json, e.g.
 * "Available 24/7; initial response (guideline): 1 hour". When the answer depends on the plan (planFamily
 * 'unknown' and the columns differ) it is one intro line plus one "<family>: <line>" line per column.
 */
export function describeResponseTime(rt: ResponseTime, locale: Locale): string {
  return rt.description[locale];
}
