import { z } from 'zod';

/** Thrown when a data or config file does not match its schema; the message is one line naming file and field. */
export class DataValidationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DataValidationError';
  }
}

function issuePath(path: ReadonlyArray<PropertyKey>): string {
  return path
    .map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i === 0 ? '' : '.'}${String(part)}`))
    .join('');
}

/** Parses `value` with `schema`, or throws a DataValidationError like `data/contacts.json: rows[3].iso2: Invalid input`. */
export function parseWithSchema<S extends z.ZodType>(schema: S, value: unknown, source: string): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const where = issue && issue.path.length > 0 ? `${issuePath(issue.path)}: ` : '';
  throw new DataValidationError(`${source}: ${where}${issue?.message ?? 'invalid'}`);
}

/** A JavaScript regular expression's source (flag u), as the cue files in data/ hold them. */
export const regexSource = z
  .string()
  .min(1)
  .refine((p) => {
    try {
      new RegExp(p, 'u');
      return true;
    } catch {
      return false;
    }
  }, 'not a valid regular expression');
