import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { CATEGORIES, PLANS, SEVERITIES } from '../../src/domain/types';
import { DataValidationError } from '../../src/domain/data/validate';
import { SUPPORT_FILES, loadSupportData, parseSupportData } from '../../src/domain/data/supportSchema';

const DATA_DIR = path.resolve(__dirname, '../../data');
const SEED_001 = path.resolve(__dirname, '../../../shared/seeds/001_87745cf2dcdb24ab.txt');
const SEED_002 = path.resolve(__dirname, '../../../shared/seeds/002_79c0412cd6ab8f56.txt');

function readRaw(): Record<string, unknown> {
  const files: Record<string, unknown> = {};
  for (const name of Object.values(SUPPORT_FILES)) {
    files[name] = JSON.parse(fs.readFileSync(path.join(DATA_DIR, name), 'utf8'));
  }
  return files;
}

/** Every object in the tree that has a ja or an en key, with its path. */
function localizedNodes(node: unknown, at = ''): Array<[string, Record<string, unknown>]> {
  if (Array.isArray(node)) return node.flatMap((v, i) => localizedNodes(v, `${at}[${i}]`));
  if (node === null || typeof node !== 'object') return [];
  const obj = node as Record<string, unknown>;
  const own: Array<[string, Record<string, unknown>]> = 'ja' in obj || 'en' in obj ? [[at, obj]] : [];
  return [...own, ...Object.entries(obj).flatMap(([k, v]) => localizedNodes(v, at ? `${at}.${k}` : k))];
}

describe('support data files', () => {
  const data = loadSupportData();

  it('load and validate from data/', () => {
    expect(Object.keys(data).sort()).toEqual(['categories', 'escalation', 'plans', 'responseTimes', 'severity']);
  });

  it('accepts "name.json", "data/name.json" and bare keys', () => {
    const raw = readRaw();
    const prefixed = Object.fromEntries(Object.entries(raw).map(([k, v]) => [`data/${k}`, v]));
    const bare = Object.fromEntries(Object.entries(raw).map(([k, v]) => [k.replace(/\.json$/, ''), v]));
    expect(parseSupportData(prefixed)).toEqual(data);
    expect(parseSupportData(bare)).toEqual(data);
  });

  describe.each(Object.values(SUPPORT_FILES))('%s', (name) => {
    const raw = readRaw()[name];
    const nodes = localizedNodes(raw);

    it('has Localized texts', () => {
      expect(nodes.length).toBeGreaterThan(0);
    });

    it.each(nodes.map(([where, node]) => [where, node] as const))('%s has non-empty ja and en', (_where, node) => {
      expect(Object.keys(node).sort()).toEqual(['en', 'ja']);
      expect(typeof node.ja === 'string' && node.ja.trim().length > 0).toBe(true);
      expect(typeof node.en === 'string' && node.en.trim().length > 0).toBe(true);
    });
  });

  describe('schema rejects a broken file, naming file and field', () => {
    type Break = (files: Record<string, any>) => void;
    const cases: Array<[string, Break, RegExp]> = [
      [
        'unknown availability',
        (f) => (f['response-times.json'].families.business.cells.B.availability = 'weekdays'),
        /^data\/response-times\.json: families\.business\.cells\.B\.availability: /,
      ],
      [
        'missing severity cell',
        (f) => delete f['response-times.json'].families.frontline.cells.C,
        /^data\/response-times\.json: families\.frontline\.cells\.C: /,
      ],
      [
        'hours that are not a positive integer',
        (f) => (f['response-times.json'].families.elevated.cells.B.response = { kind: 'hours', hours: 0 }),
        /^data\/response-times\.json: families\.elevated\.cells\.B\.response\.hours: /,
      ],
      [
        'footnote reference without a footnote',
        (f) => f['response-times.json'].families.enterprise.cells.A.footnotes.push('9'),
        /^data\/response-times\.json: families\.enterprise\.cells\.A\.footnotes\[1\]: unknown footnote "9"$/,
      ],
      [
        'empty Japanese definition',
        (f) => (f['severity.json'].levels.C.definition.ja = '  '),
        /^data\/severity\.json: levels\.C\.definition\.ja: /,
      ],
      [
        'missing category',
        (f) => delete f['categories.json'].categories.network,
        /^data\/categories\.json: categories\.network: /,
      ],
      [
        'relative link',
        (f) => (f['categories.json'].categories.certification.links[0].url = '/learn/certifications/help'),
        /^data\/categories\.json: categories\.certification\.links\[0\]\.url: /,
      ],
      [
        'escalation path without first contact',
        (f) => delete f['escalation.json'].paths.csp.firstContact,
        /^data\/escalation\.json: paths\.csp\.firstContact: /,
      ],
      [
        'template without placeholder',
        (f) => (f['escalation.json'].strings.severityStep.en = 'Severity'),
        /^data\/escalation\.json: strings\.severityStep: /,
      ],
      [
        'unknown plan family',
        (f) => (f['plans.json'].plans[0].family = 'premium'),
        /^data\/plans\.json: plans\[0\]\.family: /,
      ],
      [
        'assumed plan without a note',
        (f) => (f['plans.json'].plans.find((p: { id: string }) => p.id === 'e5').note = null),
        /^data\/plans\.json: plans\[\d+\]\.note: expected a note/,
      ],
      ['missing file', (f) => delete f['escalation.json'], /^data\/escalation\.json: file missing$/],
    ];

    it.each(cases)('%s', (_name, breakIt, message) => {
      const files = readRaw() as Record<string, any>;
      breakIt(files);
      let error: unknown;
      try {
        parseSupportData(files);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(DataValidationError);
      expect((error as Error).message).toMatch(message);
      expect((error as Error).message).not.toContain('\n');
    });
  });

  it('names the file when data/ has a file that is not JSON', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'support-data-'));
    try {
      for (const name of Object.values(SUPPORT_FILES)) fs.copyFileSync(path.join(DATA_DIR, name), path.join(dir, name));
      fs.writeFileSync(path.join(dir, 'plans.json'), '{ not json');
      expect(() => loadSupportData(dir)).toThrow(/^data\/plans\.json: invalid JSON/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  describe('content', () => {
    it('has the three severities with examples', () => {
      expect(Object.keys(data.severity.levels)).toEqual([...SEVERITIES]);
      expect(data.severity.levels.A.label.ja).toBe('重大');
      expect(data.severity.levels.B.label.ja).toBe('高');
      expect(data.severity.levels.C.label.ja).toBe('重大でない');
      expect(data.severity.levels.C.note?.ja).toContain('中');
      for (const s of SEVERITIES) expect(data.severity.levels[s].examples.length).toBeGreaterThan(0);
    });

    it('has every category once; severity applies to technical only', () => {
      expect(Object.keys(data.categories.categories).sort()).toEqual([...CATEGORIES].sort());
      for (const c of CATEGORIES) {
        expect(data.categories.categories[c].severityApplies).toBe(c === 'technical');
      }
    });

    it('routes follow the seeds', () => {
      const cat = data.categories.categories;
      expect(cat.billing.route.en).toMatch(/Monday to Friday/);
      expect(cat.billing.route.en).toMatch(/same phone number and the same online service request process/);
      expect(cat.presales.route.en).toMatch(/admin center of the free trial/);
      expect(cat.certification.route.en).toMatch(/Certification Help/);
      expect(cat.certification.route.en).toMatch(/do not handle certification/);
      expect(cat.network.route.en).toMatch(/outside the support boundary/);
      expect(cat.network.route.en).toMatch(/Microsoft Networking team/);
      expect(cat.thirdparty.route.en).toMatch(/Microsoft Community/);
      expect(cat.scripting.route.ja).toContain('何にお困りですか?');
      expect(cat.developer.route.en).toMatch(/Premier or Partner support resources/);
      expect(cat.courseware.route.en).toMatch(/MOC regional contact/);
      for (const c of ['technical', 'billing', 'presales'] as const) expect(cat[c].usesChannelPath).toBe(true);
      for (const c of ['courseware', 'certification', 'network', 'thirdparty', 'scripting', 'developer'] as const) {
        expect(cat[c].usesChannelPath).toBe(false);
      }
    });

    it('links are https; links made absolute keep the seed path and use docs.microsoft.com', () => {
      const links = [
        ...Object.values(data.categories.categories).flatMap((c) => c.links),
        ...Object.values(data.escalation.paths).flatMap((p) => p.links),
      ];
      expect(links.length).toBeGreaterThan(0);
      for (const link of links) {
        expect(link.url).toMatch(/^https:\/\//);
        if (link.seedPath) expect(link.url).toBe(`https://docs.microsoft.com${link.seedPath}`);
      }
    });

    it('offers every plan choice, mapped to a family', () => {
      const byId = Object.fromEntries(data.plans.plans.map((p) => [p.id, p]));
      const expected: Record<string, string> = {
        'business-basic': 'business',
        'apps-for-business': 'business',
        'business-standard': 'business',
        e1: 'enterprise',
        e3: 'enterprise',
        e5: 'enterprise',
        g2: 'enterprise',
        g3: 'enterprise',
        f1: 'frontline',
        k1: 'frontline',
        unknown: 'unknown',
      };
      expect(Object.keys(byId).sort()).toEqual(Object.keys(expected).sort());
      for (const [id, family] of Object.entries(expected)) {
        expect(byId[id]!.family).toBe(family);
        expect(PLANS).toContain(byId[id]!.family);
      }
      // E5 and G3 are not printed in the seed's table.
      expect(
        data.plans.plans
          .filter((p) => p.assumed)
          .map((p) => p.id)
          .sort(),
      ).toEqual(['e5', 'g3']);
    });

    it('every escalation fact names its seed', () => {
      for (const p of Object.values(data.escalation.paths)) {
        for (const f of p.facts) expect(f.ref).toMatch(/^00[12] /);
      }
    });
  });

  const seedsPresent = fs.existsSync(SEED_001) && fs.existsSync(SEED_002);
  (seedsPresent ? describe : describe.skip)('faithful to the seeds (when ../shared/seeds is present)', () => {
    const seed001 = seedsPresent ? fs.readFileSync(SEED_001, 'utf8') : '';
    const seed002 = seedsPresent ? fs.readFileSync(SEED_002, 'utf8') : '';

    it.each([...SEVERITIES])('severity %s definition and examples are verbatim (ja)', (s) => {
      const level = data.severity.levels[s];
      expect(seed001).toContain(level.definition.ja);
      for (const ex of level.examples) expect(seed001).toContain(ex.ja);
    });

    it('every URL appears in a seed (or its seed path does)', () => {
      const links = [
        ...Object.values(data.categories.categories).flatMap((c) => c.links),
        ...Object.values(data.escalation.paths).flatMap((p) => p.links),
      ];
      const seed000 = fs.readFileSync(path.resolve(path.dirname(SEED_001), '000_7c0ed756d28c58f6.txt'), 'utf8');
      const all = seed000 + seed001 + seed002;
      for (const link of links) expect(all).toContain(link.seedPath ?? link.url);
    });

    it('footnote 4 and the 14-day reopen are in seed 001', () => {
      expect(seed001).toContain(data.responseTimes.footnotes['4']!.ja);
      expect(seed001).toContain(data.responseTimes.reopen.text.ja);
      expect(seed001).toContain(`最大 ${data.responseTimes.reopen.days} 日間`);
    });

    it('CSP facts come from seed 002', () => {
      expect(seed002).toContain('Microsoft does not provide support to CSP customers.');
      expect(seed002).toContain(data.escalation.paths.csp.facts[2]!.text.ja);
    });
  });

  it('nothing under src/domain imports botbuilder', () => {
    const root = path.resolve(__dirname, '../../src/domain');
    const walk = (dir: string): string[] =>
      fs
        .readdirSync(dir, { withFileTypes: true })
        .flatMap((e) =>
          e.isDirectory() ? walk(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : [],
        );
    for (const file of walk(root)) {
      expect([file, /from\s+['"]botbuilder/.test(fs.readFileSync(file, 'utf8'))]).toEqual([file, false]);
    }
  });
});
