import { z } from 'zod';
import { CATEGORIES, PLANS, SEVERITIES } from '../types';
import { defaultDataDir, readDataFile } from './dataFiles';
import { DataValidationError, parseWithSchema } from './validate';

// Schemas for the support data taken from seeds 001 and 002: data/severity.json, data/response-times.json,
// data/categories.json, data/escalation.json and data/plans.json.

const nonEmpty = z.string().refine((s) => s.trim().length > 0, 'expected a non-empty string');

export const localizedSchema = z.strictObject({ ja: nonEmpty, en: nonEmpty });

const httpsUrl = z.url().refine((u) => u.startsWith('https://'), 'expected an https:// URL');

export const linkSchema = z.strictObject({
  label: localizedSchema,
  url: httpsUrl,
  /** The seed's relative path, kept where the URL was made absolute. */
  seedPath: z.string().startsWith('/').optional(),
});

const severityId = z.enum(SEVERITIES);
const categoryId = z.enum(CATEGORIES);

// ---- data/severity.json ----------------------------------------------------------------------------------------

export const severityLevelSchema = z.strictObject({
  label: localizedSchema,
  /** The seed's description; ja verbatim. */
  definition: localizedSchema,
  examples: z.array(localizedSchema).min(1),
  note: localizedSchema.nullable(),
});

export const severityFileSchema = z.strictObject({
  source: nonEmpty,
  assignment: localizedSchema,
  levels: z.record(severityId, severityLevelSchema),
});

// ---- data/response-times.json ----------------------------------------------------------------------------------

/** The families that are columns of the response table (PlanFamily minus 'unknown'). */
export const TABLE_FAMILIES = ['business', 'enterprise', 'frontline', 'elevated'] as const;
export type TableFamily = (typeof TABLE_FAMILIES)[number];
const tableFamily = z.enum(TABLE_FAMILIES);

export const AVAILABILITIES = ['24x7', 'business-hours'] as const;
export const availabilitySchema = z.enum(AVAILABILITIES);

export const responseSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('hours'), hours: z.number().int().positive() }),
  z.strictObject({ kind: z.literal('next-day') }),
  z.strictObject({ kind: z.literal('not-fixed') }),
]);

const footnoteId = z.string().regex(/^\d+$/, 'expected a footnote number');

export const responseCellSchema = z.strictObject({
  availability: availabilitySchema,
  response: responseSchema,
  /** Footnotes attached to this cell (e.g. "4" on every 24/7 cell). */
  footnotes: z.array(footnoteId),
});

export const planFamilyRowSchema = z.strictObject({
  label: localizedSchema,
  /** Plans the column header prints: ja as printed in the seed, en the English name. Empty for elevated. */
  plans: z.array(localizedSchema),
  /** Footnotes on the column header. */
  footnotes: z.array(footnoteId),
  cells: z.record(severityId, responseCellSchema),
  note: localizedSchema.nullable(),
});

const template = (...placeholders: string[]) =>
  localizedSchema.refine(
    (l) => placeholders.every((p) => l.ja.includes(`{${p}}`) && l.en.includes(`{${p}}`)),
    `expected both texts to contain ${placeholders.map((p) => `{${p}}`).join(', ')}`,
  );

export const responseTimesFileSchema = z
  .strictObject({
    source: nonEmpty,
    basis: localizedSchema,
    families: z.record(tableFamily, planFamilyRowSchema),
    footnotes: z.record(footnoteId, localizedSchema),
    footnotesNote: localizedSchema.nullable(),
    reopen: z.strictObject({ days: z.number().int().positive(), text: localizedSchema }),
    adminsOnly: localizedSchema,
    standalone: z.strictObject({ family: tableFamily, text: localizedSchema }),
    languages: localizedSchema,
    strings: z.strictObject({
      availability: z.record(availabilitySchema, localizedSchema),
      response: z.strictObject({
        hoursOne: template('hours'),
        hoursOther: template('hours'),
        'next-day': localizedSchema,
        'not-fixed': localizedSchema,
      }),
      line: template('availability', 'response'),
      familyLine: template('family', 'line'),
      dependsOnPlan: template('severity'),
      /**
       * The availability as stated with a cell footnote that qualifies it ("24/7" with footnote 4's "in most
       * countries and regions"), so the qualifier travels with the figure wherever it is said.
       */
      qualifiedAvailability: z
        .record(footnoteId, z.strictObject({ availability: availabilitySchema, text: localizedSchema }))
        .optional(),
    }),
  })
  .superRefine((file, ctx) => {
    for (const family of TABLE_FAMILIES) {
      const row = file.families[family];
      const refs: Array<[string, (string | number)[]]> = row.footnotes.map((f, i) => [f, ['families', family, 'footnotes', i]]);
      for (const sev of SEVERITIES) {
        row.cells[sev].footnotes.forEach((f, i) => refs.push([f, ['families', family, 'cells', sev, 'footnotes', i]]));
      }
      for (const [ref, where] of refs) {
        if (!(ref in file.footnotes)) ctx.addIssue({ code: 'custom', path: where, message: `unknown footnote "${ref}"` });
      }
    }
  });

// ---- data/categories.json --------------------------------------------------------------------------------------

export const categorySchema = z.strictObject({
  label: localizedSchema,
  covers: localizedSchema,
  /** Where it goes and the next step, from the seeds. */
  route: localizedSchema,
  /** Who to contact first when the category has its own route (usesChannelPath false); null otherwise. */
  firstContact: localizedSchema.nullable(),
  /** True when the purchase channel's escalation path applies (technical, billing, presales). */
  usesChannelPath: z.boolean(),
  severityApplies: z.boolean(),
  links: z.array(linkSchema),
  note: localizedSchema.nullable(),
});

export const categoriesFileSchema = z
  .strictObject({
    source: nonEmpty,
    linksNote: localizedSchema,
    categories: z.record(categoryId, categorySchema),
  })
  .superRefine((file, ctx) => {
    for (const id of CATEGORIES) {
      const c = file.categories[id];
      if (!c.usesChannelPath && c.firstContact === null) {
        ctx.addIssue({
          code: 'custom',
          path: ['categories', id, 'firstContact'],
          message: 'expected a first contact for a category with its own route',
        });
      }
    }
  });

// ---- data/escalation.json --------------------------------------------------------------------------------------

export const ESCALATION_KEYS = ['direct', 'csp', 'volume', 'elevated', 'unknown'] as const;
export type EscalationKey = (typeof ESCALATION_KEYS)[number];

export const STEP_KINDS = ['contact', 'prepare', 'next'] as const;

export const escalationStepSchema = z.strictObject({
  /** contact = who to contact, prepare = what to say/prepare, next = what happens next. */
  kind: z.enum(STEP_KINDS),
  text: localizedSchema,
});

export const factSchema = z.strictObject({
  text: localizedSchema,
  /** Seed and section the fact comes from, e.g. "002 introduction". */
  ref: z.string().regex(/^00\d /, 'expected a seed reference like "001 …"'),
});

export const escalationPathSchema = z.strictObject({
  label: localizedSchema,
  firstContact: localizedSchema,
  steps: z.array(escalationStepSchema).min(1),
  facts: z.array(factSchema).min(1),
  links: z.array(linkSchema),
});

export const escalationFileSchema = z.strictObject({
  source: nonEmpty,
  paths: z.record(z.enum(ESCALATION_KEYS), escalationPathSchema),
  strings: z.strictObject({
    /** The bot's severity, and the user's where they overrode it: each says whose it is. */
    severityStep: template('severity', 'label'),
    severityStepUser: template('severity', 'label'),
    severityStepCsp: template('severity', 'label'),
    severityStepCspUser: template('severity', 'label'),
    partnerContactConfigured: localizedSchema,
    partnerContactMissing: localizedSchema,
    outsideSupport: localizedSchema,
    /** "Where this goes" for CSP customers, by the categories that ask how the subscription was bought. */
    cspRoute: z.strictObject({ technical: localizedSchema, billing: localizedSchema }),
    cspBillingStep: localizedSchema,
    /** Said instead of Microsoft's response-time table to CSP customers (seed 002: the partner's description/SLA). */
    cspResponse: localizedSchema,
    /** Courseware when the user's country has no MOC regional contact (seed 000's general routes). */
    coursewareNoRow: z.strictObject({
      firstContact: localizedSchema,
      step: localizedSchema,
      /** The form every country row uses, with no country preset (see queryFormNote). */
      queryForm: linkSchema,
      queryFormNote: localizedSchema,
    }),
  }),
  notes: z.array(localizedSchema),
});

// ---- data/plans.json -------------------------------------------------------------------------------------------

export const planChoiceSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/, 'expected a lower-case id'),
  label: localizedSchema,
  family: z.enum(PLANS),
  /** True where the seed does not print this plan and the family is a reading of the table. */
  assumed: z.boolean(),
  note: localizedSchema.nullable(),
});

export const plansFileSchema = z
  .strictObject({
    source: nonEmpty,
    plans: z.array(planChoiceSchema).min(1),
  })
  .superRefine((file, ctx) => {
    const seen = new Set<string>();
    file.plans.forEach((p, i) => {
      if (seen.has(p.id)) ctx.addIssue({ code: 'custom', path: ['plans', i, 'id'], message: `duplicate id "${p.id}"` });
      seen.add(p.id);
      if (p.assumed && p.note === null) {
        ctx.addIssue({ code: 'custom', path: ['plans', i, 'note'], message: 'expected a note explaining the assumption' });
      }
    });
    if (!file.plans.some((p) => p.family === 'unknown')) {
      ctx.addIssue({ code: 'custom', path: ['plans'], message: 'expected a "don\'t know" choice (family unknown)' });
    }
  });

// ---- types -----------------------------------------------------------------------------------------------------

export type Link = z.infer<typeof linkSchema>;
export type SeverityLevel = z.infer<typeof severityLevelSchema>;
export type SeverityFile = z.infer<typeof severityFileSchema>;
export type Availability = z.infer<typeof availabilitySchema>;
export type ResponseKind = z.infer<typeof responseSchema>;
export type ResponseCell = z.infer<typeof responseCellSchema>;
export type PlanFamilyRow = z.infer<typeof planFamilyRowSchema>;
export type ResponseTimesFile = z.infer<typeof responseTimesFileSchema>;
export type CategoryInfo = z.infer<typeof categorySchema>;
export type CategoriesFile = z.infer<typeof categoriesFileSchema>;
export type EscalationStep = z.infer<typeof escalationStepSchema>;
export type SeedFact = z.infer<typeof factSchema>;
export type EscalationPath = z.infer<typeof escalationPathSchema>;
export type EscalationFile = z.infer<typeof escalationFileSchema>;
export type PlanChoice = z.infer<typeof planChoiceSchema>;
export type PlansFile = z.infer<typeof plansFileSchema>;

export interface SupportData {
  severity: SeverityFile;
  responseTimes: ResponseTimesFile;
  categories: CategoriesFile;
  escalation: EscalationFile;
  plans: PlansFile;
}

/** The five files, by file name under data/. */
export const SUPPORT_FILES = {
  severity: 'severity.json',
  responseTimes: 'response-times.json',
  categories: 'categories.json',
  escalation: 'escalation.json',
  plans: 'plans.json',
} as const satisfies Record<keyof SupportData, string>;

function pick(files: Record<string, unknown>, name: string): unknown {
  // Accept "severity.json", "data/severity.json" or "severity" as the key.
  for (const key of [name, `data/${name}`, name.replace(/\.json$/, '')]) {
    if (Object.prototype.hasOwnProperty.call(files, key)) return files[key];
  }
  throw new DataValidationError(`data/${name}: file missing`);
}

/**
 * Validates the five support data files. `files` maps a file name ("severity.json", "data/severity.json" or
 * "severity") to its parsed JSON. Throws a DataValidationError naming file and field, e.g.
 * `data/response-times.json: families.business.cells.B.availability: Invalid option: …`.
 */
export function parseSupportData(files: Record<string, unknown>): SupportData {
  const parse = <S extends z.ZodType>(schema: S, name: string): z.output<S> =>
    parseWithSchema(schema, pick(files, name), `data/${name}`);
  return {
    severity: parse(severityFileSchema, SUPPORT_FILES.severity),
    responseTimes: parse(responseTimesFileSchema, SUPPORT_FILES.responseTimes),
    categories: parse(categoriesFileSchema, SUPPORT_FILES.categories),
    escalation: parse(escalationFileSchema, SUPPORT_FILES.escalation),
    plans: parse(plansFileSchema, SUPPORT_FILES.plans),
  };
}

/** Reads and validates the five files from `dataDir` (default: the repository's data/). */
export function loadSupportData(dataDir: string = defaultDataDir()): SupportData {
  const files: Record<string, unknown> = {};
  for (const name of Object.values(SUPPORT_FILES)) files[name] = readDataFile(dataDir, name);
  return parseSupportData(files);
}
