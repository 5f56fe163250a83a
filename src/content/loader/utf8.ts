import type { ContentProblem } from './problems.ts';

const strict = new TextDecoder('utf-8', { fatal: true });

/** Where a file's bytes stop being text: the offset, and what the editor should be told. */
export interface ByteFault {
  offset: number;
  /** Zero-based line of the offset. */
  line: number;
  /** Byte offset within that line. */
  column: number;
  found: string;
  rule: string;
}

/**
 * Decodes a content file as UTF-8, refusing what a page would show as "�" or not at all: bytes that
 * are not UTF-8 (a file saved as Latin-1 or UTF-16, an overlong or surrogate sequence) and NUL bytes.
 * Node's `readFileSync(…, 'utf8')` replaces bad bytes silently, so the file is read as bytes here.
 * `fieldAt` names the field on the faulty line (the loader knows the file's layout).
 */
export function decodeContentFile(
  bytes: Uint8Array,
  file: string,
  fieldAt: (text: string, line: number) => string = () => '(encoding)',
): { text: string } | { problem: ContentProblem } {
  const fault = byteFault(bytes);
  if (!fault) return { text: strict.decode(bytes) };
  // The lines before the fault decode, so the field on its line can be named.
  const before = new TextDecoder('utf-8').decode(bytes.subarray(0, lineEnd(bytes, fault.offset)));
  return {
    problem: {
      file,
      field: fieldAt(before, fault.line),
      expected:
        `${fault.rule}; line ${fault.line + 1}, byte ${fault.column + 1} of the line ` +
        `(offset ${fault.offset} in the file) has ${fault.found}`,
    },
  };
}

/** The first NUL byte or byte sequence that is not UTF-8, or undefined when the bytes are clean text. */
export function byteFault(bytes: Uint8Array): ByteFault | undefined {
  let valid = true;
  try {
    strict.decode(bytes);
  } catch {
    valid = false;
  }
  const nul = bytes.indexOf(0);
  if (valid && nul < 0) return undefined;
  const bad = valid ? -1 : firstInvalid(bytes);
  const offset = nul >= 0 && (bad < 0 || nul < bad) ? nul : bad;
  const { line, column } = position(bytes, offset);
  if (offset === nul) {
    return { offset, line, column, found: 'a NUL byte (00)', rule: 'text without NUL bytes' };
  }
  // FF FE or FE FF: a UTF-16 byte-order mark, from a file (or a paste) saved as "Unicode".
  const [lead, next] = [bytes[offset], bytes[offset + 1]];
  const utf16 = (lead === 0xff && next === 0xfe) || (lead === 0xfe && next === 0xff);
  const shown = Array.from(bytes.subarray(offset, offset + (utf16 ? 2 : shownLength(bytes, offset))), hex).join(' ');
  return {
    offset,
    line,
    column,
    found: utf16 ? `the bytes ${shown}, a UTF-16 byte-order mark` : `the bytes ${shown}, which are not UTF-8`,
    rule: 'a file saved as UTF-8 (in the editor: "Save with encoding" → UTF-8)',
  };
}

/** Offset of the first byte that does not start or continue a well-formed UTF-8 sequence (RFC 3629). */
function firstInvalid(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    if (b < 0x80) {
      i += 1;
      continue;
    }
    const length = sequenceLength(b);
    // The second byte's range excludes overlong forms (E0, F0), surrogates (ED) and code points past U+10FFFF (F4).
    const [low, high] =
      b === 0xe0
        ? [0xa0, 0xbf]
        : b === 0xed
          ? [0x80, 0x9f]
          : b === 0xf0
            ? [0x90, 0xbf]
            : b === 0xf4
              ? [0x80, 0x8f]
              : [0x80, 0xbf];
    if (length === 1 || b < 0xc2 || b > 0xf4) return i;
    const second = bytes[i + 1];
    if (second === undefined || second < low || second > high) return i;
    for (let k = 2; k < length; k++) {
      const next = bytes[i + k];
      if (next === undefined || next < 0x80 || next > 0xbf) return i;
    }
    i += length;
  }
  return bytes.length;
}

/** How many bytes the sequence led by `b` claims (1 for a byte that cannot lead one). */
function sequenceLength(b: number): number {
  if (b >= 0xc0 && b < 0xe0) return 2;
  if (b >= 0xe0 && b < 0xf0) return 3;
  if (b >= 0xf0 && b < 0xf8) return 4;
  return 1;
}

/** The faulty sequence as far as it goes, with the byte that broke it (C3 28: a lead byte, then "("). */
function shownLength(bytes: Uint8Array, offset: number): number {
  const claimed = sequenceLength(bytes[offset] ?? 0);
  for (let k = 1; k < claimed; k++) {
    const next = bytes[offset + k];
    if (next === undefined) return k;
    if (next < 0x80 || next > 0xbf) return k + 1;
  }
  return claimed;
}

function position(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 0;
  let start = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) {
      line += 1;
      start = i + 1;
    }
  }
  return { line, column: offset - start };
}

function lineEnd(bytes: Uint8Array, offset: number): number {
  const end = bytes.indexOf(0x0a, offset);
  return end < 0 ? bytes.length : end;
}

const hex = (b: number) => b.toString(16).toUpperCase().padStart(2, '0');
