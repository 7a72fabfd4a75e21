import * as fs from 'fs';
import * as path from 'path';
import { DataValidationError } from './validate';

/** The repository's data/ folder, from source (src/domain/data) or from the build (dist/src/domain/data). */
export function defaultDataDir(): string {
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
