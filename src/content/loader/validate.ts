import type { z } from 'zod';
import { type ContentProblem, describeValue, fieldPath } from './problems.ts';

/** Runs a zod schema and turns its issues into problems that name the file and the field. */
export function validate<S extends z.ZodType>(
  schema: S,
  data: unknown,
  file: string,
): { ok: true; value: z.output<S> } | { ok: false; problems: ContentProblem[] } {
  const result = schema.safeParse(data);
  if (result.success) return { ok: true, value: result.data };
  const problems = result.error.issues.map((issue): ContentProblem => {
    const field = fieldPath(issue.path);
    if (issue.code === 'unrecognized_keys') {
      const keys = issue.keys.map((k) => `"${k}"`).join(', ');
      return {
        file,
        field: issue.keys.length === 1 ? prefixed(field, issue.keys[0] ?? '') : field,
        // A schema may say where a field went (site.yaml's map centre moved to the destinations).
        expected: issue.message.startsWith('Unrecognized key')
          ? `no unknown field here; found ${keys} (check the spelling)`
          : `${issue.message}; found ${keys}`,
      };
    }
    const found = valueAt(data, issue.path);
    const suffix =
      found === undefined
        ? ', but it is missing'
        : typeof found === 'string' && issue.code === 'too_big'
          ? `, found ${found.length.toLocaleString('en')} characters`
          : `, found ${describeValue(found)}`;
    return { file, field, expected: `${issue.message}${suffix}` };
  });
  return { ok: false, problems };
}

function prefixed(field: string, key: string): string {
  return field === '(file)' ? key : `${field}.${key}`;
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = data;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}
