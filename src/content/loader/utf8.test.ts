import { describe, expect, it } from 'vitest';
import { SeededRandom } from '../../../tools/shared/seeded-random.ts';
import { byteFault, decodeContentFile } from './utf8.ts';

const strict = new TextDecoder('utf-8', { fatal: true });
const decodes = (bytes: Uint8Array) => {
  try {
    strict.decode(bytes);
    return true;
  } catch {
    return false;
  }
};

describe('byteFault', () => {
  it('passes text in every script the site is written in, emoji and a UTF-8 byte-order mark included', () => {
    const text = '\uFEFFTrống đồng — Bronze drum · 铜鼓 · 청동 북 · 銅鼓 · tambour 🦑 𝕳';
    expect(byteFault(new TextEncoder().encode(text))).toBeUndefined();
  });

  it('finds the same first fault as the standard decoder, on random bytes near UTF-8', () => {
    const random = new SeededRandom(13);
    const pieces = [
      [0x41],
      [0xc3, 0xa9],
      [0xe1, 0xbb, 0x91],
      [0xf0, 0x9f, 0xa6, 0x91],
      [0x80],
      [0xc3],
      [0xed, 0xa0],
      [0xf4, 0x90],
      [0xe0, 0x80],
      [0xc1, 0xbf],
      [0xf8],
    ];
    for (let run = 0; run < 2000; run++) {
      const bytes = Uint8Array.from(Array.from({ length: 1 + random.int(8) }, () => random.pick(pieces)).flat());
      const fault = byteFault(bytes);
      expect(fault === undefined, `[${bytes.join(' ')}]`).toBe(decodes(bytes));
      // Everything before the fault is text; the fault itself is not.
      if (fault) {
        expect(decodes(bytes.subarray(0, fault.offset)), `[${bytes.join(' ')}] at ${fault.offset}`).toBe(true);
        expect(decodes(bytes.subarray(0, fault.offset + 4)), `[${bytes.join(' ')}] at ${fault.offset}`).toBe(false);
      }
    }
  });

  it('reports the first NUL byte, with its line and column', () => {
    const fault = byteFault(new TextEncoder().encode('a: 1\nb: x\u0000y\n'));
    expect(fault).toMatchObject({ offset: 9, line: 1, column: 4, found: 'a NUL byte (00)' });
  });
});

describe('decodeContentFile', () => {
  it('names the field the caller finds on the faulty line', () => {
    const bytes = Uint8Array.from([...new TextEncoder().encode('a: 1\nb: '), 0xe9, 0x0a]);
    const result = decodeContentFile(bytes, 'content/x.yaml', (text, line) => `${text.split('\n')[line]?.slice(0, 1)}`);
    expect(result).toEqual({
      problem: {
        file: 'content/x.yaml',
        field: 'b',
        expected:
          'a file saved as UTF-8 (in the editor: "Save with encoding" → UTF-8); line 2, byte 4 of the line (offset 8 in the file) has the bytes E9 0A, which are not UTF-8',
      },
    });
  });
});
