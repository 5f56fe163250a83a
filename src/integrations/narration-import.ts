import type { AstroIntegration } from 'astro';
import { loadCatalog } from '../content/loader/load-catalog.ts';
import { ContentError } from '../content/loader/problems.ts';
import { runPendingImports } from '../features/narration/build.ts';
import { RecordingRefused } from '../features/narration/recording/checks.ts';

/**
 * Before the content check: recordings uploaded through the editor become published narration, and
 * tapped captions are re-timed. Nothing to do means no ffmpeg is run. A refused recording stops the
 * build with the file and the reason, like any bad content file.
 */
export function narrationImport(): AstroIntegration {
  return {
    name: 'museum-guide:narration-import',
    hooks: {
      'astro:build:start': ({ logger }) => {
        try {
          const done = runPendingImports(process.cwd(), loadCatalog(process.cwd()));
          for (const id of done.imported) logger.info(`imported the uploaded recording of ${id}`);
          for (const id of done.retimed) logger.info(`captions of ${id} re-timed from tap-to-sync`);
        } catch (error) {
          // Content errors are the content check's to report, with everything else wrong.
          if (error instanceof ContentError) return;
          if (!(error instanceof RecordingRefused)) throw error;
          logger.error(error.message);
          process.exit(1);
        }
      },
    },
  };
}
