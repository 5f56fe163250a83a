/**
 * `npm run check`: validates everything in content/ exactly as the build does, without building.
 * Exit code 1 and one line per problem (file → field: what was expected) when anything is wrong.
 */
import { checkContent } from '../../src/content/loader/check-content.ts';
import { ContentError } from '../../src/content/loader/problems.ts';
import { ensureDemoMedia } from '../demo-media/ensure-demo-media.ts';
import { ensureDemoScans } from '../model-import/ensure-demo-scans.ts';

const root = process.argv[2] ?? process.cwd();
// The scans first: the Cham exhibits' photographs are rendered from them.
await ensureDemoScans(root, console.log);
await ensureDemoMedia(root, console.log);
try {
  const catalog = await checkContent(root);
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
