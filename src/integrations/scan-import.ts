import type { AstroIntegration } from 'astro';
import { loadCatalog } from '../content/loader/load-catalog.ts';
import { ContentError } from '../content/loader/problems.ts';
import { UploadRefused } from '../features/media/build.ts';
import { runPendingScanImports } from '../features/object-viewer/build.ts';
import { runPendingSplatImports } from '../features/splats/build.ts';

/**
 * What the build does with the 3D sources uploaded in the editor, in the checkout at `root`: scans then
 * splat captures, each imported as its CLI would. Exported so a browser test runs exactly the build's
 * step on what the editor published. Returns what was imported or reused from the import cache
 * (src/features/media/build/import-cache.ts), one line each.
 */
export async function importEditorUploads(root: string): Promise<string[]> {
  const done: string[] = [];
  const log = (line: string) => done.push(line);
  for (const id of await runPendingScanImports(root, loadCatalog(root), undefined, log))
    done.push(`imported the uploaded scan of ${id}`);
  for (const id of await runPendingSplatImports(root, loadCatalog(root), undefined, log))
    done.push(`imported the uploaded splat capture of ${id}`);
  return done;
}

/**
 * Before the content check: scans and splat captures uploaded through the editor (`scan`,
 * `splatCapture`, kept in content/media/) become the exhibit's `model` or `splat`, as the CLI importers
 * make them. Nothing new means hashing only: no mesh is simplified, no converter runs. A refused upload
 * stops the build with the exhibit's file, the field and the reason, like any bad content file.
 */
export function scanImport(): AstroIntegration {
  return {
    name: 'museum-guide:scan-import',
    hooks: {
      'astro:build:start': async ({ logger }) => {
        try {
          for (const line of await importEditorUploads(process.cwd())) logger.info(line);
        } catch (error) {
          // Content errors are the content check's to report, with everything else wrong.
          if (error instanceof ContentError) return;
          if (!(error instanceof UploadRefused)) throw error;
          logger.error(error.message);
          process.exit(1);
        }
      },
    },
  };
}
