import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve, sep } from 'node:path';

/**
 * The import rules of the layout (docs/architecture.md), checked from the source text:
 * - shipped code (src/, tests aside) imports nothing from tools/, test/ or e2e/;
 * - schemas (src/content/schemas/) import no feature, and nothing that imports a schema back (the
 *   schemas are the bottom of the tree: a cycle through them is reported with its path);
 * - code that runs in the browser (an .astro file's <script>, src/client/, a feature's client/, the
 *   service worker, and everything they import) imports no Node built-in;
 * - a feature imports another only through its public files, index.ts (runs anywhere) or build.ts
 *   (build time only);
 * - no unit test imports from e2e/;
 * - a view (src/components/views/) imports neither getCatalog nor pageCatalog: it shows what its route
 *   hands it as props (src/content/page-data.ts), so what a page shows is visible in what it is given.
 */
export function boundaryViolations(root: string): string[] {
  const files = sourceFiles(root, 'src').concat(sourceFiles(root, 'tools'), sourceFiles(root, 'test'));
  const violations: string[] = [];
  const importsOf = (file: string) =>
    specifiers(root, file).map((spec) => ({ spec, target: resolveImport(root, file, spec) }));

  for (const file of files) {
    const isTest = /\.test\.tsx?$/.test(file);
    for (const { spec, target } of importsOf(file)) {
      if (!target) continue;
      if (file.startsWith('src/') && !isTest && /^(tools|test|e2e)\//.test(target))
        violations.push(`${file} ships, but imports ${target} (tools/, test/ and e2e/ never ship)`);
      if (file.startsWith('src/content/schemas/') && target.startsWith('src/features/'))
        violations.push(`${file} is a schema, but imports the feature file ${target}`);
      const from = featureOf(file);
      const to = featureOf(target);
      if (from && to && from !== to && !/^src\/features\/[^/]+\/(index|build)\.ts$/.test(target))
        violations.push(
          `${file} (feature ${from}) imports ${spec}, inside feature ${to}: use its index.ts or build.ts`,
        );
      if (isTest && target.startsWith('e2e/'))
        violations.push(`${file} is a unit test, but imports ${target} from e2e/`);
    }
  }

  for (const file of files.filter((f) => f.startsWith('src/components/views/')))
    for (const name of catalogReaders(readFileSync(join(root, file), 'utf8')))
      violations.push(`${file} is a view, but imports ${name}: take the data as props from its route (page-data.ts)`);

  violations.push(...schemaCycles(files, importsOf));

  const seen = new Map<string, string>();
  const queue: { file: string; via: string }[] = [];
  for (const file of files) {
    if (isBrowserEntry(file)) queue.push({ file, via: file });
    if (file.endsWith('.astro'))
      for (const spec of scriptSpecifiers(readFileSync(join(root, file), 'utf8'))) {
        const target = resolveImport(root, file, spec);
        if (target) queue.push({ file: target, via: `${file} <script>` });
      }
  }
  while (queue.length > 0) {
    const { file, via } = queue.shift()!;
    if (seen.has(file) || !/\.(ts|tsx|js|mjs)$/.test(file)) continue;
    seen.set(file, via);
    for (const { spec, target } of importsOf(file)) {
      if (isNodeBuiltin(spec)) violations.push(`${file} runs in the browser (from ${via}), but imports ${spec}`);
      else if (target) queue.push({ file: target, via });
    }
  }
  return violations;
}

const isSchema = (file: string) => file.startsWith('src/content/schemas/') && !/\.test\.tsx?$/.test(file);

/**
 * Import cycles that leave the schemas and come back: a schema imports a file outside
 * src/content/schemas/ which, directly or not, imports a schema again. Type-only imports count too,
 * since they make the two files each other's definition.
 */
function schemaCycles(files: string[], importsOf: (file: string) => { target?: string }[]): string[] {
  const graph = new Map<string, string[]>();
  const edges = (file: string) => {
    let targets = graph.get(file);
    if (!targets) {
      targets = importsOf(file).flatMap(({ target }) => (target && /\.(ts|tsx)$/.test(target) ? [target] : []));
      graph.set(file, targets);
    }
    return targets;
  };
  const cycles: string[] = [];
  for (const schema of files.filter(isSchema))
    for (const outside of edges(schema).filter((t) => !isSchema(t))) {
      // Breadth first from the outside file, back to any schema: the shortest way round is reported.
      const from = new Map<string, string>([[outside, schema]]);
      const queue = [outside];
      let back: string[] | undefined;
      while (queue.length > 0 && !back) {
        const file = queue.shift()!;
        for (const target of edges(file)) {
          if (from.has(target)) continue;
          from.set(target, file);
          if (isSchema(target)) {
            back = [target];
            for (let at = file; at !== schema; at = from.get(at)!) back.unshift(at);
            break;
          }
          queue.push(target);
        }
      }
      if (back)
        cycles.push(
          `${schema} is a schema, but imports ${back.slice(0, -1).join(' → ')}, which imports the schema ${back.at(-1)} back (an import cycle)`,
        );
    }
  return cycles;
}

function isBrowserEntry(file: string): boolean {
  return /^src\/(client|features\/[^/]+\/client|features\/offline\/sw)\//.test(file) && !/\.test\.tsx?$/.test(file);
}

function featureOf(file: string): string | undefined {
  return /^src\/features\/([^/]+)\//.exec(file)?.[1];
}

const NODE_BUILTINS = new Set(builtinModules);
function isNodeBuiltin(spec: string): boolean {
  return spec.startsWith('node:') || NODE_BUILTINS.has(spec.split('/')[0]!);
}

function sourceFiles(root: string, folder: string): string[] {
  if (!existsSync(join(root, folder))) return [];
  return (readdirSync(join(root, folder), { recursive: true }) as string[])
    .map((name) => `${folder}/${name.split(sep).join('/')}`)
    .filter(
      (file) =>
        /\.(ts|tsx|mjs|astro)$/.test(file) && !file.includes('node_modules/') && !file.includes('/fixtures/valid/'),
    );
}

// `import … from 'x'`, `export … from 'x'`, `import 'x'` and `import('x')`, at the start of a statement.
const IMPORT =
  /(?:^|[\n;])\s*(?:import|export)\s*(?:[\w*{}\s,$]+?\s*from\s*)?(['"])([^'"\n]+)\1|\bimport\(\s*(['"])([^'"\n]+)\3\s*\)/g;

function specifiers(root: string, file: string): string[] {
  const text = readFileSync(join(root, file), 'utf8');
  return [...text.matchAll(IMPORT)].map((m) => (m[2] ?? m[4])!);
}

// The names a file imports as values (not `import type`) that read the whole catalog.
const CATALOG_READERS = ['getCatalog', 'pageCatalog'];
function catalogReaders(text: string): string[] {
  const named = [...text.matchAll(/(?:^|[\n;])\s*import\s+(?!type\s)\{([^}]*)\}\s*from/g)].flatMap((m) =>
    m[1]!.split(',').flatMap((part) => (/^\s*type\s/.test(part) ? [] : [part.trim().split(/\s+/)[0]!])),
  );
  return CATALOG_READERS.filter((name) => named.includes(name));
}

function scriptSpecifiers(astro: string): string[] {
  const scripts = [...astro.matchAll(/<script(?![^>]*is:inline)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
  return scripts.flatMap((body) => [...body.matchAll(IMPORT)].map((m) => (m[2] ?? m[4])!));
}

function resolveImport(root: string, file: string, spec: string): string | undefined {
  if (!spec.startsWith('.')) return undefined;
  const bare = join(dirname(join(root, file)), spec.split('?')[0]!);
  for (const candidate of [bare, `${bare}.ts`, `${bare}.tsx`, join(bare, 'index.ts')])
    if (existsSync(candidate) && statSync(candidate).isFile())
      return relative(resolve(root), candidate).split(sep).join('/');
  return undefined;
}
