import type { Catalog } from '../schemas/catalog.ts';
import { checkPhotos } from '../../features/media/build/check-photos.ts';
import { loadScenes } from '../scenes/load-scenes.ts';
import { checkNarrationMedia } from './check-media.ts';
import { loadCatalog } from './load-catalog.ts';
import { ContentError } from './problems.ts';
import { svgFileProblems } from './svg-safety.ts';

/**
 * Everything the build checks before it writes a page: content, scenes against it, narration
 * media and photographs. Throws a ContentError naming each file and field; shared by the build, `npm run check` and
 * the content fuzzer, so all three refuse exactly the same files.
 */
export async function checkContent(root: string): Promise<Catalog> {
  const catalog = loadCatalog(root);
  loadScenes(root, catalog);
  const mediaProblems = [
    ...(await checkNarrationMedia(catalog, root)),
    ...(await checkPhotos(catalog, root)),
    ...svgFileProblems(root),
  ];
  if (mediaProblems.length > 0) throw new ContentError(mediaProblems);
  return catalog;
}
