import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../..');
const DOCS = [
  'README.md',
  ...readdirSync(join(ROOT, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`),
];
/** A path in backquotes that starts at one of the project's top-level folders: `src/adapter/middleware.ts`. */
const NAMED_PATH = /`((?:src|dialogs|test|scripts|bench|web|manifest|data)\/[A-Za-z0-9_./-]+)`/g;

/** The repository paths a document names. */
function namedPaths(doc: string): string[] {
  return [...readFileSync(join(ROOT, doc), 'utf8').matchAll(NAMED_PATH)].map((m) => m[1]!.replace(/[.,]$/, ''));
}

describe('the README and docs/', () => {
  test.each(DOCS)('%s names only files and folders that exist', (doc) => {
    const missing = namedPaths(doc).filter((path) => !existsSync(join(ROOT, path)));
    expect(missing).toEqual([]);
  });

  test('the check reads the paths a document names', () => {
    expect(namedPaths('README.md')).toContain('src/adapter/middleware.ts');
  });
});
