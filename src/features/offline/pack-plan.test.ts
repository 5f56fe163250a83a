import { describe, expect, it } from 'vitest';
import type { PackManifest } from '../../content/schemas/offline-pack.ts';
import { filesToDownload, formatBytes, isQuotaError, parsePackManifest, totalBytes } from './pack-plan.ts';

const pack: PackManifest = {
  id: 'm.vi',
  museum: 'm',
  lang: 'vi',
  version: 'abc',
  files: [
    { url: '/vi/exhibits/a/', bytes: 10_000 },
    { url: '/audio/a.vi.webm', bytes: 200_000, format: 'opus' },
    { url: '/audio/a.vi.mp3', bytes: 300_000, format: 'mp3' },
  ],
  models: [{ url: '/models/a.glb', bytes: 1_000_000 }],
};

describe('pack plan', () => {
  it('downloads narration in the one format the browser plays', () => {
    expect(filesToDownload(pack, { playsOpus: true, models: false }).map((f) => f.url)).toEqual([
      '/vi/exhibits/a/',
      '/audio/a.vi.webm',
    ]);
    expect(filesToDownload(pack, { playsOpus: false, models: false }).map((f) => f.url)).toEqual([
      '/vi/exhibits/a/',
      '/audio/a.vi.mp3',
    ]);
  });
  it('adds 3D models only when chosen, and counts their size', () => {
    expect(totalBytes(filesToDownload(pack, { playsOpus: true, models: true }))).toBe(1_210_000);
  });
  it('writes sizes in the page language', () => {
    expect(formatBytes(12_400_000, 'en')).toBe('12 MB');
    expect(formatBytes(3_450_000, 'en')).toBe('3.5 MB');
    expect(formatBytes(850_000, 'fr')).toMatch(/850\s?ko/);
  });
  it('checks a manifest from the network', () => {
    expect(parsePackManifest(pack)).toEqual(pack);
    expect(parsePackManifest({ ...pack, files: [{ url: 'http://evil/', bytes: 1 }] })).toBeNull();
    expect(parsePackManifest('nope')).toBeNull();
  });
  it('recognises a full disk', () => {
    expect(isQuotaError(new DOMException('full', 'QuotaExceededError'))).toBe(true);
    expect(isQuotaError(new TypeError('network'))).toBe(false);
  });
});
