import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/**
 * The house's layers, lowest first: a file may import its own layer and those below it, never one above. Within a
 * layer, folders may use each other, but never in a loop. Every file of src/ and dialogs/ must fall under one row.
 */
const LAYERS: ReadonlyArray<{ layer: string; folders: readonly string[] }> = [
  { layer: '1 domain', folders: ['src/domain', 'src/types'] },
  {
    layer: '2 infrastructure',
    folders: ['src/config.ts', 'src/tickets', 'src/storage', 'src/alerts', 'src/observability', 'src/state'],
  },
  { layer: '3 presentation', folders: ['src/presentation', 'src/i18n'] },
  { layer: '4 conversation', folders: ['dialogs'] },
  { layer: '5 bot', folders: ['src/bot'] },
  {
    layer: '6 channels and server',
    folders: ['src/adapter', 'src/reliability', 'src/server', 'src/teams', 'src/webchat', 'src/tab'],
  },
  { layer: '7 composition root', folders: ['src/index.ts', 'src/buildBot.ts', 'src/cli'] },
];

const ROOT = path.resolve(__dirname, '../..');
const FRAMEWORK = /^(botbuilder|botframework|restify)/;

interface Placed {
  layer: number;
  folder: string;
}

function placeOf(file: string): Placed | undefined {
  let best: (Placed & { length: number }) | undefined;
  LAYERS.forEach(({ folders }, layer) => {
    for (const folder of folders) {
      const matches = file === folder || file.startsWith(`${folder}/`);
      if (matches && (!best || folder.length > best.length)) best = { layer, folder, length: folder.length };
    }
  });
  return best && { layer: best.layer, folder: best.folder };
}

function sourceFiles(folder: string): string[] {
  return readdirSync(path.join(ROOT, folder)).flatMap((name) => {
    const relative = `${folder}/${name}`;
    if (statSync(path.join(ROOT, relative)).isDirectory()) return sourceFiles(relative);
    return /\.ts$/.test(name) ? [relative] : [];
  });
}

interface Import {
  from: string;
  specifier: string;
  /** The imported file, repository-relative, for a relative import. */
  target?: string;
}

/** Every import, export-from, require and import() of a file, as TypeScript itself reads them. */
function importsOf(file: string): Import[] {
  const info = ts.preProcessFile(readFileSync(path.join(ROOT, file), 'utf8'), true, true);
  return info.importedFiles.map(({ fileName: specifier }) => ({
    from: file,
    specifier,
    target: specifier.startsWith('.') ? resolveFile(path.posix.join(path.posix.dirname(file), specifier)) : undefined,
  }));
}

function resolveFile(base: string): string {
  const normalized = path.posix.normalize(base);
  for (const candidate of [normalized, `${normalized}.ts`, `${normalized}/index.ts`]) {
    try {
      if (statSync(path.join(ROOT, candidate)).isFile()) return candidate;
    } catch {
      // not this one
    }
  }
  return normalized;
}

const files = [...sourceFiles('src'), ...sourceFiles('dialogs')];
const imports = files.flatMap(importsOf);

describe('layers: each part of the code imports only those below it', () => {
  it('places every file of src/ and dialogs/ in a layer', () => {
    expect(files.filter((file) => !placeOf(file))).toEqual([]);
  });

  it('has no import from a higher layer', () => {
    expect(upwardImports(imports)).toEqual([]);
  });

  it('has no loop between the folders of one layer', () => {
    const edges = new Map<string, Set<string>>();
    for (const { from, target } of imports) {
      const source = placeOf(from);
      const imported = target ? placeOf(target) : undefined;
      if (!source || !imported || imported.layer !== source.layer || imported.folder === source.folder) continue;
      if (!edges.has(source.folder)) edges.set(source.folder, new Set());
      edges.get(source.folder)!.add(imported.folder);
    }
    expect(loopsIn(edges)).toEqual([]);
  });

  it('keeps the domain free of the bot framework and the web server', () => {
    const framework = imports.filter(
      ({ from, specifier }) => placeOf(from)?.folder === 'src/domain' && FRAMEWORK.test(specifier),
    );
    expect(framework.map(({ from, specifier }) => `${from} imports ${specifier}`)).toEqual([]);
  });

  it('would name an upward import and a loop (the rule can fail)', () => {
    const upward = { from: 'src/presentation/cards.ts', specifier: '../../dialogs/x', target: 'dialogs/x.ts' };
    expect(upwardImports([upward])).toEqual([
      'src/presentation/cards.ts (3 presentation) imports ../../dialogs/x (4 conversation)',
    ]);
    const loop = new Map([
      ['src/tickets', new Set(['src/storage'])],
      ['src/storage', new Set(['src/tickets'])],
    ]);
    expect(loopsIn(loop)).toEqual(['src/storage → src/tickets → src/storage']);
  });
});

function upwardImports(list: Import[]): string[] {
  return list.flatMap(({ from, specifier, target }) => {
    const source = placeOf(from);
    const imported = target ? placeOf(target) : undefined;
    if (!source || !imported || imported.layer <= source.layer) return [];
    return [`${from} (${LAYERS[source.layer]!.layer}) imports ${specifier} (${LAYERS[imported.layer]!.layer})`];
  });
}

/** Each loop once, as "a → b → a". */
function loopsIn(edges: Map<string, Set<string>>): string[] {
  const loops = new Set<string>();
  const walk = (start: string, at: string, trail: string[]) => {
    for (const next of edges.get(at) ?? []) {
      if (next === start) {
        const loop = [...trail, start];
        const first = loop.indexOf([...trail].sort()[0]!);
        const rotated = [...trail.slice(first), ...trail.slice(0, first)];
        loops.add([...rotated, rotated[0]].join(' → '));
      } else if (!trail.includes(next)) walk(start, next, [...trail, next]);
    }
  };
  for (const start of edges.keys()) walk(start, start, [start]);
  return [...loops];
}
