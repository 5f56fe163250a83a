import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { boundaryViolations } from './boundaries.ts';

const ROOT = join(import.meta.dirname, '..', '..');

describe('the layout boundaries', () => {
  it('hold in this tree', () => {
    expect(boundaryViolations(ROOT)).toEqual([]);
  });

  const scratch = mkdtempSync(join(tmpdir(), 'boundaries-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(scratch, path)), { recursive: true });
    writeFileSync(join(scratch, path), text);
  };
  write('tools/bench/median.ts', 'export const median = 1;\n');
  write('e2e/support/decoder.ts', 'export const decode = 1;\n');
  write('src/features/offline/build/lazy-chunks.ts', "import { median } from '../../../../tools/bench/median.ts';\n");
  write('src/features/places/parse.ts', 'export const parse = 1;\n');
  write('src/features/places/index.ts', "export { parse } from './parse.ts';\n");
  write('src/content/schemas/hours.ts', "import { parse } from '../../features/places/parse.ts';\n");
  write('src/features/map/client/util.ts', "import { readFileSync } from 'node:fs';\nexport const x = 1;\n");
  write('src/features/map/helper.ts', "import { join } from 'path';\nexport const y = 1;\n");
  write(
    'src/features/map/Map.astro',
    "---\nimport { join } from 'node:path';\n---\n<script>\n  import { y } from './helper.ts';\n</script>\n",
  );
  write(
    'src/features/map/wire.ts',
    "import { parse } from '../places/parse.ts';\nimport { parse as ok } from '../places/index.ts';\n",
  );
  // The cycle issue 14 found: scene.ts took signedArea from the geometry that takes its types from scene.ts.
  write(
    'src/content/schemas/scene.ts',
    "import { signedArea } from '../scenes/geometry.ts';\nexport type Vec2 = [number, number];\n",
  );
  write('src/content/scenes/geometry.ts', "import { plan } from './plan.ts';\nexport const signedArea = plan;\n");
  write(
    'src/content/scenes/plan.ts',
    "import type { Vec2 } from '../schemas/scene.ts';\nexport const plan = (p: Vec2) => p;\n",
  );
  // Importing a schema from outside is the right direction, and a schema may import a sibling schema.
  write('src/content/schemas/common.ts', 'export const id = 1;\n');
  write('src/content/schemas/place.ts', "import { id } from './common.ts';\n");
  write('src/content/loader/load.ts', "import { id } from '../schemas/common.ts';\n");
  // A view reads the catalog itself (issue 14): it must take what it shows as props from its route.
  write(
    'src/components/views/HomeView.astro',
    "---\nimport { pageCatalog } from '../../content/page-data.ts';\nconst catalog = pageCatalog();\n---\n",
  );
  write(
    'src/components/views/LabelView.astro',
    "---\nimport { getCatalog } from '../../content/catalog.ts';\nimport type { PlacePage } from '../../content/page-data.ts';\n---\n",
  );
  // Types from page-data.ts, and components shared by every page outside views/, are fine.
  write(
    'src/components/views/PlaceView.astro',
    "---\nimport { type PlacePage } from '../../content/page-data.ts';\n---\n",
  );
  write('src/layouts/BaseLayout.astro', "---\nimport { pageCatalog } from '../content/page-data.ts';\n---\n");
  write('src/features/labels/qr.test.ts', "import { decode } from '../../../e2e/support/decoder.ts';\n");

  it('are each reported, with the file that breaks them', () => {
    expect(boundaryViolations(scratch).sort()).toEqual(
      [
        'src/content/schemas/scene.ts is a schema, but imports src/content/scenes/geometry.ts → src/content/scenes/plan.ts, which imports the schema src/content/schemas/scene.ts back (an import cycle)',
        'src/components/views/HomeView.astro is a view, but imports pageCatalog: take the data as props from its route (page-data.ts)',
        'src/components/views/LabelView.astro is a view, but imports getCatalog: take the data as props from its route (page-data.ts)',
        'src/content/schemas/hours.ts is a schema, but imports the feature file src/features/places/parse.ts',
        'src/features/labels/qr.test.ts is a unit test, but imports e2e/support/decoder.ts from e2e/',
        'src/features/map/client/util.ts runs in the browser (from src/features/map/client/util.ts), but imports node:fs',
        'src/features/map/helper.ts runs in the browser (from src/features/map/Map.astro <script>), but imports path',
        'src/features/map/wire.ts (feature map) imports ../places/parse.ts, inside feature places: use its index.ts or build.ts',
        'src/features/offline/build/lazy-chunks.ts ships, but imports tools/bench/median.ts (tools/, test/ and e2e/ never ship)',
      ].sort(),
    );
  });
});
