import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Request, Response, Server } from 'restify';
import type { CountryMatcher } from '../domain/country';
import type { Clock } from '../domain/hours';
import type { Locale } from '../domain/types';
import { catalogKeys, t, type MessageKey } from '../i18n/catalog';
import { projectRoot } from '../teams/projectRoot';
import { answerContactsQuery } from './contactsApi';

export interface ContactsTabOptions {
  matcher: CountryMatcher;
  clock: Clock;
  defaultLocale: Locale;
}

const PUBLIC_DIR = join(projectRoot(), 'src', 'tab', 'public');

/**
 * The page may run inside Teams (an iframe on a Teams or Microsoft 365 host) or on its own; it loads only its own
 * scripts and styles and talks only to this server.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  // teams-js checks its host against a list it fetches from Microsoft's CDN (a built-in list when it cannot).
  "connect-src 'self' https://res.cdn.office.net",
  "frame-ancestors 'self' https://teams.microsoft.com https://*.teams.microsoft.com https://*.teams.microsoft.us https://*.office.com https://*.microsoft365.com https://*.cloud.microsoft",
].join('; ');

interface StaticFile {
  body: Buffer;
  type: string;
}

function loadStatic(): Record<string, StaticFile> {
  const teamsJs = join(projectRoot(), 'node_modules', '@microsoft', 'teams-js', 'dist', 'umd', 'MicrosoftTeams.min.js');
  return {
    '/tab': { body: readFileSync(join(PUBLIC_DIR, 'index.html')), type: 'text/html; charset=utf-8' },
    '/tab/tab.js': { body: readFileSync(join(PUBLIC_DIR, 'tab.js')), type: 'text/javascript; charset=utf-8' },
    '/tab/tab.css': { body: readFileSync(join(PUBLIC_DIR, 'tab.css')), type: 'text/css; charset=utf-8' },
    // The installed @microsoft/teams-js, served from here: no CDN.
    '/tab/teams-js.js': { body: readFileSync(teamsJs), type: 'text/javascript; charset=utf-8' },
  };
}

/** The page's own words, both languages, from the catalogs (tab.* and the desk-status phrases). */
function tabStrings(): Record<Locale, Record<string, string>> {
  const keys = catalogKeys('en').filter((k) => k.startsWith('tab.') && !k.startsWith('tab.api.')) as MessageKey[];
  const of = (locale: Locale) => Object.fromEntries(keys.map((k) => [k.slice(4), t(locale, k)]));
  return { en: of('en'), ja: of('ja') };
}

function send(res: Response, status: number, file: StaticFile): void {
  res.writeHead(status, {
    'content-type': file.type,
    'content-length': file.body.length,
    'content-security-policy': CONTENT_SECURITY_POLICY,
    'x-content-type-options': 'nosniff',
    'cache-control': 'no-cache',
  });
  res.end(file.body);
}

/** GET /tab (the Contacts tab, for Teams and plain browsers), its assets, and GET /api/contacts?q=&locale=&tz=. */
export function registerContactsTab(server: Server, options: ContactsTabOptions): void {
  const files = loadStatic();
  const strings = Buffer.from(JSON.stringify(tabStrings()), 'utf8');
  for (const [path, file] of Object.entries(files)) {
    server.get(path, async (_req: Request, res: Response) => send(res, 200, file));
  }
  server.get('/tab/strings.json', async (_req: Request, res: Response) => send(res, 200, { body: strings, type: 'application/json; charset=utf-8' }));
  server.get('/api/contacts', async (req: Request, res: Response) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const answer = answerContactsQuery(
      { q: url.searchParams.get('q') ?? undefined, locale: url.searchParams.get('locale') ?? undefined, tz: url.searchParams.get('tz') ?? undefined },
      options.matcher,
      options.clock,
      options.defaultLocale,
    );
    res.header('cache-control', 'no-store');
    res.json(answer.httpStatus, answer.body);
  });
}
