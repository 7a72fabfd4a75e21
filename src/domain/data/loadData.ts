import * as fs from 'fs';
import * as path from 'path';
import { contactsFileSchema, type ContactRow } from './contactsSchema';
import { loadSupportData, type SupportData } from './supportSchema';
import { DataValidationError, parseWithSchema } from './validate';

/** Every fact the bot states, validated once at start-up. */
export interface TriageData {
  contacts: ContactRow[];
  support: SupportData;
}

export function defaultDataDir(): string {
  // src/domain/data → ../../../data from source; dist/src/domain/data → ../../../../data when built.
  const candidates = [path.resolve(__dirname, '../../../data'), path.resolve(__dirname, '../../../../data')];
  return candidates.find((dir) => fs.existsSync(path.join(dir, 'contacts.json'))) ?? candidates[0];
}

/** Reads one JSON file of data/, failing with one line that names it. */
export function readDataFile(dataDir: string, name: string): unknown {
  const file = path.join(dataDir, name);
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    throw new DataValidationError(`data/${name}: cannot read ${file}`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new DataValidationError(`data/${name}: invalid JSON (${(error as Error).message.split('\n')[0]})`);
  }
}

export function loadTriageData(dataDir: string = defaultDataDir()): TriageData {
  const contacts = parseWithSchema(contactsFileSchema, readDataFile(dataDir, 'contacts.json'), 'data/contacts.json');
  const ids = new Set<string>();
  contacts.rows.forEach((row, i) => {
    if (ids.has(row.id)) throw new DataValidationError(`data/contacts.json: rows[${i}].id: duplicate id "${row.id}"`);
    ids.add(row.id);
  });
  return { contacts: contacts.rows, support: loadSupportData(dataDir) };
}
