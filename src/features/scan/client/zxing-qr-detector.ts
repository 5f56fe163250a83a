import { BarcodeDetector, prepareZXingModule } from 'barcode-detector/ponyfill';
// Vite emits the decoder next to the scripts in dist/_astro with a content hash: served by the site
// itself, never by the polyfill's default CDN (jsDelivr), so scanning works offline and under a CSP.
import wasmUrl from 'zxing-wasm/reader/zxing_reader.wasm?url';
import type { QrDetector } from './qr-detector.ts';

// One overrides object for the page's life: the module caches by the overrides' identity.
const overrides = {
  locateFile: (path: string, prefix: string) => (path.endsWith('.wasm') ? wasmUrl : prefix + path),
};

/** The ZXing-based polyfill, with its WebAssembly compiled before the first frame is read. */
export async function zxingQrDetector(): Promise<QrDetector> {
  // Awaiting the module here turns a failed .wasm download (offline, not yet cached) into one clear
  // error before the camera is shown, rather than a silent failure on every frame.
  await prepareZXingModule({ overrides, fireImmediately: true });
  return new BarcodeDetector({ formats: ['qr_code'] });
}
