import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AdmZip from 'adm-zip';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { PNG } from 'pngjs';
import { detectCommand } from '../../src/domain/commands';
import { detectAlertChannelCommand } from '../../src/teams/alertChannelCommand';
import {
  filledManifest,
  MANIFEST_DIR,
  PackageError,
  packageSettings,
  packageTeamsApp,
  projectRoot,
} from '../../src/teams/packageApp';

const root = projectRoot();
const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Record<string, any>;
const template = readJson(join(MANIFEST_DIR, 'manifest.json'));
const japanese = readJson(join(MANIFEST_DIR, 'ja.json'));
const schemaDir = join(
  root,
  'node_modules/@microsoft/app-manifest/build/json-schemas/teams',
  `v${template.manifestVersion}`,
);

/** The schemas shipped in @microsoft/app-manifest, compiled offline (the $schema URL is never fetched). Their
 * patterns are written for JavaScript's non-unicode RegExp (the localization schema's `\b]` is a lone bracket in /u). */
function validatorFor(file: string) {
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv);
  return ajv.compile(readJson(join(schemaDir, file)));
}
const validateManifest = validatorFor('MicrosoftTeams.schema.json');
const validateLocalization = validatorFor('MicrosoftTeams.Localization.schema.json');
const errorsOf = (validate: ReturnType<typeof validatorFor>) => JSON.stringify(validate.errors, null, 2);

const settings = packageSettings({
  MicrosoftAppId: '6E1B3F0A-52C4-4F0E-9B8D-1A2B3C4D5E6F',
  BOT_BASE_URL: 'https://triage.example.com/',
});

/** Reads a dotted/bracketed manifest path such as bots[0].commandLists[1].commands[2].title. */
function at(object: unknown, path: string): unknown {
  return path
    .split(/\.|\[(\d+)\]/)
    .filter(Boolean)
    .reduce<any>((node, key) => (node == null ? undefined : node[key]), object);
}

describe('Teams app manifest', () => {
  test('names the schema version it is written for, and that schema ships in @microsoft/app-manifest', () => {
    expect(template.$schema).toBe(
      `https://developer.microsoft.com/json-schemas/teams/v${template.manifestVersion}/MicrosoftTeams.schema.json`,
    );
    expect(Number(template.manifestVersion)).toBeGreaterThanOrEqual(1.17);
  });

  test('filled in with an app id and base URL, it validates against the Teams schema', () => {
    const manifest = filledManifest(settings);
    const valid = validateManifest(manifest);
    if (!valid) throw new Error(errorsOf(validateManifest));
    expect(manifest.id).toBe('6e1b3f0a-52c4-4f0e-9b8d-1a2b3c4d5e6f');
    expect(at(manifest, 'bots[0].botId')).toBe(manifest.id);
    expect(at(manifest, 'staticTabs[0].contentUrl')).toBe('https://triage.example.com/tab');
    expect(manifest.validDomains).toEqual(['triage.example.com']);
    expect(JSON.stringify(manifest)).not.toContain('{{');
  });

  test('the schema check is real: a manifest without a bot id, with a colour name or an unknown scope is rejected', () => {
    const manifest = filledManifest(settings) as any;
    expect(validateManifest({ ...manifest, bots: [{ ...manifest.bots[0], botId: undefined }] })).toBe(false);
    expect(validateManifest({ ...manifest, accentColor: 'purple' })).toBe(false);
    expect(validateManifest({ ...manifest, bots: [{ ...manifest.bots[0], scopes: ['everywhere'] }] })).toBe(false);
    expect(validateLocalization({ ...japanese, 'bots[0].nonsense': 'x' })).toBe(false);
  });

  test('the bot works in personal chat and in teams, with a command list for each', () => {
    const bot = at(template, 'bots[0]') as { scopes: string[]; commandLists: Array<{ scopes: string[] }> };
    expect(bot.scopes).toEqual(expect.arrayContaining(['personal', 'team']));
    expect(bot.commandLists.flatMap((l) => l.scopes)).toEqual(expect.arrayContaining(['personal', 'team']));
    expect(at(template, 'staticTabs[0].name')).toBe('Contacts');
  });

  test('the Japanese localization validates and only translates things the manifest has', () => {
    const valid = validateLocalization(japanese);
    if (!valid) throw new Error(errorsOf(validateLocalization));
    expect(template.localizationInfo.additionalLanguages).toEqual([{ languageTag: 'ja-jp', file: 'ja.json' }]);
    for (const key of Object.keys(japanese).filter((k) => k.includes('['))) {
      expect({ key, exists: at(template, key) !== undefined }).toEqual({ key, exists: true });
    }
  });

  test('every command offered in the command lists, in both languages, is one the bot understands', () => {
    const titles: string[] = [];
    (at(template, 'bots[0].commandLists') as Array<{ commands: Array<{ title: string }> }>).forEach((list, l) =>
      list.commands.forEach((command, c) => {
        titles.push(command.title);
        titles.push(japanese[`bots[0].commandLists[${l}].commands[${c}].title`]);
      }),
    );
    expect(titles.filter((title) => !title)).toEqual([]);
    const notUnderstood = titles.filter((title) => !detectCommand(title) && !detectAlertChannelCommand(title));
    expect(notUnderstood).toEqual([]);
  });
});

describe('Teams app icons', () => {
  const png = (file: string) => PNG.sync.read(readFileSync(join(MANIFEST_DIR, file)));

  test('the colour icon is 192×192 and opaque', () => {
    const color = png('color.png');
    expect([color.width, color.height]).toEqual([192, 192]);
    let transparent = 0;
    for (let i = 3; i < color.data.length; i += 4) if (color.data[i] < 255) transparent++;
    expect(transparent).toBe(0);
  });

  test('the outline icon is 32×32, white on a transparent background', () => {
    const outline = png('outline.png');
    expect([outline.width, outline.height]).toEqual([32, 32]);
    let clear = 0;
    let drawn = 0;
    const coloured: number[] = [];
    for (let i = 0; i < outline.data.length; i += 4) {
      const [r, g, b, a] = outline.data.subarray(i, i + 4);
      if (a === 0) clear++;
      else {
        drawn++;
        if (r !== 255 || g !== 255 || b !== 255) coloured.push(i / 4);
      }
    }
    expect(coloured).toEqual([]);
    expect(outline.data[3]).toBe(0); // the corner is transparent
    expect(clear).toBeGreaterThan(32 * 32 * 0.5);
    expect(drawn).toBeGreaterThan(32);
  });
});

describe('npm run package:teams', () => {
  let dir: string;
  beforeAll(() => (dir = mkdtempSync(join(tmpdir(), 'teams-package-'))));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('writes a zip whose manifest is filled in and valid, with the icons and Japanese strings beside it', () => {
    const zipPath = packageTeamsApp(settings, join(dir, 'app.zip'));
    const zip = new AdmZip(zipPath);
    expect(
      zip
        .getEntries()
        .map((e) => e.entryName)
        .sort(),
    ).toEqual(['color.png', 'ja.json', 'manifest.json', 'outline.png']);
    const manifest: Record<string, unknown> = JSON.parse(zip.readAsText('manifest.json'));
    if (!validateManifest(manifest)) throw new Error(errorsOf(validateManifest));
    expect(manifest.id).toBe('6e1b3f0a-52c4-4f0e-9b8d-1a2b3c4d5e6f');
    expect(zip.readFile('outline.png')).toEqual(readFileSync(join(MANIFEST_DIR, 'outline.png')));
  });

  test.each([
    [{}, /MicrosoftAppId is not set/],
    [{ MicrosoftAppId: 'my-bot' }, /MicrosoftAppId must be a GUID/],
    [{ MicrosoftAppId: '6e1b3f0a-52c4-4f0e-9b8d-1a2b3c4d5e6f' }, /BOT_BASE_URL is not set/],
    [
      { MicrosoftAppId: '6e1b3f0a-52c4-4f0e-9b8d-1a2b3c4d5e6f', BOT_BASE_URL: 'http://triage.example.com' },
      /must start with https/,
    ],
  ])('refuses %j with one sentence saying what to set', (env, message) => {
    expect(() => packageSettings(env)).toThrow(PackageError);
    expect(() => packageSettings(env)).toThrow(message);
  });

  test('run without an app id, it stops with one clear line and writes nothing', () => {
    const out = join(dir, 'refused.zip');
    const run = spawnSync(join(root, 'node_modules/.bin/tsx'), ['scripts/package-teams.ts', out], {
      cwd: root,
      env: { ...process.env, MicrosoftAppId: '', BOT_BASE_URL: 'https://triage.example.com' },
      encoding: 'utf8',
      timeout: 20_000,
    });
    expect(run.status).toBe(1);
    expect(run.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(/^Cannot package the Teams app: MicrosoftAppId is not set/),
    ]);
    expect(() => readFileSync(out)).toThrow();
  });
});
