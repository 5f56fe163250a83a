import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ASTRO_TELEMETRY_OFF } from '../../tools/install/astro-env.ts';

/** Builds the same site again as "the next deploy" (another version label) into .tmp/dist-next. */
export function buildNextDeploy(version: string): string {
  const outDir = join('.tmp', 'dist-next');
  execFileSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir], {
    env: { ...process.env, ...ASTRO_TELEMETRY_OFF, BUILD_VERSION: version },
    stdio: 'pipe',
  });
  return outDir;
}

/** The precache list workbox-build wrote into a built sw.js: address → revision. */
export function precacheOf(dist: string): Map<string, string | null> {
  const sw = readFileSync(join(dist, 'sw.js'), 'utf8');
  const list = /\[\{"revision"[\s\S]*?\}\]/.exec(sw)?.[0];
  if (!list) throw new Error(`no precache manifest in ${dist}/sw.js`);
  return new Map(
    (JSON.parse(list) as { url: string; revision: string | null }[]).map((e) => [`/${e.url}`, e.revision]),
  );
}
