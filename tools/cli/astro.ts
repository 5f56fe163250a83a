/**
 * The project's Astro CLI with Astro's anonymous telemetry off: `node tools/cli/astro.ts build` runs
 * `astro build`. Museums run this on their own machines and nothing should report on them. The npm
 * scripts call this rather than prefixing `ASTRO_TELEMETRY_DISABLED=1 astro …`, which Windows' cmd.exe
 * (where npm runs scripts there) cannot parse. The variable is read by @astrojs/telemetry each time it
 * would send, and also before the first-run notice, so it is set before Astro loads.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ensureDemoMedia } from '../demo-media/ensure-demo-media.ts';
import { withoutTelemetry } from '../install/astro-env.ts';
import { ensureDemoScans } from '../model-import/ensure-demo-scans.ts';

Object.assign(process.env, withoutTelemetry({}));
const require = createRequire(import.meta.url);
// The demo's photographs (renders) and its scan-like models are made, not committed
// (tools/demo-media/, tools/model-import/); cached between runs.
if (['build', 'dev'].includes(process.argv[2] ?? '')) {
  // The scans first: the Cham exhibits' photographs are rendered from them.
  await ensureDemoScans(process.cwd(), console.log);
  await ensureDemoMedia(process.cwd(), console.log);
}
// The bin reads process.argv as [node, script, command, …], which is what this script was given.
await import(pathToFileURL(join(dirname(require.resolve('astro/package.json')), 'bin', 'astro.mjs')).href);
