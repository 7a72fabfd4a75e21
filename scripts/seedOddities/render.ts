import { DateTime } from 'luxon';
import { deskStateText, phoneText, rowOddityNotes } from '../../src/presentation/seedNotes';
import type { ContactRow } from '../../src/domain/data/contactsSchema';
import type { TriageData } from '../../src/domain/data/loadData';
import { responseTimeFor } from '../../src/domain/responseTimes';
import {
  alternativeReading,
  assumedPlanMapping,
  deskReadings,
  displayName,
  rowCheck,
  ZONE_READINGS,
  type PhoneVerdict,
} from '../../src/domain/seedChecks';
import { t } from '../../src/i18n/catalog';

/**
 * docs/seed-oddities.md, generated from data/ and the seed checks so it cannot drift: every number libphonenumber
 * flags, every row oddity, every ambiguous time zone and every assumed plan mapping, with what the bot says.
 * Observations the checks cannot make (merged hours text, rows without a printed zone) are listed by hand at the end.
 */

const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
const row = (...cells: string[]): string => `| ${cells.map(cell).join(' | ')} |`;
const code = (text: string): string => `\`${text}\``;

function rowLabel(r: ContactRow): string {
  return `${r.id} (${r.name.en} / ${r.name.ja})`;
}

function problemSummary(verdict: PhoneVerdict): string {
  const kinds = verdict.problems.map((p) => p.kind).join(', ');
  const likely = verdict.likelyReading
    ? `; the only valid reading libphonenumber finds is ${verdict.likelyReading.international}` +
      (verdict.likelyReading.country ? ` (${verdict.likelyReading.country})` : '') +
      ', not stated by the bot'
    : '; no valid reading found';
  return `${kinds}${likely}`;
}

function phoneSection(rows: ContactRow[]): string[] {
  const lines = [
    '## Phone numbers that may not be dialable as printed',
    '',
    "Checked with libphonenumber-js (full metadata) against the row's country and the region of its form link. The " +
      'bot shows each number exactly as printed, adds the note below, and offers the form (or e-mail) first.',
    '',
    row('Row', 'What the seed prints', 'What is wrong or uncertain', 'How the bot shows it (English card)'),
    '| --- | --- | --- | --- |',
  ];
  for (const r of rows) {
    const check = rowCheck(r);
    check.phones.forEach((verdict) => {
      if (verdict.dialable) return;
      const first = r.requestUrl
        ? 'request form button first'
        : r.email
          ? 'e-mail first'
          : 'no form or e-mail to offer';
      lines.push(
        row(rowLabel(r), code(verdict.printed), problemSummary(verdict), `${phoneText(verdict, r, 'en')}; ${first}`),
      );
    });
  }
  return lines;
}

function foreignSection(rows: ContactRow[]): string[] {
  const byNumber = new Map<string, { ids: string[]; withoutSeedNote: string[]; sample: string }>();
  for (const r of rows) {
    rowCheck(r).phones.forEach((verdict) => {
      if (!verdict.dialable || !verdict.foreignCountry) return;
      const entry = byNumber.get(verdict.printed) ?? {
        ids: [],
        withoutSeedNote: [],
        sample: phoneText(verdict, r, 'en'),
      };
      if (!entry.ids.includes(r.id)) entry.ids.push(r.id);
      if (!r.notes && !entry.withoutSeedNote.includes(r.id)) entry.withoutSeedNote.push(r.id);
      byNumber.set(verdict.printed, entry);
    });
  }
  const lines = [
    '## Dialable numbers in another country',
    '',
    row('Rows', 'What the seed prints', 'What is wrong or uncertain', 'How the bot shows it (English card)'),
    '| --- | --- | --- | --- |',
  ];
  for (const [printed, entry] of byNumber) {
    const missing = entry.withoutSeedNote.length
      ? `; the seed's "these are US numbers" note is missing on ${entry.withoutSeedNote.join(', ')}`
      : '';
    lines.push(
      row(entry.ids.join(', '), code(printed), `valid, but not a number of the row's country${missing}`, entry.sample),
    );
  }
  return lines;
}

function rowOdditySection(rows: ContactRow[]): string[] {
  const lines = [
    '## Form links and names',
    '',
    row(
      'Row',
      'What the seed prints',
      'What is wrong or uncertain',
      'How the bot shows it (note on the card and in the contacts API)',
    ),
    '| --- | --- | --- | --- |',
  ];
  for (const r of rows) {
    for (const oddity of rowCheck(r).oddities) {
      const printed =
        oddity.kind === 'garbledName'
          ? code(oddity.printed)
          : oddity.kind === 'noFormOrEmail'
            ? '(no form link, no e-mail)'
            : code(r.requestUrl ?? '');
      const what = {
        formForOtherCountry: `the form link presets ${'formCountry' in oddity ? oddity.formCountry : ''}, not ${r.iso2}`,
        formLanguage: `the form link opens in ${'formLanguage' in oddity ? oddity.formLanguage : ''} on a ${'marketLanguage' in oddity ? oddity.marketLanguage : ''} market page`,
        formNotRequestForm: 'the "courseware query" link is a partner forum\'s new-question page, not the request form',
        garbledName: `machine-translation debris; CLDR name: ${'corrected' in oddity ? oddity.corrected : ''}`,
        noFormOrEmail: 'the phone numbers are the only route',
      }[oddity.kind];
      const locale = oddity.kind === 'garbledName' ? oddity.locale : 'en';
      const shown = rowOddityNotes(r, locale).join(' ');
      const name = oddity.kind === 'garbledName' ? ` The name shown is "${displayName(r, locale)}".` : '';
      lines.push(row(rowLabel(r), printed, what, shown + name));
    }
  }
  return lines;
}

/** The days of `year` on which the two readings of a zone put the desk an hour apart, as date ranges. */
function differingRanges(zone: string, alternative: string, year: number): string {
  const ranges: string[] = [];
  let start: DateTime | null = null;
  let day = DateTime.fromObject({ year, month: 1, day: 1, hour: 12 }, { zone: 'UTC' });
  const end = day.plus({ years: 1 });
  for (; day < end; day = day.plus({ days: 1 })) {
    const differs = day.setZone(zone).offset !== day.setZone(alternative).offset;
    if (differs && !start) start = day;
    if (!differs && start) {
      ranges.push(`${start.toISODate()} – ${day.minus({ days: 1 }).toISODate()}`);
      start = null;
    }
  }
  if (start) ranges.push(`${start.toISODate()} – ${end.minus({ days: 1 }).toISODate()}`);
  return ranges.join(', ');
}

function zoneSection(rows: ContactRow[], year: number): string[] {
  const lines = [
    '## Hours whose time zone has two readings',
    '',
    `Dates are for ${year}. On those days the card adds the caveat and, when the readings disagree about the present ` +
      'moment, says open-or-closed is uncertain instead of stating either.',
    '',
    row('Rows', 'What the seed prints', 'What is wrong or uncertain', 'How the bot shows it (English card)'),
    '| --- | --- | --- | --- |',
  ];
  for (const reading of ZONE_READINGS) {
    const affected = rows.filter((r) => r.hours.some((h) => alternativeReading(h, r.hoursSource) === reading));
    if (affected.length === 0) continue;
    const sample = affected[0]!;
    const hours = sample.hours.find((h) => alternativeReading(h, sample.hoursSource) === reading)!;
    // A day inside the differing range, to quote the caveat as the bot says it.
    const firstDiffering = differingRanges(reading.zone, reading.alternative, year).slice(0, 10);
    const at = DateTime.fromISO(`${firstDiffering}T12:00:00`, { zone: 'UTC' }).plus({ days: 1 }).toJSDate();
    const readings = deskReadings(hours, sample.hoursSource, at);
    const caveat = readings.alternative
      ? t('en', 'seedNotes.hours.caveat', {
          printed: reading.printed,
          reading: t('en', `seedNotes.zone.${reading.kind}.reading`),
          zone: t('en', `seedNotes.zone.${reading.kind}.alternative`),
          open: '…',
          close: '…',
        })
      : '';
    lines.push(
      row(
        affected.map((r) => r.id).join(', '),
        code(reading.printed),
        `read as ${reading.zone}; the other reading, ${reading.alternative}, differs by an hour on ` +
          differingRanges(reading.zone, reading.alternative, year),
        `${caveat} Open-now when they disagree, e.g.: "${deskStateText(uncertainExample(hours, sample, year), 'en', undefined)}"`,
      ),
    );
  }
  return lines;
}

/** A moment in `year` when the two readings disagree about whether the desk is open (to quote the bot). */
function uncertainExample(hours: ContactRow['hours'][number], r: ContactRow, year: number) {
  let moment = DateTime.fromObject({ year, month: 1, day: 1 }, { zone: 'UTC' });
  const end = moment.plus({ years: 1 });
  for (; moment < end; moment = moment.plus({ minutes: 30 })) {
    const readings = deskReadings(hours, r.hoursSource, moment.toJSDate());
    if (readings.alternative && !readings.alternative.agreesNow) return readings;
  }
  return deskReadings(hours, r.hoursSource, end.toJSDate());
}

function planSection(data: TriageData): string[] {
  const lines = [
    '## Plans the response-time table does not list, and the 24/7 qualifier',
    '',
    row('Plan', 'What the seed prints', 'What is wrong or uncertain', 'How the bot shows it (English card)'),
    '| --- | --- | --- | --- |',
  ];
  for (const plan of data.support.plans.plans) {
    const mapping = assumedPlanMapping(data.support, plan.id);
    if (!mapping) continue;
    lines.push(
      row(
        `${plan.id} (${plan.label.en})`,
        'not in 「テクニカル サポートの初期応答時間」',
        `figures assumed from the ${mapping.familyLabel.en} column`,
        t('en', 'seedNotes.assumedPlan', { plan: mapping.plan.en, family: mapping.familyLabel.en }),
      ),
    );
  }
  const footnote = data.support.responseTimes.footnotes['4']!;
  lines.push(
    row(
      'every 24/7 cell',
      `footnote 4: 「${footnote.ja}」`,
      '"24/7" said without "in most countries and regions" would overstate the seed',
      `"${responseTimeFor(data.support, 'enterprise', 'A').description.en}"`,
    ),
  );
  return lines;
}

/** Seen by reading the seed against data/; not detectable by the checks above, so listed by hand. */
const OBSERVED_BY_HAND: string[][] = [
  [
    'AU, FJ, GU, NC, NZ, PG, SB, VU',
    '`8:30 ～ 17:30 … オーストラリア、GMT+109:00 ～ 17:30 … ニュージーランド、GMT+12`',
    'two rows of hours run together ("GMT+10" + "9:00"); Australia 8:30–17:30 GMT+10 and New Zealand 9:00–17:30 GMT+12',
    'hours as read (UTC+10:00, NZ UTC+12:00), the seed text quoted in "How the hours were read", and the time-zone caveat above',
  ],
  [
    'BD, MM, NP, LK, MV; CN, HK, KR, MO, TH',
    '`9:00 ～ 18:00` (no time zone)',
    'the seed names no zone; read as the zone of the desk the number reaches (India for BD/MM/NP/LK/MV, which is 30 min from Dhaka)',
    '"How the hours were read" says the zone was not printed and how it was read',
  ],
  [
    'CN, HK',
    '`…/supportrequestform/a62bfdd8-…` (no SL/SC)',
    'the form opens without a country or language preset',
    'link shown as is (the form asks for the country)',
  ],
  [
    'BQ, CW, AN, GS, BL, SX, VI',
    '`[ コースウェア マーケットプレイス クエリ ](mailto:latamcourseware@arvato.com)`',
    'the "form" link is an e-mail address',
    'shown as the e-mail address',
  ],
  [
    'AW',
    '`+1 305 715 -1491`, 「これらは米国の数字です」',
    'stray space in the number (still valid); "数字" (digits) for "番号" (numbers) in the note',
    'number shown as printed with "(United States number …)"; note quoted as printed',
  ],
  [
    'HK, MO',
    '`(91) (80) 85,230,027,866`; `85,230,027,866`',
    "Hong Kong's digits after India's (91) (80) are Macao's number, which reads as +852 3002 7866 (a Hong Kong number)",
    'both flagged in the first table; neither reading is stated as the number to call',
  ],
  ['TW', '(no hours)', 'the seed gives no hours', '"The source lists no hours for this desk."'],
  [
    'TW',
    '`0800 008833#2#6`',
    'tones to press after connecting (#2, #6) printed inside the number',
    "number shown as printed; the seed's note on #2 and #6 shown",
  ],
  [
    'AN',
    'オランダ領アンティル',
    'a country that no longer exists (ISO code withdrawn in 2010)',
    'shown as the seed names it',
  ],
  [
    'TH',
    '`001-800-441-0218`',
    "001-800 looks like Thailand's international toll-free access, which libphonenumber does not validate",
    'flagged as "may not be dialable" (see the first table): the bot cannot confirm it',
  ],
];

export function renderSeedOddities(data: TriageData, year = 2026): string {
  const rows = data.contacts;
  const lines = [
    '# Seed oddities and how the bot shows them',
    '',
    '<!-- Generated by `npx tsx scripts/seedOddities/write.ts` from data/ and src/domain/seedChecks; ' +
      'test/domain/seedOddities.test.ts fails when this file is out of date. Do not edit by hand. -->',
    '',
    `data/contacts.json copies the ${rows.length} rows of seed 000 faithfully, errors included. The bot never states ` +
      'a seed error as fact: each one below is shown as printed with a note, or corrected with a note saying so.',
    '',
    ...phoneSection(rows),
    '',
    ...foreignSection(rows),
    '',
    ...rowOdditySection(rows),
    '',
    ...zoneSection(rows, year),
    '',
    ...planSection(data),
    '',
    '## Observed by reading the seed (not detected by a check)',
    '',
    row('Rows', 'What the seed prints', 'What is wrong or uncertain', 'How the bot shows it'),
    '| --- | --- | --- | --- |',
    ...OBSERVED_BY_HAND.map((cells) => `| ${cells.map((c) => c.replace(/\|/g, '\\|')).join(' | ')} |`),
    '',
  ];
  return lines.join('\n');
}
