import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { ZXING_WASM_SHA256, ZXING_WASM_VERSION } from 'barcode-detector/ponyfill';
import { describe, expect, it } from 'vitest';

// The polyfill bundles its own copy of the zxing-wasm JavaScript, while the site serves the .wasm from
// the zxing-wasm package beside it. If an upgrade let the two drift apart, every scan would fail on
// the visitor's phone; this catches it at `npm test` instead.
describe('the self-served QR decoder', () => {
  it('is the exact .wasm build the barcode-detector polyfill expects', () => {
    const require = createRequire(import.meta.url);
    const wasm = readFileSync(require.resolve('zxing-wasm/reader/zxing_reader.wasm'));
    const served = createHash('sha256').update(wasm).digest('hex');
    expect(served, `zxing-wasm must be ${ZXING_WASM_VERSION}, the version barcode-detector was built with`).toBe(
      ZXING_WASM_SHA256,
    );
  });
});
