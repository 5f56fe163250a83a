/** The part of the Barcode Detection API the scanner uses; the native class and the polyfill both fit. */
export interface QrDetector {
  detect(source: HTMLVideoElement): Promise<{ rawValue: string }[]>;
}

interface BarcodeDetectorClass {
  new (options: { formats: string[] }): QrDetector;
  getSupportedFormats(): Promise<string[]>;
}

/**
 * A QR detector: the browser's own where it has one that reads QR codes (Chrome on Android),
 * otherwise the ZXing polyfill, fetched only now, on the visitor's press, so the page stays light.
 */
export async function qrDetector(): Promise<QrDetector> {
  const native = (globalThis as { BarcodeDetector?: BarcodeDetectorClass }).BarcodeDetector;
  if (native) {
    try {
      if ((await native.getSupportedFormats()).includes('qr_code')) return new native({ formats: ['qr_code'] });
    } catch {
      // Some desktop builds expose the class without a detection service; the polyfill takes over.
    }
  }
  const { zxingQrDetector } = await import('./zxing-qr-detector.ts');
  return zxingQrDetector();
}
