import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEMO_SCANNED, demoScanPaths } from '../model-import/ensure-demo-scans.ts';
import { DEMO_PHOTO, renderDemoPhoto } from './render-demo-photo.ts';
import { renderScanPhoto, scanPhotoSize } from './render-scan-photo.ts';

/**
 * The demo exhibits that get a 24-megapixel "studio" photograph of their illustration: the twenty of
 * the Quảng Ninh Museum. Each photo costs seconds to make and to process on a fresh clone (CI's run is
 * watched).
 */
export const DEMO_PHOTOGRAPHED = [
  // History
  'quang-chinh-bronze-drum',
  'tran-bronze-jar',
  'bach-dang-stakes',
  'dau-ram-pottery-vase',
  'ngoa-van-gold-box',
  'lotus-offering-dish',
  'van-don-trading-port',
  'yen-tu-truc-lam',
  // Coal mining
  'mine-cart',
  'anthracite-coal-block',
  'coc-6-open-pit',
  'hon-gai-mine-deed-1884',
  'mine-tunnel',
  'miners-notice-1932',
  // Nature and sea
  'horseshoe-crab',
  'whale-skeleton',
  'cave-stalactites',
  'coral-reef',
  'endemic-plants',
  'karst-mountain-columns',
] as const;

/**
 * The demo exhibits photographed in a (software) studio from their generated scan: the fifteen of the
 * Museum of Cham Sculpture (render-scan-photo.ts), mostly at 3.8 MP to keep a fresh clone's build quick.
 */
export const DEMO_SCAN_PHOTOGRAPHED: readonly string[] = DEMO_SCANNED;

/** Bump when renderDemoPhoto or renderScanPhoto changes what it makes, so cached files are made again. */
const GENERATOR_VERSION = '1';

const here = dirname(fileURLToPath(import.meta.url));
/** The scan photos' renderer: a change to any of it makes them again. */
const SCAN_RENDERER = [
  'camera-jpeg.ts',
  'render-scan-photo.ts',
  'scan-mesh.ts',
  'shadow-map.ts',
  'studio-camera.ts',
  'studio-render.ts',
].map((file) => join(here, file));

/** The demo photo's path under content/, as the exhibit's `photos` field names it. */
export function demoPhotoPath(exhibitId: string): string {
  return `media/demo/${exhibitId}.jpg`;
}

interface Job {
  id: string;
  /** The hash of everything the photo is made from. */
  key: () => string;
  make: () => Promise<Buffer>;
}

/**
 * Makes the demo photographs under content/media/demo/ (ignored by git) unless they are there and were
 * made from the same source by the same generator: a ".key" file beside each holds the hash of both.
 * Runs before `astro build`/`astro dev` and `npm run check`, after ensureDemoScans (the Cham photos
 * are rendered from its models), so a fresh clone has them.
 */
export async function ensureDemoMedia(root: string, log: (line: string) => void = () => {}): Promise<number> {
  const outDir = join(root, 'content', 'media', 'demo');
  mkdirSync(outDir, { recursive: true });
  const svg = (id: string) => join(root, 'public', 'images', 'exhibits', `${id}.svg`);
  const glb = (id: string) => join(root, 'public', demoScanPaths(id).src);
  const jobs: Job[] = [
    ...DEMO_PHOTOGRAPHED.map((id) => ({
      id,
      key: () => hash(GENERATOR_VERSION, readFileSync(svg(id))),
      make: async () => renderDemoPhoto(readFileSync(svg(id))),
    })),
    ...DEMO_SCAN_PHOTOGRAPHED.map((id) => ({
      id,
      key: () => {
        if (!existsSync(glb(id))) throw new Error(`demo media: ${glb(id)} is missing; run ensureDemoScans first`);
        const sources = SCAN_RENDERER.map((file) => readFileSync(file));
        return hash(GENERATOR_VERSION, JSON.stringify(scanPhotoSize(id)), ...sources, readFileSync(glb(id)));
      },
      make: async () => renderScanPhoto(glb(id), scanPhotoSize(id)),
    })),
  ];
  const stale = jobs.filter(({ id, key }) => {
    const keyFile = join(outDir, `${id}.key`);
    return !(
      existsSync(join(root, 'content', demoPhotoPath(id))) &&
      existsSync(keyFile) &&
      readFileSync(keyFile, 'utf8') === key()
    );
  });
  if (stale.length === 0) return 0;
  const started = performance.now();
  // Two at a time: the machines this runs on (CI, a curator's laptop) have at least two cores.
  const queue = [...stale];
  const worker = async () => {
    for (let job = queue.shift(); job; job = queue.shift()) {
      const out = join(root, 'content', demoPhotoPath(job.id));
      writeFileSync(`${out}.part`, await job.make());
      renameSync(`${out}.part`, out);
      writeFileSync(join(outDir, `${job.id}.key`), job.key());
    }
  };
  await Promise.all([worker(), worker()]);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  log(
    `demo media: made ${stale.length} photograph(s) (illustrations at ${DEMO_PHOTO.width}×${DEMO_PHOTO.height}, scans in a software studio) in ${seconds} s`,
  );
  return stale.length;
}

function hash(...parts: (string | Buffer)[]): string {
  const digest = createHash('sha256');
  for (const part of parts) digest.update(part);
  return digest.digest('hex');
}
