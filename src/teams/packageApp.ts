import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseEnv } from 'node:util';
import AdmZip from 'adm-zip';
import { projectRoot } from './projectRoot';

export { projectRoot };

export const MANIFEST_DIR = join(projectRoot(), 'manifest');
/** What goes into the zip, all at its root, as Teams expects. */
export const PACKAGE_FILES = ['manifest.json', 'ja.json', 'color.png', 'outline.png'] as const;
export const DEFAULT_PACKAGE_PATH = join(projectRoot(), 'dist', 'teams', 'support-triage-teams.zip');

const GUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;

export class PackageError extends Error {}

export interface PackageSettings {
  appId: string;
  baseUrl: string;
  domain: string;
}

/** The environment, over the values in .env (the environment wins, as for the server). */
export function packagingEnvironment(
  env: NodeJS.ProcessEnv = process.env,
  envFile = join(projectRoot(), '.env'),
): Record<string, string | undefined> {
  const fromFile = existsSync(envFile) ? parseEnv(readFileSync(envFile, 'utf8')) : {};
  return { ...fromFile, ...env };
}

/** Reads MicrosoftAppId and BOT_BASE_URL; anything missing or wrong is one sentence saying what to set. */
export function packageSettings(env: Record<string, string | undefined>): PackageSettings {
  const appId = env.MicrosoftAppId?.trim();
  if (!appId)
    throw new PackageError(
      "MicrosoftAppId is not set: put your Azure Bot registration's app id in .env or the environment.",
    );
  if (!GUID.test(appId))
    throw new PackageError(`MicrosoftAppId must be a GUID like 00000000-0000-0000-0000-000000000000, not "${appId}".`);
  const rawBase = env.BOT_BASE_URL?.trim();
  if (!rawBase)
    throw new PackageError(
      "BOT_BASE_URL is not set: put the bot's public https address (e.g. https://example.devtunnels.ms) in .env or the environment.",
    );
  let url: URL;
  try {
    url = new URL(rawBase);
  } catch {
    throw new PackageError(`BOT_BASE_URL is not a URL: "${rawBase}".`);
  }
  if (url.protocol !== 'https:')
    throw new PackageError(
      `BOT_BASE_URL must start with https:// (Teams loads tabs over https only), not "${rawBase}".`,
    );
  return { appId: appId.toLowerCase(), baseUrl: `${url.origin}${url.pathname.replace(/\/+$/, '')}`, domain: url.host };
}

/** manifest/manifest.json with the app id, base URL and domain filled in. */
export function filledManifest(settings: PackageSettings, manifestDir = MANIFEST_DIR): Record<string, unknown> {
  const template = readFileSync(join(manifestDir, 'manifest.json'), 'utf8');
  const values: Record<string, string> = {
    MicrosoftAppId: settings.appId,
    BOT_BASE_URL: settings.baseUrl,
    BOT_DOMAIN: settings.domain,
  };
  const text = template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => {
    if (!(name in values)) throw new PackageError(`manifest/manifest.json has an unknown placeholder ${whole}.`);
    // Values go inside JSON strings: escape them as JSON would.
    return JSON.stringify(values[name]).slice(1, -1);
  });
  return JSON.parse(text) as Record<string, unknown>;
}

/** Writes the Teams app package (zip) and answers where. */
export function packageTeamsApp(
  settings: PackageSettings,
  outFile = DEFAULT_PACKAGE_PATH,
  manifestDir = MANIFEST_DIR,
): string {
  const zip = new AdmZip();
  zip.addFile(
    'manifest.json',
    Buffer.from(`${JSON.stringify(filledManifest(settings, manifestDir), null, 2)}\n`, 'utf8'),
  );
  for (const file of PACKAGE_FILES.filter((f) => f !== 'manifest.json'))
    zip.addFile(file, readFileSync(join(manifestDir, file)));
  mkdirSync(resolve(outFile, '..'), { recursive: true });
  zip.writeZip(outFile);
  return outFile;
}
