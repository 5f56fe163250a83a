/**
 * `npm run check`: validates everything in content/ exactly as the build does, without building.
 * Exit code 1 and one line per problem (file → field: what was expected) when anything is wrong.
 */
import { checkNarrationMedia } from '../src/lib/content/check-media.ts';
import { loadCatalog } from '../src/lib/content/load-catalog.ts';
import { ContentError } from '../src/lib/content/problems.ts';
import { loadScenes } from '../src/lib/scenes/load-scenes.ts';

const root = process.argv[2] ?? process.cwd();
try {
  const catalog = loadCatalog(root);
  loadScenes(root, catalog);
  const mediaProblems = await checkNarrationMedia(catalog, root);
  if (mediaProblems.length > 0) throw new ContentError(mediaProblems);
  console.log(
    `Content is valid: ${catalog.museums.length} museum(s), ${catalog.galleries.length} galleries, ` +
      `${catalog.exhibits.length} exhibits, ${catalog.places.length} places, ${catalog.experts.length} experts.`,
  );
} catch (error) {
  if (error instanceof ContentError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
