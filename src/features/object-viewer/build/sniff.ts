import { parsePlyHeader } from '../../../lib/ply-header.ts';
import { SOURCE_LIMITS } from './limits.ts';

export type SourceFormat = 'glb' | 'gltf' | 'obj' | 'ply';

/** A refusal the importer prints as `{file}: {problem} {todo}`. */
export class ImportProblem extends Error {
  readonly file: string;
  readonly problem: string;
  readonly todo: string;
  constructor(file: string, problem: string, todo: string) {
    super(`${file}: ${problem} ${todo}`);
    this.file = file;
    this.problem = problem;
    this.todo = todo;
  }
}

/** The format by extension; anything else is refused with the list of what is taken. */
export function formatOf(file: string): SourceFormat {
  const ext = /\.([a-z]+)$/i.exec(file)?.[1]?.toLowerCase();
  if (ext === 'glb' || ext === 'gltf' || ext === 'obj' || ext === 'ply') return ext;
  throw new ImportProblem(
    file,
    `is not a mesh format the importer reads (.${ext ?? '?'}).`,
    'Export the scan as glTF/GLB, OBJ with its MTL and texture, or PLY.',
  );
}

const REEXPORT = 'Export it again from the capture software, or copy the complete file.';

/**
 * Checks a GLB's header and chunk lengths against the file's size before anything is allocated:
 * a truncated download or a forged length is refused here instead of crashing the parser.
 */
export function checkGlbHeader(file: string, bytes: Uint8Array): void {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length < 20 || view.getUint32(0, true) !== 0x46546c67)
    throw new ImportProblem(file, 'is not a binary glTF (no "glTF" header).', REEXPORT);
  const declared = view.getUint32(8, true);
  if (declared > bytes.length)
    throw new ImportProblem(
      file,
      `is truncated: its header declares ${declared} bytes, the file has ${bytes.length}.`,
      REEXPORT,
    );
  let offset = 12;
  while (offset + 8 <= declared) {
    const length = view.getUint32(offset, true);
    if (offset + 8 + length > declared)
      throw new ImportProblem(
        file,
        `is truncated or damaged: a chunk at byte ${offset} declares ${length} bytes, past the end of the file.`,
        REEXPORT,
      );
    offset += 8 + length + ((4 - (length % 4)) % 4);
  }
}

export interface PlyHeader {
  format: 'ascii' | 'binary_little_endian' | 'binary_big_endian';
  vertices: number;
  faces: number;
  /** Byte length of one vertex record (binary formats), from the declared properties. */
  vertexBytes: number;
  headerBytes: number;
  properties: string[];
}

/**
 * Reads a PLY header and refuses counts the file cannot hold (a header claiming 2^31 vertices in a
 * few kilobytes), counts over the limits, and Gaussian-splat PLYs (they go to the splat importer).
 */
export function readPlyHeader(file: string, bytes: Uint8Array): PlyHeader {
  const header = parsePlyHeader(bytes);
  if (typeof header === 'string')
    throw new ImportProblem(file, 'is not a PLY file (no "ply … end_header" header).', REEXPORT);
  const { format, dataOffset: headerBytes } = header;
  if (format !== 'ascii' && format !== 'binary_little_endian' && format !== 'binary_big_endian')
    throw new ImportProblem(file, `has an unknown PLY format "${format}".`, REEXPORT);
  const counts: Record<string, number> = Object.fromEntries(header.elements.map((e) => [e.name, Number(e.count)]));
  const vertex = header.elements.find((e) => e.name === 'vertex');
  const properties = vertex?.properties.map((p) => p.name) ?? [];
  const vertexBytes = vertex?.stride ?? 0;
  const vertices = counts.vertex ?? 0;
  const faces = counts.face ?? 0;
  for (const [what, n] of [
    ['vertices', vertices],
    ['faces', faces],
  ] as const)
    if (!Number.isSafeInteger(n) || n < 0)
      throw new ImportProblem(file, `declares an impossible number of ${what} ("${n}").`, REEXPORT);
  if (properties.includes('f_dc_0') || properties.includes('scale_0'))
    throw new ImportProblem(file, 'is a Gaussian splat, not a mesh.', 'Import it with the splat importer.');
  if (vertices > SOURCE_LIMITS.vertices || faces > SOURCE_LIMITS.triangles)
    throw new ImportProblem(
      file,
      `declares ${vertices} vertices and ${faces} faces, over the limits (${SOURCE_LIMITS.vertices} vertices, ${SOURCE_LIMITS.triangles} faces).`,
      'Decimate it in the capture software first (a 2–5 million triangle export is plenty).',
    );
  if (faces === 0)
    throw new ImportProblem(file, 'is a point cloud (no faces).', 'Export the scan as a mesh (with faces).');
  if (format !== 'ascii') {
    // Each face is at least a count byte and three 1-byte indices; vertices are exact.
    const least = headerBytes + vertices * vertexBytes + faces * 4;
    if (least > bytes.length)
      throw new ImportProblem(
        file,
        `is truncated: its header declares ${vertices} vertices and ${faces} faces, which need at least ${least} bytes; the file has ${bytes.length}.`,
        REEXPORT,
      );
  }
  return { format, vertices, faces, vertexBytes, headerBytes, properties };
}
