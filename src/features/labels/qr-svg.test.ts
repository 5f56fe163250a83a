import { describe, expect, it } from 'vitest';
import { decodeQrCodes, errorCorrectionOf } from '../../../test/fixtures/qr-decoder.ts';
import { qrSvg } from './qr-svg.ts';

const url = 'https://guide.example.vn/x/qn-101/';

/**
 * Paints the dark modules of the SVG's path (qrcode draws each run of modules as a 1-unit-wide stroke:
 * "M x y" starts a row, "h n" draws n modules, "m dx dy" skips) into pixels a decoder can read.
 */
function rasterize(svg: string, scale = 6) {
  const size = Number(/viewBox="0 0 (\d+) \1"/.exec(svg)?.[1]);
  const path = /<path stroke="#000000" d="([^"]+)"/.exec(svg)?.[1] ?? '';
  const width = size * scale;
  const data = new Uint8ClampedArray(width * width * 4).fill(255);
  let x = 0;
  let y = 0;
  for (const [, command, a = '0', b = '0'] of path.matchAll(/([MmHh])(-?[\d.]+)(?: (-?[\d.]+))?/g)) {
    if (command === 'M') [x, y] = [Number(a), Number(b) - 0.5];
    else if (command === 'm') [x, y] = [x + Number(a), y + Number(b)];
    else {
      for (let column = x; column < x + Number(a); column++) {
        for (let py = y * scale; py < (y + 1) * scale; py++) {
          for (let px = column * scale; px < (column + 1) * scale; px++)
            data.fill(0, (py * width + px) * 4, (py * width + px) * 4 + 3);
        }
      }
      x += Number(a);
    }
  }
  return { data, width, height: width };
}

describe('qrSvg', () => {
  it('draws a level-Q QR code of exactly the text, with a 4-module quiet zone', async () => {
    const svg = await qrSvg(url, 'QR');
    const [result, ...others] = await decodeQrCodes(rasterize(svg));
    expect(others).toEqual([]);
    expect(result?.text).toBe(url);
    expect(result && errorCorrectionOf(result)).toBe('Q');
    // Version 4 is 33 modules wide; the viewBox adds 4 on each side.
    expect(svg).toContain('viewBox="0 0 41 41"');
  });

  it('is one image named for screen readers, sized by CSS', async () => {
    const svg = await qrSvg(url, 'Mã QR dẫn tới "A & B" <x>');
    expect(svg).toMatch(
      /^<svg class="label-qr" role="img" aria-label="Mã QR dẫn tới &quot;A &amp; B&quot; &lt;x&gt;" /,
    );
    expect(svg).not.toMatch(/<svg[^>]* (width|height)=/);
  });
});
