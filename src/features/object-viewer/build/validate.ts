import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
// @ts-expect-error gltf-validator ships no types; validateBytes is its documented API.
import { validateBytes } from 'gltf-validator';
import { ImportProblem } from './sniff.ts';

interface Report {
  issues: { numErrors: number; messages: { code: string; message: string; pointer?: string; severity: number }[] };
}

/** Runs the Khronos glTF validator; any error refuses the file, naming the first few. */
export async function validateGltf(file: string, bytes: Uint8Array, format: 'glb' | 'gltf'): Promise<void> {
  let report: Report;
  try {
    report = (await validateBytes(new Uint8Array(bytes), {
      uri: file,
      format,
      maxIssues: 20,
      externalResourceFunction: (uri: string) =>
        readFile(resolve(dirname(file), decodeURIComponent(uri))).then((b) => new Uint8Array(b)),
    })) as Report;
  } catch (error) {
    throw new ImportProblem(
      file,
      `is not valid glTF (${String(error)}).`,
      'Export it again from the capture software.',
    );
  }
  if (report.issues.numErrors === 0) return;
  const first = report.issues.messages
    .filter((m) => m.severity === 0)
    .slice(0, 3)
    .map((m) => `${m.code}${m.pointer ? ` at ${m.pointer}` : ''}: ${m.message}`);
  throw new ImportProblem(
    file,
    `fails the Khronos glTF validator with ${report.issues.numErrors} error(s): ${first.join('; ')}.`,
    'Export it again from the capture software, or repair it (e.g. in Blender) and import the repaired file.',
  );
}
