import { createHash } from 'node:crypto';
import { createReadStream, existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * An upload the build cannot import: the entry's file, the field, and what is wrong, in one line like
 * every content error ("content/exhibits/drum.vi.md → scan: media/scans/drum.glb: …").
 */
export class UploadRefused extends Error {
  readonly file: string;
  readonly field: string;
  constructor(file: string, field: string, source: string, reason: string) {
    super(`${file} → ${field}: ${source}: ${reason}`);
    this.name = 'UploadRefused';
    this.file = file;
    this.field = field;
  }
}

/** An uploaded source as the build finds it: where it is and the SHA-256 of its bytes. */
export interface UploadedSource {
  path: string;
  sha256: string;
}

/** SHA-256 of a file, streamed: a scan may be hundreds of megabytes. */
export async function sha256Of(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/**
 * The upload a field names ("media/scans/drum.glb", under content/), hashed; refused, naming the entry's
 * file and the field, when the file is not there (an entry saved without its upload, or a typo).
 */
export async function uploadedSource(
  root: string,
  file: string,
  field: string,
  value: string,
): Promise<UploadedSource> {
  const path = join(root, 'content', value);
  if (!existsSync(path))
    throw new UploadRefused(
      file,
      field,
      value,
      `the uploaded file is not in content/${value}; upload it again in the editor`,
    );
  return { path, sha256: await sha256Of(path) };
}

/**
 * Whether an upload needs importing: when no hash is recorded (a new upload) or the recorded one is another
 * file's (a replaced upload). A level that went missing is the content check's to report, like any file.
 */
export function needsImport(recordedSha256: string | undefined, source: UploadedSource): boolean {
  return recordedSha256 !== source.sha256;
}
