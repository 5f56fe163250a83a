/**
 * `npm run labels:pdf -- [--out file.pdf] [--single exhibit-id]`: prints the built label page
 * (/print/labels/ or /print/labels/{id}/) to a PDF with Chromium. Exit 1 with the reason on failure.
 */
import { resolve } from 'node:path';
import { loadCatalog } from '../../src/content/loader/load-catalog.ts';
import { writeLabelsPdf } from '../labels/labels-pdf.ts';
import { PRINT_USAGE, PrintUsageError, parsePrintArgs } from '../labels/print-args.ts';

try {
  const request = parsePrintArgs(process.argv.slice(2));
  if (request.help) {
    console.log(PRINT_USAGE);
  } else {
    const { pages } = await writeLabelsPdf({
      distDir: resolve('dist'),
      out: resolve(request.out),
      single: request.single,
      languages: loadCatalog(process.cwd()).site.languages,
    });
    console.log(`Wrote ${request.out} (${pages} ${pages === 1 ? 'page' : 'pages'}).`);
  }
} catch (error) {
  console.error(`labels:pdf: ${error instanceof Error ? error.message : String(error)}`);
  if (error instanceof PrintUsageError) console.error(`\n${PRINT_USAGE}`);
  process.exitCode = 1;
}
