import { contactsFileSchema, type ContactRow } from './contactsSchema';
import { loadSupportData, type SupportData } from './supportSchema';
import { defaultDataDir, readDataFile } from './dataFiles';
import { DataValidationError, parseWithSchema } from './validate';
import { checkContactRows } from '../seedChecks';

/** Every fact the bot states, validated once at start-up. */
export interface TriageData {
  contacts: ContactRow[];
  support: SupportData;
}

export function loadTriageData(dataDir: string = defaultDataDir()): TriageData {
  const contacts = parseWithSchema(contactsFileSchema, readDataFile(dataDir, 'contacts.json'), 'data/contacts.json');
  const ids = new Set<string>();
  contacts.rows.forEach((row, i) => {
    if (ids.has(row.id)) throw new DataValidationError(`data/contacts.json: rows[${i}].id: duplicate id "${row.id}"`);
    ids.add(row.id);
  });
  // Every seed number is checked once here (libphonenumber), so cards and the contacts API read ready verdicts.
  checkContactRows(contacts.rows);
  return { contacts: contacts.rows, support: loadSupportData(dataDir) };
}
