/**
 * `npm run coverage:translations`: per language, which exhibits and places lack text or narration
 * audio, so curators see what to translate next. `-- --json` prints the same as JSON; `-- --root DIR`
 * reads another checkout. The page /{lang}/editors/coverage/ shows the same report.
 */
import { parseArgs } from 'node:util';
import { loadCatalog } from '../../src/content/loader/load-catalog.ts';
import { ContentError } from '../../src/content/loader/problems.ts';
import { coverageText, translationCoverage } from '../../src/features/editor/coverage/translation-coverage.ts';

const { values } = parseArgs({ options: { json: { type: 'boolean' }, root: { type: 'string' } } });
try {
  const coverage = translationCoverage(loadCatalog(values.root ?? process.cwd()));
  process.stdout.write(values.json ? `${JSON.stringify(coverage, null, 2)}\n` : coverageText(coverage));
} catch (error) {
  if (error instanceof ContentError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
