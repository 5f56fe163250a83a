/**
 * Reads what a splat file says about itself before any converter touches it, so a truncated file, an
 * absurd count or a file that is not what its name says is refused with a sentence a museum can act
 * on — instead of a converter allocating 2^31 rows or waiting for bytes that never come. Pure: it is
 * given the file's name, its size and its first bytes (for .spz, the gunzipped header).
 */
import { PLY_TYPE_BYTES, parsePlyHeader } from '../../../lib/ply-header.ts';

export type SplatFormat = 'ply' | 'splat' | 'spz' | 'sog';

export interface SplatFileFacts {
  format: SplatFormat;
  /** Splats the file declares, when its header says (a .sog's count is in its meta.json). */
  count?: number;
  /** For a PLY: the vertex properties, in order, and where the rows start. */
  properties?: string[];
  dataOffset?: number;
  /** For a PLY: bytes per splat, and where x, y, z sit in a row when they are 32-bit floats. */
  stride?: number;
  positionOffsets?: [number, number, number];
}

export class SplatInputError extends Error {
  override name = 'SplatInputError';
}

/** The most splats we accept in one file: 50M is far above any capture tool's export (1–5M). */
export const MAX_INPUT_SPLATS = 50_000_000;
const REQUIRED_PLY = ['x', 'y', 'z', 'opacity', 'scale_0', 'scale_1', 'rot_0', 'rot_1', 'rot_2', 'rot_3'];
export function formatOf(name: string): SplatFormat | undefined {
  const m = /\.(ply|splat|spz|sog)$/i.exec(name);
  return m?.[1]?.toLowerCase() as SplatFormat | undefined;
}

const fail = (name: string, problem: string, todo: string) => new SplatInputError(`${name}: ${problem}. ${todo}`);
const EXPORT_AGAIN = 'Export it again from the capture tool (3DGS .ply, .spz, .splat or .sog) and import that file';

export function inspectSplatHeader(name: string, size: number, head: Uint8Array): SplatFileFacts {
  const format = formatOf(name);
  if (!format) throw fail(name, 'not a splat file this importer reads', 'Give a .ply, .spz, .splat or .sog file');
  if (size === 0) throw fail(name, 'the file is empty', EXPORT_AGAIN);
  if (format === 'ply') return inspectPly(name, size, head);
  if (format === 'splat') {
    // antimatter15's .splat: 32 bytes per splat, no header.
    if (size % 32 !== 0)
      throw fail(name, `${size} bytes is not a whole number of 32-byte splats (the file is cut short)`, EXPORT_AGAIN);
    return checkedCount(name, { format, count: size / 32 });
  }
  if (format === 'spz') return inspectSpzHeader(name, head);
  // .sog is a zip: "PK\x03\x04".
  if (!(head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04))
    throw fail(name, 'not a SOG file (a SOG is a zip archive, this one does not start like one)', EXPORT_AGAIN);
  return { format };
}

function checkedCount(name: string, facts: SplatFileFacts): SplatFileFacts {
  const count = facts.count ?? 0;
  if (count === 0) throw fail(name, 'the file holds no splats', EXPORT_AGAIN);
  if (count > MAX_INPUT_SPLATS)
    throw fail(
      name,
      `the header declares ${count.toLocaleString('en-US')} splats, more than the ${MAX_INPUT_SPLATS.toLocaleString('en-US')} this importer accepts`,
      'If the scan really is that big, crop it in the capture tool first; otherwise the file is damaged: export it again',
    );
  return facts;
}

function inspectPly(name: string, size: number, head: Uint8Array): SplatFileFacts {
  const header = parsePlyHeader(head);
  if (header === 'not-ply') throw fail(name, 'not a PLY file (no "ply" line at the start)', EXPORT_AGAIN);
  if (header === 'no-end-header')
    throw fail(name, 'the PLY header never ends (no "end_header" in the first 64 KB)', EXPORT_AGAIN);
  const { dataOffset } = header;
  if (header.formatLine !== 'binary_little_endian 1.0')
    throw fail(name, 'not a binary little-endian PLY, the layout capture tools write', 'Export it as binary PLY');
  const vertex = header.elements.find((e) => e.name === 'vertex');
  const extraElements = header.elements.filter((e) => e !== vertex).map((e) => e.name);
  let count: number | undefined;
  if (vertex) {
    if (!/^\d+$/.test(vertex.count))
      throw fail(name, `the vertex count "${vertex.count}" is not a whole number`, EXPORT_AGAIN);
    count = Number(vertex.count);
  }
  const properties: string[] = [];
  const floatOffsets = new Map<string, number>();
  for (const property of vertex?.properties ?? []) {
    if (property.list)
      throw fail(
        name,
        'the vertices hold lists: this is a mesh, not a splat',
        'Import meshes with npm run models:import',
      );
    if (!PLY_TYPE_BYTES[property.type]) throw fail(name, `unknown property type "${property.type}"`, EXPORT_AGAIN);
    if (property.type === 'float' || property.type === 'float32') floatOffsets.set(property.name, property.offset);
    properties.push(property.name);
  }
  const stride = vertex?.stride ?? 0;
  if (count === undefined) throw fail(name, 'the header declares no "element vertex"', EXPORT_AGAIN);
  checkedCount(name, { format: 'ply', count });
  const missing = REQUIRED_PLY.filter((p) => !properties.includes(p));
  if (missing.length > 0)
    throw fail(
      name,
      `the vertices lack ${missing.join(', ')}: this is not a Gaussian splat PLY (a point cloud or a mesh?)`,
      EXPORT_AGAIN,
    );
  if (extraElements.includes('face'))
    throw fail(name, 'the file has faces: this is a mesh, not a splat', 'Import meshes with npm run models:import');
  const needed = dataOffset + count * stride;
  if (extraElements.length === 0 && size < needed)
    throw fail(
      name,
      `the file is cut short: its header declares ${count.toLocaleString('en-US')} splats (${needed.toLocaleString('en-US')} bytes) but it has ${size.toLocaleString('en-US')}`,
      'Copy the file again (the transfer stopped early) or export it again',
    );
  const [x, y, z] = ['x', 'y', 'z'].map((p) => floatOffsets.get(p));
  const positionOffsets: [number, number, number] | undefined =
    x !== undefined && y !== undefined && z !== undefined ? [x, y, z] : undefined;
  return { format: 'ply', count, properties, dataOffset, stride, positionOffsets };
}

/** SPZ (Niantic): gzip around a 16-byte header: magic "NGSP", version, count, SH degree, … */
function inspectSpzHeader(name: string, header: Uint8Array): SplatFileFacts {
  if (header.byteLength < 16) throw fail(name, 'the SPZ header is cut short', EXPORT_AGAIN);
  const view = new DataView(header.buffer, header.byteOffset, header.byteLength);
  if (view.getUint32(0, true) !== 0x5053474e)
    throw fail(name, 'not an SPZ file (its header lacks the "NGSP" mark)', EXPORT_AGAIN);
  const version = view.getUint32(4, true);
  if (version < 2 || version > 4)
    throw fail(name, `SPZ version ${version} is not one this importer reads (2–4)`, EXPORT_AGAIN);
  return checkedCount(name, { format: 'spz', count: view.getUint32(8, true) });
}
