import type { DecapField } from './decap-types.ts';
import type { FieldFacts } from './schema-facts.ts';

export interface FieldContext {
  /** The label (and optional hint) for a dotted field path, e.g. "coordinates" or "admission.audience". */
  label: (path: string) => { label: string; hint?: string };
  /** Widgets chosen by hand, by dotted path (see KindSpec.widgets). */
  widgets: Record<string, Partial<DecapField>>;
  /** Message for a length limit, e.g. "at most 120 characters". */
  lengthMessage: (min: number | undefined, max: number | undefined) => string;
  /** A language's name in the editors' language, for the text boxes of a per-language field. */
  languageName: (code: string) => string;
  i18n?: DecapField['i18n'];
}

/**
 * A Decap field for one schema field: required, bounds, pattern and choices from the zod facts, the
 * widget from the facts or from `context.widgets`.
 */
export function decapField(name: string, facts: FieldFacts, context: FieldContext, path = name): DecapField {
  const { label, hint } = context.label(path);
  const field: DecapField = { name, label, widget: 'string', required: facts.required };
  if (hint) field.hint = hint;
  if (context.i18n !== undefined) field.i18n = context.i18n;
  if (facts.default !== undefined && facts.default !== null) field.default = facts.default;
  const chosen = context.widgets[path];
  const nested = { ...context, i18n: undefined };

  switch (facts.type) {
    case 'string': {
      if (facts.format === 'date') {
        Object.assign(field, { widget: 'datetime', format: 'YYYY-MM-DD', date_format: 'YYYY-MM-DD' });
        Object.assign(field, { time_format: false, picker_utc: true });
      }
      const pattern = stringPattern(facts, context);
      if (pattern) field.pattern = pattern;
      break;
    }
    case 'number':
      Object.assign(field, { widget: 'number', value_type: facts.int ? 'int' : 'float' });
      if (facts.min !== undefined) field.min = facts.min;
      if (facts.max !== undefined) field.max = facts.max;
      break;
    case 'boolean':
      field.widget = 'boolean';
      break;
    case 'enum':
      Object.assign(field, { widget: 'select', options: facts.options });
      break;
    case 'array': {
      field.widget = 'list';
      if (facts.minItems !== undefined) field.min = facts.minItems;
      if (facts.maxItems !== undefined) field.max = facts.maxItems;
      const element = facts.element;
      if (element.type === 'object') {
        field.fields = objectFields(element.shape, nested, path);
      } else if (!chosen) {
        field.field = decapField(name, { ...element, required: true }, nested, `${path}[]`);
      }
      break;
    }
    case 'object':
      field.widget = 'object';
      field.fields = objectFields(facts.shape, nested, path);
      // Decap checks an optional object's required fields even when the editor left it empty, so the
      // entry could not be saved (decap-cms issues 2103 and 7748, open). Its fields are optional in the
      // editor; an object left empty is dropped on load, and one half filled stops the build, naming
      // the field (the schema still requires it).
      // All the way down: an optional object's required object (splat.coarse) is checked as well.
      if (!facts.required) field.fields = field.fields.map(optionalAllTheWay);
      break;
    case 'record':
      field.widget = 'object';
      // One text box per language, labelled with the language's name (record values are optional).
      field.fields = facts.keys.map((key) => {
        const byLanguage = { ...nested, label: () => ({ label: context.languageName(key) }) };
        return decapField(key, { ...facts.value, required: false }, byLanguage, `${path}.${key}`);
      });
      break;
  }
  if (chosen) {
    // A widget chosen by hand replaces the derived one, but keeps what the schema requires.
    Object.assign(field, chosen);
    if (chosen.widget === 'select' || chosen.widget === 'relation') {
      delete field.field;
      delete field.pattern;
    }
    // Decap's file and image widgets test the pattern against the file's name alone (withFileControl's
    // getValidateValue returns basename(value)), so a pattern for the saved path refuses every file,
    // even one already there. The path is Decap's to make from the field's folders; the build checks it.
    // A widget may give a pattern for the name instead (the uploads' formats, see collections.ts).
    if ((chosen.widget === 'file' || chosen.widget === 'image') && !chosen.pattern) delete field.pattern;
  }
  if (facts.custom && !chosen) {
    throw new Error(`field "${path}" is checked by code in its schema: name a widget that runs the same check`);
  }
  return field;
}

/** A field made optional, with every field inside it. */
function optionalAllTheWay(field: DecapField): DecapField {
  return { ...field, required: false, ...(field.fields ? { fields: field.fields.map(optionalAllTheWay) } : {}) };
}

function objectFields(shape: Record<string, FieldFacts>, context: FieldContext, path: string): DecapField[] {
  return Object.entries(shape).map(([key, facts]) => decapField(key, facts, context, `${path}.${key}`));
}

/** The schema's regular expression and length limits as one pattern, since Decap checks one. */
function stringPattern(facts: FieldFacts & { type: 'string' }, context: FieldContext): [string, string] | undefined {
  // A minimum of 1 is what "required" already says; an empty optional field is dropped on load.
  const min = facts.minLength !== undefined && facts.minLength > 1 ? facts.minLength : undefined;
  const max = facts.maxLength;
  const length = min !== undefined || max !== undefined ? `(?=[\\s\\S]{${min ?? 0},${max ?? ''}}$)` : '';
  if (facts.pattern) {
    const core = facts.pattern.source.replace(/^\^/, '').replace(/\$$/, '');
    const message = length
      ? `${facts.pattern.message}; ${context.lengthMessage(min, max)}`
      : facts.pattern.message || context.lengthMessage(min, max);
    return [`^${length}(?:${core})$`, message];
  }
  if (length) return [`^${length}[\\s\\S]*$`, context.lengthMessage(min, max)];
  return undefined;
}
