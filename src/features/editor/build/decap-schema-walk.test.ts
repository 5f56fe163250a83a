import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { siteSchema } from '../../../content/schemas/site.ts';
import { uiStrings } from '../../../i18n/ui-strings.ts';
import { KINDS } from './collections.ts';
import { entryChoices } from './admin-payload.ts';
import { decapConfig } from './decap-config.ts';
import { catalog, collection, site } from './decap-test-config.ts';
import type { DecapField } from './decap-types.ts';

/*
 * The drift test: the Decap configuration against the zod schemas, walked independently of the code
 * that generates it. It asks zod itself (safeParse) what is required, which choices and bounds exist,
 * and checks that every pattern the editor applies refuses what zod refuses (that it accepts
 * all existing content is decap-config.test.ts). If a schema changes and the configuration does not follow, this fails.
 */

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
