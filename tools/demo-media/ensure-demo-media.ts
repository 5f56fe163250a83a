import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEMO_PHOTO, renderDemoPhoto } from './render-demo-photo.ts';

/**
 * The demo exhibits that get a 24-megapixel "studio" photograph: the twenty of the Quảng Ninh Museum.
 * The Cham galleries keep their SVG illustrations, which is what a museum without photographs shows,
 * and each photo costs seconds to make and to process on a fresh clone (CI's run is watched).
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

/** Bump when renderDemoPhoto changes what it makes, so cached files are made again. */
const GENERATOR_VERSION = '1';

/** The demo photo's path under content/, as the exhibit's `photos` field names it. */
export function demoPhotoPath(exhibitId: string): string {
  return `media/demo/${exhibitId}.jpg`;
}

/**
 * Makes the demo photographs under content/media/demo/ (ignored by git) unless they are there and were
 * made from the same illustration by the same generator: a ".key" file beside each holds the hash of
 * both. Runs before `astro build`/`astro dev` and `npm run check`, so a fresh clone has them.
 */
export async function ensureDemoMedia(root: string, log: (line: string) => void = () => {}): Promise<number> {
  const outDir = join(root, 'content', 'media', 'demo');
  mkdirSync(outDir, { recursive: true });
  const stale = DEMO_PHOTOGRAPHED.filter((id) => {
    const key = keyOf(root, id);
    const keyFile = join(outDir, `${id}.key`);
    return !(
      existsSync(join(root, 'content', demoPhotoPath(id))) &&
      existsSync(keyFile) &&
      readFileSync(keyFile, 'utf8') === key
    );
  });
  if (stale.length === 0) return 0;
  const started = performance.now();
  // Two at a time: the machines this runs on (CI, a curator's laptop) have at least two cores.
  const queue = [...stale];
  const worker = async () => {
    for (let id = queue.shift(); id; id = queue.shift()) {
      const jpeg = await renderDemoPhoto(readFileSync(svgOf(root, id)));
      const out = join(root, 'content', demoPhotoPath(id));
      writeFileSync(`${out}.part`, jpeg);
      renameSync(`${out}.part`, out);
      writeFileSync(join(outDir, `${id}.key`), keyOf(root, id));
    }
  };
  await Promise.all([worker(), worker()]);
  log(
    `demo media: made ${stale.length} ${DEMO_PHOTO.width}×${DEMO_PHOTO.height} photograph(s) in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
  return stale.length;
}

function svgOf(root: string, id: string): string {
  return join(root, 'public', 'images', 'exhibits', `${id}.svg`);
}

function keyOf(root: string, id: string): string {
  return createHash('sha256')
    .update(GENERATOR_VERSION)
    .update(readFileSync(svgOf(root, id)))
    .digest('hex');
}
