import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/content/loader/load-catalog.ts';
import { isZoomable } from '../../src/features/media/zoomable.ts';
import { DEMO_SCANNED } from '../model-import/ensure-demo-scans.ts';
import { DEMO_PHOTOGRAPHED, DEMO_SCAN_PHOTOGRAPHED, demoPhotoPath } from './ensure-demo-media.ts';

const root = process.cwd();
const catalog = loadCatalog(root);

describe('the demo’s photographs', () => {
  it('are exactly the exhibits whose content points at them, each labelled as a render in every language', () => {
    const made = [...DEMO_PHOTOGRAPHED, ...DEMO_SCAN_PHOTOGRAPHED];
    const pointing = catalog.exhibits.filter((e) => e.photos.some((p) => p.src.startsWith('media/demo/')));
    expect(pointing.map((e) => e.id).sort()).toEqual([...made].sort());
    for (const exhibit of pointing) {
      expect(exhibit.photos[0]?.src, exhibit.id).toBe(demoPhotoPath(exhibit.id));
      expect(exhibit.photos[0]?.kind, exhibit.id).toBe('render');
      expect(Object.keys(exhibit.photos[0]?.alt ?? {}).sort(), exhibit.id).toEqual([...catalog.site.languages].sort());
    }
  });

  it('include every exhibit with a generated scan (the Museum of Cham Sculpture’s), rendered from it', () => {
    expect([...DEMO_SCAN_PHOTOGRAPHED].sort()).toEqual([...DEMO_SCANNED].sort());
  });

  // The files are made by npm run check / build (ensure-demo-media.ts), which run before the unit tests.
  it('are delivered as a camera would (sideways, EXIF orientation 6, GPS), one Cham photo large enough for "Look closer"', async () => {
    const zoomable: string[] = [];
    for (const id of DEMO_SCAN_PHOTOGRAPHED) {
      const meta = await sharp(join(root, 'content', demoPhotoPath(id))).metadata();
      expect(meta.orientation, id).toBe(6);
      expect(meta.height, id).toBeGreaterThan(meta.width);
      // The GPS IFD's pointer tag (0x8825), in the byte order sharp writes (little-endian).
      expect(meta.exif?.includes(Buffer.from([0x25, 0x88, 0x04, 0x00])), id).toBe(true);
      if (isZoomable(meta.width, meta.height)) zoomable.push(id);
    }
    expect(zoomable.length).toBeGreaterThanOrEqual(1);
  });
});
