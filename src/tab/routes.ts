import { join } from 'node:path';
import type { Request, Response, Server } from 'restify';
import type { CountryMatcher } from '../domain/country';
import type { Clock } from '../domain/hours';
import type { Locale } from '../domain/types';
import { catalogKeys, t, type MessageKey } from '../i18n/catalog';
import { projectRoot } from '../teams/projectRoot';
import { answerContactsQuery } from './contactsApi';
import { sendStatic, staticFile, type StaticFile } from '../server/staticFiles';

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

function loadStatic(): Record<string, StaticFile> {
  const teamsJs = join(projectRoot(), 'node_modules', '@microsoft', 'teams-js', 'dist', 'umd', 'MicrosoftTeams.min.js');
  return {
    '/tab': staticFile(join(PUBLIC_DIR, 'index.html'), 'text/html; charset=utf-8'),
    '/tab/tab.js': staticFile(join(PUBLIC_DIR, 'tab.js'), 'text/javascript; charset=utf-8'),
    '/tab/tab.css': staticFile(join(PUBLIC_DIR, 'tab.css'), 'text/css; charset=utf-8'),
    // The installed @microsoft/teams-js, served from here: no CDN.
    '/tab/teams-js.js': staticFile(teamsJs, 'text/javascript; charset=utf-8'),
  };
}

/** The page's own words, both languages, from the catalogs (tab.* and the desk-status phrases). */
function tabStrings(): Record<Locale, Record<string, string>> {
  const keys = catalogKeys('en').filter((k) => k.startsWith('tab.') && !k.startsWith('tab.api.')) as MessageKey[];
  const of = (locale: Locale) => Object.fromEntries(keys.map((k) => [k.slice(4), t(locale, k)]));
  return { en: of('en'), ja: of('ja') };
}

const TAB_HEADERS = { 'content-security-policy': CONTENT_SECURITY_POLICY, 'cache-control': 'no-cache' };

/** GET /tab (the Contacts tab, for Teams and plain browsers), its assets, and GET /api/contacts?q=&locale=&tz=. */
export function registerContactsTab(server: Server, options: ContactsTabOptions): void {
  const files = loadStatic();
  const strings: StaticFile = {
    body: Buffer.from(JSON.stringify(tabStrings()), 'utf8'),
    type: 'application/json; charset=utf-8',
  };
  for (const [path, file] of Object.entries(files)) {
    server.get(path, async (req: Request, res: Response) => sendStatic(req, res, file, TAB_HEADERS));
  }
  server.get('/tab/strings.json', async (req: Request, res: Response) => sendStatic(req, res, strings, TAB_HEADERS));
  server.get('/api/contacts', async (req: Request, res: Response) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const answer = answerContactsQuery(
      {
        q: url.searchParams.get('q') ?? undefined,
        locale: url.searchParams.get('locale') ?? undefined,
        tz: url.searchParams.get('tz') ?? undefined,
      },
      options.matcher,
      options.clock,
      options.defaultLocale,
    );
    res.header('cache-control', 'no-store');
    res.json(answer.httpStatus, answer.body);
  });
}
