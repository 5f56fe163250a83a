import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { promisify } from 'node:util';

/** One finding of the Nu Html Checker, for the file it is in. */
export type HtmlFinding = { file: string; line: number | undefined; message: string; extract: string };

/**
 * Findings that are gaps in the checker, not mistakes in the pages: each names why. Anything not
 * listed here fails the test, so nothing is skipped silently.
 */
export const CHECKER_GAPS: { pattern: RegExp; why: string }[] = [
  {
    pattern: /^CSS: “container-type”: Property “container-type” doesn't exist\.$/,
    why: 'the checker’s CSS validator predates container queries (CSS Containment 3, in every current browser)',
  },
  {
    pattern: /^CSS: “font-size”: Parse Error\.$/,
    why: 'the checker’s CSS validator cannot parse container query units (100cqi) inside calc() in min()',
  },
];

/**
 * Runs the Nu Html Checker (vnu-jar, needs Java) once over all `files`, in one JVM, and returns its
 * errors. Its "info" messages are dropped: they include Content-Security-Policy warnings that only
 * arise because it loads the pages from file: URLs, where 'self' matches nothing.
 */
export async function checkHtml(files: readonly string[]): Promise<HtmlFinding[]> {
  const jar = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');
  let stderr: string;
  try {
    ({ stderr } = await promisify(execFile)('java', ['-Xss8m', '-jar', jar, '--format', 'json', ...files], {
      maxBuffer: 64 * 1024 * 1024,
    }));
  } catch (error) {
    // vnu exits 1 when it found errors; its report is still on stderr.
    stderr = (error as { stderr?: string }).stderr ?? '';
    if (!stderr.trim().startsWith('{')) throw new Error(`the Nu Html Checker did not run: ${String(error)}`);
  }
  const report = JSON.parse(stderr) as {
    messages: { type: string; url?: string; lastLine?: number; message: string; extract?: string }[];
  };
  return report.messages
    .filter((m) => m.type === 'error' || m.type === 'non-document-error')
    .map((m) => ({
      file: decodeURIComponent((m.url ?? '').replace(/^file:/, '')),
      line: m.lastLine,
      message: m.message,
      extract: (m.extract ?? '').trim(),
    }));
}

export function isCheckerGap(finding: HtmlFinding): boolean {
  return CHECKER_GAPS.some((gap) => gap.pattern.test(finding.message));
}
