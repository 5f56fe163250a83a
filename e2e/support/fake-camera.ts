import { createHash } from 'node:crypto';
import { renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import QRCode from 'qrcode';

const WIDTH = 640;
const HEIGHT = 480;
const MODULE_PX = 8;
const QUIET_ZONE_MODULES = 4;
const FRAMES = 10;
// Video-range luma (BT.601), the way Chromium reads an I420 .y4m.
const BLACK = 16;
const WHITE = 235;
const WALL = 90;

/**
 * A few seconds of camera picture, as YUV4MPEG2, showing `text` as a level-Q QR code with its quiet
 * zone, centred on a grey wall: the raw video Chromium's fake camera plays in a loop
 * (--use-file-for-fake-video-capture).
 */
export function qrVideo(text: string): Buffer {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'Q' });
  const side = (modules.size + 2 * QUIET_ZONE_MODULES) * MODULE_PX;
  if (side > HEIGHT) throw new Error(`fake camera: "${text}" makes a QR code too large for ${WIDTH}×${HEIGHT}`);
  const luma = Buffer.alloc(WIDTH * HEIGHT, WALL);
  const left = (WIDTH - side) >> 1;
  const top = (HEIGHT - side) >> 1;
  for (let y = 0; y < side; y++) {
    for (let x = 0; x < side; x++) {
      const row = Math.floor(y / MODULE_PX) - QUIET_ZONE_MODULES;
      const col = Math.floor(x / MODULE_PX) - QUIET_ZONE_MODULES;
      const inCode = row >= 0 && col >= 0 && row < modules.size && col < modules.size;
      luma[(top + y) * WIDTH + left + x] = inCode && modules.get(row, col) ? BLACK : WHITE;
    }
  }
  const chroma = Buffer.alloc((WIDTH / 2) * (HEIGHT / 2) * 2, 128); // U then V: no colour
  const frame = Buffer.concat([Buffer.from('FRAME\n'), luma, chroma]);
  const header = Buffer.from(`YUV4MPEG2 W${WIDTH} H${HEIGHT} F10:1 Ip A1:1 C420jpeg\n`);
  return Buffer.concat([header, ...Array.from({ length: FRAMES }, () => frame)]);
}

/**
 * `qrVideo(text)` written to the temporary directory, under a name derived from the text. Every
 * Playwright worker loads the spec, so the file is written to a unique name and renamed into place:
 * a browser never opens a half-written video.
 */
export function qrVideoFile(text: string): string {
  const name = `qr-camera-${createHash('sha256').update(text).digest('hex').slice(0, 16)}.y4m`;
  const path = join(tmpdir(), name);
  const partial = `${path}.${process.pid}.part`;
  writeFileSync(partial, qrVideo(text));
  renameSync(partial, path);
  return path;
}
