/**
 * The header of a PLY file (mesh or Gaussian splat), read once for both importers: each applies its own
 * refusals to what it declares. Counts are kept as written, so a caller can name a bad one.
 */

/** Bytes of each PLY scalar type in a binary record. */
export const PLY_TYPE_BYTES: Readonly<Record<string, number>> = {
  char: 1,
  uchar: 1,
  int8: 1,
  uint8: 1,
  short: 2,
  ushort: 2,
  int16: 2,
  uint16: 2,
  int: 4,
  uint: 4,
  int32: 4,
  uint32: 4,
  float: 4,
  float32: 4,
  double: 8,
  float64: 8,
};

export interface PlyProperty {
  name: string;
  /** The scalar type, or the list's item type for a list. */
  type: string;
  list: boolean;
  /** Byte offset in a binary record; NaN after a list or an unknown type. */
  offset: number;
}

export interface PlyElement {
  name: string;
  /** The count as written in the header ("2147483648", "x"): the caller decides what it accepts. */
  count: string;
  properties: PlyProperty[];
  /** Bytes of one binary record; NaN when a property is a list or of an unknown type. */
  stride: number;
}

export interface PlyHeader {
  /** The `format` line's value: ascii, binary_little_endian or binary_big_endian (or what was written). */
  format: string;
  /** The `format` line as written ("binary_little_endian 1.0"). */
  formatLine: string;
  elements: PlyElement[];
  /** Where the data starts: the byte after the `end_header` line. */
  dataOffset: number;
}

/** Why a header could not be read at all. */
export type PlyHeaderProblem = 'not-ply' | 'no-end-header';

/** Reads the header from the first bytes of a file (64 KB is plenty for any real header). */
export function parsePlyHeader(head: Uint8Array): PlyHeader | PlyHeaderProblem {
  const text = new TextDecoder('latin1').decode(head.subarray(0, Math.min(head.length, 64 * 1024)));
  if (!text.startsWith('ply\n') && !text.startsWith('ply\r\n')) return 'not-ply';
  const end = text.indexOf('end_header');
  if (end < 0) return 'no-end-header';
  const elements: PlyElement[] = [];
  let formatLine = '';
  for (const line of text.slice(0, end).split(/\r?\n/)) {
    const words = line.trim().split(/\s+/);
    if (words[0] === 'format') formatLine = words.slice(1).join(' ');
    else if (words[0] === 'element')
      elements.push({ name: words[1] ?? '', count: words[2] ?? '', properties: [], stride: 0 });
    else if (words[0] === 'property' && elements.length > 0) {
      const element = elements[elements.length - 1]!;
      const list = words[1] === 'list';
      const type = (list ? words[3] : words[1]) ?? '';
      element.properties.push({ name: words.at(-1) ?? '', type, list, offset: element.stride });
      element.stride += list ? Number.NaN : (PLY_TYPE_BYTES[type] ?? Number.NaN);
    }
  }
  return {
    format: formatLine.split(' ')[0] ?? '',
    formatLine,
    elements,
    dataOffset: text.indexOf('\n', end) + 1,
  };
}
