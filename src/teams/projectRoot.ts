import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The project root: the folder with package.json above this file (src/teams when run by tsx, dist/src/teams built). */
export function projectRoot(from = __dirname): string {
  let dir = from;
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = resolve(dir, '..');
    if (parent === dir) throw new Error(`no package.json above ${from}`);
    dir = parent;
  }
  return dir;
}
