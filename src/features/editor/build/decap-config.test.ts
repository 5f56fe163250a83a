import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContentDocument } from '../../../content/loader/documents.ts';
import { KINDS } from './collections.ts';
import { catalog, collection, config, root, site } from './decap-test-config.ts';
import type { DecapField } from './decap-types.ts';

/*
 * The Decap configuration against the content that exists: every value the editor will open must pass
 * its patterns, and the collections, widgets and workflow are the ones the content and the build need.
 * The schema drift test (widgets against the zod schemas) is decap-schema-walk.test.ts.
 */
/** Every value of `field` in the real content: the editor must accept all of them. */
function contentValues(folder: string, name: string): unknown[] {
  const dir = join(root, 'content', folder);
  return readdirSync(dir).flatMap((file) => {
    const read = readContentDocument(join(dir, file), `content/${folder}/${file}`);
    if (!('document' in read)) return [];
    const value = read.document.data[name];
    return value === undefined ? [] : [value];
  });
}

describe('Decap configuration and the existing content', () => {
  it.each(KINDS.map((k) => [k.name, k] as const))('%s: every pattern accepts all existing content', (name) => {
    for (const field of collection(name).fields ?? []) {
      if (!field.pattern) continue;
      const pattern = new RegExp(field.pattern[0]);
      const tested = (value: string) =>
        field.widget === 'file' || field.widget === 'image' ? (value.split('/').pop() ?? '') : value;
      for (const value of contentValues(name, field.name)) {
        expect(pattern.test(tested(String(value))), `content/${name} ${field.name}: "${String(value)}"`).toBe(true);
      }
    }
  });

  it('lays files out as the loader reads them: content/{kind}/{id}.{lang}.md, shared fields in the default language', () => {
    expect(config.i18n).toEqual({ structure: 'multiple_files', locales: site.languages, default_locale: 'vi' });
    const places = collection('places');
    expect(places.folder).toBe('content/places');
    expect(places.extension).toBe('md');
    expect(places.i18n).toBe(true);
    // Slugs become ids: ASCII kebab-case, Vietnamese accents removed.
    expect(config.slug).toEqual({ encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' });
  });

  it('uses the fields that fit the data for places', () => {
    const byName = Object.fromEntries((collection('places').fields ?? []).map((f) => [f.name, f]));
    expect(byName.coordinates?.widget).toBe('map-point');
    // The pin picker covers every destination: each one's bounds lie inside it.
    const area = byName.coordinates?.bounds as { south: number; east: number } | undefined;
    for (const { map } of catalog.destinations) {
      expect(area?.south).toBeLessThanOrEqual(map.bounds.south);
      expect(area?.east).toBeGreaterThanOrEqual(map.bounds.east);
    }
    expect(byName.destination?.options).toContainEqual({ label: 'Hạ Long – Quảng Ninh', value: 'ha-long' });
    expect(byName.openingHours?.widget).toBe('opening-hours');
    expect(byName.category?.widget).toBe('select');
    expect(byName.category?.options?.map((o) => (typeof o === 'string' ? o : o.value))).toEqual(
      site.placeCategories.map((c) => c.id),
    );
    expect(byName.tags).toMatchObject({ widget: 'select', multiple: true });
    expect(byName.verifiedBy?.widget).toBe('select');
    expect(byName.verifiedBy?.options).toContainEqual({ label: 'Trần Minh Đức', value: 'tran-minh-duc' });
    expect(byName.verifiedOn?.widget).toBe('verified-on');
    expect(byName.photo).toMatchObject({ widget: 'image', media_processing: { enabled: true } });
    expect(byName.body).toMatchObject({ widget: 'markdown', i18n: true, sanitize_preview: true });
  });

  it('runs the editorial workflow, locally through decap-server and in production through GitHub', () => {
    expect(config.publish_mode).toBe('editorial_workflow');
    expect(config.local_backend?.url).toBe('http://127.0.0.1:8081/api/v1');
    expect(config.backend.name).toBe('github');
    expect(config.locale).toBe('vi');
  });
});

describe('recordings in the editor', () => {
  const audio = collection('exhibits').fields?.find((f) => f.name === 'audio') as DecapField;
  const field = (name: string) => audio.fields?.find((f) => f.name === name) as DecapField;
  it('offers an upload of the recording master per language, saved under content/, never public/', () => {
    expect(audio.i18n).toBe(true);
    expect(field('master')).toMatchObject({
      widget: 'file',
      media_folder: '/content/media/recordings',
      public_folder: '/recordings',
    });
  });
  it('offers tap-to-sync for the sentence starts', () => {
    expect(field('sentenceStarts').widget).toBe('tap-to-sync');
  });
});

describe('scans and splat captures in the editor', () => {
  const exhibits = collection('exhibits').fields ?? [];
  const field = (name: string) => exhibits.find((f) => f.name === name) as DecapField;
  const inside = (object: string, name: string) => field(object).fields?.find((f) => f.name === name) as DecapField;
  it('offers an upload of a scan and of a splat capture, saved under content/media/, never public/, at most 35 MB', () => {
    for (const [name, folder] of [
      ['scan', 'scans'],
      ['splatCapture', 'splats'],
    ] as const)
      expect(field(name)).toMatchObject({
        widget: 'file',
        i18n: false,
        media_folder: `/content/media/${folder}`,
        public_folder: `media/${folder}`,
        media_library: { config: { max_file_size: 35 * 1024 * 1024 } },
      });
  });
  it("says in the hint (in the editors' language) which formats it takes and that larger files need the command line", () => {
    expect(field('scan').hint).toMatch(/GLB.*PLY.*35 MB.*npm run models:import/);
    expect(field('splatCapture').hint).toMatch(/\.sog.*35 MB.*npm run splats:import/);
  });
  it("keeps the build's record of the upload a model was made from without showing it", () => {
    expect(inside('model', 'sourceSha256').widget).toBe('hidden');
    expect(inside('splat', 'sourceSha256').widget).toBe('hidden');
  });
});
