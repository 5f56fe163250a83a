import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { PNG } from 'pngjs';
import { prepareZXingModule, type ReadResult, readBarcodes } from 'zxing-wasm/reader';

// zxing-wasm fetches its .wasm from a CDN unless told otherwise; the tests run offline, so they hand it
// the file from node_modules (README, "Integrating in Non-Web Runtimes").
const wasm = readFileSync(createRequire(import.meta.url).resolve('zxing-wasm/reader/zxing_reader.wasm'));
prepareZXingModule({
  overrides: { wasmBinary: wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) as ArrayBuffer },
});

/** Image pixels as ImageData has them (RGBA, row by row), which zxing-wasm accepts without a DOM. */
export interface Pixels {
  data: Uint8ClampedArray;
  width: number;
  height: number;
}

export function pixelsOfPng(png: Uint8Array): Pixels {
  const image = PNG.sync.read(Buffer.from(png));
  return {
    data: new Uint8ClampedArray(image.data.buffer, image.data.byteOffset, image.data.byteLength),
    width: image.width,
    height: image.height,
  };
}

/**
 * Every QR code a real decoder (ZXing) finds in the image, as a phone's scanner would read them; a
 * printed page holds several.
 */
export async function decodeQrCodes(image: Pixels): Promise<ReadResult[]> {
  const results = await readBarcodes(image as unknown as ImageData, {
    formats: ['QRCode'],
    tryHarder: true,
    maxNumberOfSymbols: 255,
  });
  return results.filter((result) => result.isValid);
}

/** The error correction level a decoded QR code was made with: "L", "M", "Q" or "H". */
export function errorCorrectionOf(result: ReadResult): string | undefined {
  // ReadResult.ecLevel is deprecated in favour of the JSON in `extra` (zxing-wasm 3).
  return (JSON.parse(result.extra || '{}') as { ECLevel?: string }).ECLevel;
}
