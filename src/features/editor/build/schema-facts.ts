import type { z } from 'zod';

/**
 * What a zod schema says about one field, in the terms an editing form needs: its type, whether it may
 * be left out, its bounds, its pattern and its choices. The Decap configuration is derived from these
 * facts, and the drift test compares the configuration with them, so the zod schemas stay the one
 * definition of the data.
 */
export type FieldFacts =
  | (Common & { type: 'string'; minLength?: number; maxLength?: number; pattern?: Pattern; format?: string })
  | (Common & { type: 'number'; int: boolean; min?: number; max?: number })
  | (Common & { type: 'boolean' })
  | (Common & { type: 'enum'; options: string[] })
  | (Common & { type: 'array'; element: FieldFacts; minItems?: number; maxItems?: number })
  | (Common & { type: 'object'; shape: Record<string, FieldFacts> })
  /** A record keyed by the site's languages (a short text per language). */
  | (Common & { type: 'record'; keys: string[]; value: FieldFacts });

interface Common {
  /** False when the field may be left out (optional, nullable or with a default). */
  required: boolean;
  default?: unknown;
  /** The schema runs code the form cannot express as a pattern (e.g. the opening_hours parser). */
  custom: boolean;
}

export interface Pattern {
  source: string;
  message: string;
}

type Def = Record<string, unknown> & { type: string };
const defOf = (schema: unknown): Def => (schema as { _zod: { def: Def } })._zod.def;

/**
 * Facts about `schema`; throws on a zod type the editing form has no field for. A record keyed by
 * languages (the site's name, a category's label) gets one field per language of `recordKeys`: the
 * languages are content (site.yaml), not an enumeration in the schema.
 */
export function schemaFacts(schema: z.ZodType, recordKeys?: readonly string[]): FieldFacts {
  let current: unknown = schema;
  let required = true;
  let defaultValue: unknown;
  // Peel wrappers: optional, nullable, default and preprocess pipes leave the inner type's facts.
  for (;;) {
    const def = defOf(current);
    if (def.type === 'optional' || def.type === 'nullable') {
      required = false;
      current = def.innerType;
    } else if (def.type === 'default') {
      required = false;
      const value = def.defaultValue;
      defaultValue = typeof value === 'function' ? (value as () => unknown)() : value;
      current = def.innerType;
    } else if (def.type === 'pipe') {
      current = defOf(def.in).type === 'transform' ? def.out : def.in;
    } else break;
  }
  const common: Common = { required, custom: false };
  if (defaultValue !== undefined) common.default = defaultValue;
  const def = defOf(current);
  const checks = ((def.checks as { _zod: { def: Record<string, unknown> } }[] | undefined) ?? []).map(
    (c) => c._zod.def,
  );
  common.custom = checks.some((c) => c.check === 'custom') || def.type === 'custom';
  const messageOf = (c: Record<string, unknown>) => {
    const error = c.error;
    return typeof error === 'string' ? error : typeof error === 'function' ? String(error({})) : '';
  };

  switch (def.type) {
    case 'string': {
      const facts: FieldFacts = { ...common, type: 'string' };
      const s = current as z.ZodString;
      if (s.minLength !== null && s.minLength !== undefined) facts.minLength = s.minLength;
      if (s.maxLength !== null && s.maxLength !== undefined) facts.maxLength = s.maxLength;
      // Several regex checks become one pattern: the first as the body, the others as lookaheads.
      const regexes = checks.filter((c) => c.check === 'string_format' && c.format === 'regex');
      if (regexes.length > 0) {
        const [first, ...rest] = regexes.map((c) => ({ source: (c.pattern as RegExp).source, message: messageOf(c) }));
        const ahead = rest.map((r) => `(?=${r.source.replace(/^\^/, '')})`).join('');
        facts.pattern = {
          source: `^${ahead}(?:${(first?.source ?? '').replace(/^\^/, '').replace(/\$$/, '')})$`,
          message: [first, ...rest].map((r) => r?.message).join('; '),
        };
      }
      if (typeof def.format === 'string') {
        facts.format = def.format;
        if (def.pattern instanceof RegExp) facts.pattern = { source: def.pattern.source, message: messageOf(def) };
        // zod checks a URL with the URL parser; a form can only check its shape.
        if (def.format === 'url') facts.pattern = { source: '^https?:\\/\\/\\S+$', message: messageOf(def) };
      }
      return facts;
    }
    case 'number': {
      const n = current as z.ZodNumber;
      const int = checks.some((c) => c.check === 'number_format' && (c.format === 'safeint' || c.format === 'int32'));
      const facts: FieldFacts = { ...common, type: 'number', int };
      // An exclusive bound (positive()) on a whole number is the next whole number, inclusive.
      const step = facts.int ? 1 : 0;
      for (const c of checks) {
        if (c.check === 'greater_than') facts.min = (c.value as number) + (c.inclusive ? 0 : step);
        if (c.check === 'less_than') facts.max = (c.value as number) - (c.inclusive ? 0 : step);
      }
      if (facts.min === undefined && Number.isFinite(n.minValue)) facts.min = n.minValue as number;
      if (facts.max === undefined && Number.isFinite(n.maxValue)) facts.max = n.maxValue as number;
      return facts;
    }
    case 'boolean':
      return { ...common, type: 'boolean' };
    case 'enum':
      return { ...common, type: 'enum', options: Object.values(def.entries as Record<string, string>) };
    case 'array': {
      const facts: FieldFacts = {
        ...common,
        type: 'array',
        element: schemaFacts(def.element as z.ZodType, recordKeys),
      };
      for (const c of checks) {
        if (c.check === 'min_length') facts.minItems = c.minimum as number;
        if (c.check === 'max_length') facts.maxItems = c.maximum as number;
      }
      return facts;
    }
    case 'object': {
      const shape = def.shape as Record<string, z.ZodType>;
      const facts = Object.fromEntries(Object.entries(shape).map(([k, v]) => [k, schemaFacts(v, recordKeys)]));
      return { ...common, type: 'object', shape: facts };
    }
    case 'record': {
      const entries = defOf(def.keyType).entries as Record<string, string> | undefined;
      const keys = entries ? Object.values(entries) : recordKeys;
      if (!keys) throw new Error('a record field needs enumerated keys or the record keys given (e.g. languages)');
      return { ...common, type: 'record', keys: [...keys], value: schemaFacts(def.valueType as z.ZodType, recordKeys) };
    }
    default:
      throw new Error(`no editing field for a zod "${def.type}"`);
  }
}

/** Facts about every field of an object schema, by name, in the schema's order. */
export function shapeFacts(schema: z.ZodObject, recordKeys?: readonly string[]): Record<string, FieldFacts> {
  return Object.fromEntries(Object.entries(schema.shape).map(([k, v]) => [k, schemaFacts(v as z.ZodType, recordKeys)]));
}
