import { parseArgs } from 'node:util';
import { idSchema } from '../../src/content/schemas/common.ts';

export const PRINT_USAGE = `usage: npm run labels:pdf -- [--out <file.pdf>] [--single <exhibit-id>]

Writes a print-ready PDF of the exhibit labels from the built site (run \`npm run build\` first):
every label on A4 sheets, or with --single one exhibit's large 148 × 105 mm label.

  --out <file>          where to write the PDF (default: dist/labels.pdf, or dist/label-<id>.pdf with --single)
  --single <exhibit-id> one large label for this exhibit
  --help                show this help`;

/** A command line the CLI cannot use; the CLI prints the usage after it. */
export class PrintUsageError extends Error {
  override name = 'PrintUsageError';
}

export type PrintRequest = { help: true } | { help: false; out: string; single: string | undefined };

/** Reads the command line of `npm run labels:pdf`; throws a PrintUsageError naming the bad argument. */
export function parsePrintArgs(args: readonly string[]): PrintRequest {
  const values = parseOptions(args);
  if (values.help) return { help: true };
  const single = values.single?.trim();
  if (single !== undefined && !idSchema.safeParse(single).success) {
    throw new PrintUsageError(
      `--single expects an exhibit id in kebab-case, e.g. "quang-chinh-bronze-drum"; got "${single}"`,
    );
  }
  if (values.out !== undefined && values.out.trim() === '') throw new PrintUsageError('--out expects a file path');
  const out = values.out ?? (single ? `dist/label-${single}.pdf` : 'dist/labels.pdf');
  return { help: false, out, single };
}

function parseOptions(args: readonly string[]) {
  try {
    return parseArgs({
      args: [...args],
      options: { out: { type: 'string' }, single: { type: 'string' }, help: { type: 'boolean' } },
      strict: true,
      allowPositionals: false,
    }).values;
  } catch (error) {
    throw new PrintUsageError(error instanceof Error ? error.message : String(error));
  }
}
