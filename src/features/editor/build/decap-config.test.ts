import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { siteSchema } from '../../../content/schemas/site.ts';
import { readContentDocument } from '../../../content/loader/documents.ts';
import { loadCatalog } from '../../../content/loader/load-catalog.ts';
import { uiStrings } from '../../../i18n/ui-strings.ts';
import { KINDS } from './collections.ts';
import { entryChoices } from './admin-payload.ts';
import { decapConfig } from './decap-config.ts';
import type { DecapCollection, DecapField } from './decap-types.ts';

/*
 * The drift test: the Decap configuration against the zod schemas, walked independently of the code
 * that generates it. It asks zod itself (safeParse) what is required, which choices and bounds exist,
 * and checks that every pattern the editor applies accepts all content that exists and refuses what
 * zod refuses. If a schema changes and the configuration does not follow, this fails.
 */
const root = process.cwd();
const catalog = loadCatalog(root);
const site = catalog.site;
const config = decapConfig(
  site,
  uiStrings[site.defaultLanguage],
  { branch: 'main', localBackendUrl: 'http://127.0.0.1:8081/api/v1' },
  entryChoices(catalog),
);
const collection = (name: string) => config.collections.find((c) => c.name === name) as DecapCollection;

/** Strings the build refuses for many fields; a pattern that accepts one must belong to a field zod accepts it for. */
const PROBES = [
  ' ',
  'x'.repeat(400),
  'Bãi Cháy',
  'bãi-cháy',
  'bai--chay',
  '-bai',
  'QN-1',
  'qn-101',
  'QN-101',
  'QNX-12345',
  '2026-02-30',
  '2026-13-01',
  '14/03/2026',
  'http://',
  'https://exa mple.vn',
  'ftp://example.vn',
  'javascript:alert(1)',
  '/images/../secret',
  '//evil.example/x.png',
  '/\\evil.example/x.png',
  'https://evil.example/x.png',
  '/images/',
  '/images//x.svg',
  '   ',
  'images/x.svg',
  '/images/x y.svg',
  '+84 (0) 203 3825 031',
  '12',
  'e',
];

// Inside an optional object every field is optional in the editor (Decap would check them even when the
// object is left empty: decap-cms#2103, #7748); the build still requires them once the object is there.
function walk(fields: DecapField[], shape: Record<string, z.ZodType>, where: string, inOptionalObject = false) {
  const names = fields.map((f) => f.name);
  const expected = Object.keys(shape);
  expect(
    names.filter((n) => !expected.includes(n)),
    `${where}: widgets for fields the schema lacks`,
  ).toEqual([]);
  expect(
    expected.filter((n) => !names.includes(n)),
    `${where}: schema fields without a widget`,
  ).toEqual([]);
  for (const field of fields) {
    const schema = shape[field.name] as z.ZodType;
    const path = `${where}.${field.name}`;
    const optional = schema.safeParse(undefined).success;
    expect(field.required, `${path}: required`).toBe(!optional && !inOptionalObject);
    checkField(field, schema, path, inOptionalObject);
  }
}

function inner(schema: z.ZodType): z.ZodType {
  let s = schema as unknown as { _zod: { def: Record<string, unknown> } };
  for (;;) {
    const def = s._zod.def;
    if (def.type === 'optional' || def.type === 'nullable' || def.type === 'default') s = def.innerType as typeof s;
    else if (def.type === 'pipe') s = def.out as typeof s;
    else return s as unknown as z.ZodType;
  }
}

/** What Decap tests a field's pattern on: a file or image widget's file name, saved under its folder. */
const savedAs = (field: DecapField, tested: string) =>
  (field.widget === 'file' || field.widget === 'image') && field.public_folder
    ? `${field.public_folder}/${tested}`
    : tested;

function checkField(field: DecapField, schema: z.ZodType, path: string, inOptionalObject: boolean) {
  const core = inner(schema);
  const type = (core as unknown as { _zod: { def: { type: string } } })._zod.def.type;
  if (field.options) {
    for (const choice of field.options) {
      const option = typeof choice === 'string' ? choice : choice.value;
      const value = field.multiple ? [option] : option;
      expect(schema.safeParse(value).success, `${path}: option "${option}" is refused by the schema`).toBe(
        type !== 'string' || /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(option),
      );
    }
  }
  if (field.widget === 'number') {
    const step = field.value_type === 'int' ? 1 : 1e-9;
    if (field.min !== undefined) {
      expect(core.safeParse(field.min).success, `${path}: min ${field.min} accepted`).toBe(true);
      expect(core.safeParse(field.min - step).success, `${path}: below min refused`).toBe(false);
    } else expect(core.safeParse(-1e9).success, `${path}: no min in the editor but one in the schema`).toBe(true);
    if (field.max !== undefined) {
      expect(core.safeParse(field.max + step).success, `${path}: above max refused`).toBe(false);
    } else expect(core.safeParse(1e9).success, `${path}: no max in the editor but one in the schema`).toBe(true);
    if (field.value_type === 'float') expect(core.safeParse(1.5).success || core.safeParse(20.5).success).toBe(true);
    else expect(core.safeParse(2.5).success, `${path}: the editor allows only whole numbers`).toBe(false);
  }
  if (field.pattern) {
    const pattern = new RegExp(field.pattern[0]);
    for (const probe of [...PROBES, 'vase.glb', 'vase.GLB', 'vase.obj', 'capture.sog', 'x y.ply']) {
      if (pattern.test(probe)) {
        expect(
          core.safeParse(savedAs(field, probe)).success,
          `${path}: the editor accepts "${probe}" but the build refuses it`,
        ).toBe(true);
      }
    }
    // Decap's file and image widgets test the pattern on the file's name alone, so a pattern for the
    // whole saved path would refuse every file (withFileControl's getValidateValue).
    if (field.widget === 'file' || field.widget === 'image')
      expect(pattern.test('vase.glb') || pattern.test('vase.ply'), `${path}: tests a file's name`).toBe(true);
  } else if (['file', 'image'].includes(field.widget)) {
    // No pattern: Decap makes the path from the field's folders; the content check checks the file.
  } else if (type === 'string' && !['select', 'relation', 'opening-hours', 'verified-on'].includes(field.widget)) {
    // Without a pattern the editor accepts any non-empty text: so must the schema.
    for (const probe of ['Bãi Cháy', 'x', 'x'.repeat(100)]) {
      expect(core.safeParse(probe).success, `${path}: "${probe}" is refused by the build but no pattern says so`).toBe(
        true,
      );
    }
  }
  if (field.widget === 'list' && field.min !== undefined) {
    expect(schema.safeParse([]).success, `${path}: an empty list`).toBe(field.min === 0);
  }
  const objectShape = (core as unknown as { shape?: Record<string, z.ZodType> }).shape;
  const element = (core as unknown as { _zod: { def: { element?: z.ZodType } } })._zod.def.element;
  const elementShape = element ? (inner(element) as unknown as { shape?: Record<string, z.ZodType> }).shape : undefined;
  if (field.fields && objectShape)
    walk(field.fields, objectShape, path, inOptionalObject || schema.safeParse(undefined).success);
  else if (field.fields && elementShape) walk(field.fields, elementShape, path);
}

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

describe('Decap configuration generated from the zod schemas', () => {
  it.each(KINDS.map((k) => [k.name, k] as const))('%s: one widget per schema field, nothing more', (name, kind) => {
    const fields = (collection(name).fields ?? []).filter((f) => f.name !== 'body');
    walk(
      fields.filter((f) => f.i18n === false),
      kind.base.shape,
      name,
    );
    walk(
      fields.filter((f) => f.i18n === true),
      kind.translation.shape,
      name,
    );
  });

  it('site settings: one widget per field of site.yaml', () => {
    const file = collection('settings').files?.[0];
    expect(file?.file).toBe('content/site.yaml');
    walk(file?.fields ?? [], siteSchema.shape, 'settings');
  });

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

  it('refuses a hand-chosen widget for a field the schema lacks', () => {
    const kind = KINDS.find((k) => k.name === 'places');
    if (!kind) throw new Error('no places kind');
    const broken = {
      ...kind,
      widgets: () => ({ ...kind.widgets(site, entryChoices(catalog)), openingHourz: { widget: 'opening-hours' } }),
    };
    const original = KINDS.indexOf(kind);
    (KINDS as typeof KINDS & { [i: number]: typeof kind })[original] = broken;
    try {
      expect(() => decapConfig(site, uiStrings.vi, { branch: 'main', localBackendUrl: 'x' })).toThrow(/openingHourz/);
    } finally {
      (KINDS as typeof KINDS & { [i: number]: typeof kind })[original] = kind;
    }
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
