import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contactsFileSchema, type ContactRow } from '../../src/domain/data/contactsSchema';
import { createCountryMatcher, type CountryMatcher, type CountryResult } from '../../src/domain/country';

let cached: CountryMatcher | null = null;

export function loadRows(): ContactRow[] {
  const raw = JSON.parse(readFileSync(join(__dirname, '../../data/contacts.json'), 'utf8'));
  return contactsFileSchema.parse(raw).rows;
}

export function matcher(): CountryMatcher {
  cached ??= createCountryMatcher(loadRows());
  return cached;
}

/** "JP", "CH-fr", "ambiguous[DM,DO]" or "none" — compact form for table tests. */
export function summary(r: CountryResult): string {
  const key = (x: { iso2: string; language: string | null }) => x.iso2 + (x.language ? `-${x.language}` : '');
  if (r.status === 'match') return key(r.match!);
  if (r.status === 'none') return 'none';
  return `ambiguous[${r.candidates.map(key).sort().join(',')}]`;
}
