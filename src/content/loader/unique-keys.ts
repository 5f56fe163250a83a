import type { Catalog } from '../schemas/catalog.ts';
import type { ContentProblem } from './problems.ts';

/**
 * What visitors and pages tell entries apart by must not be shared: a label code (as the keypad reads
 * it), a museum's code prefix (its labels would collide with another museum's), a gallery's scene.
 * The entry read later is the one reported, naming the file it collides with.
 */
export function uniqueKeyProblems(catalog: Catalog): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const claim = <T extends { file: string }>(
    entries: readonly T[],
    field: string,
    key: (entry: T) => string | undefined,
    clash: (entry: T, first: T) => string,
  ) => {
    const seen = new Map<string, T>();
    for (const entry of entries) {
      const value = key(entry);
      if (value === undefined) continue;
      const first = seen.get(value);
      if (first === undefined) seen.set(value, entry);
      else problems.push({ file: entry.file, field, expected: clash(entry, first) });
    }
  };
  claim(
    catalog.museums,
    'codePrefix',
    (m) => m.codePrefix,
    (m, first) =>
      `a code prefix no other museum uses (their labels would read the same); "${m.codePrefix}" is also the prefix of ${first.file}`,
  );
  claim(
    catalog.galleries,
    'scene',
    (g) => g.scene,
    (g, first) =>
      `a scene no other gallery uses (a scene shows one gallery); scenes/${g.scene}.json is already the scene of ${first.file}`,
  );
  claim(catalog.exhibits, 'code', labelNumber, (e, first) =>
    e.code === first.code
      ? `a code no other exhibit uses; "${e.code}" is also used by ${first.file}`
      : `a code no other exhibit uses; "${e.code}" and "${first.code}" (${first.file}) are the same number on the keypad, where leading zeros do not count`,
  );
  return problems;
}

/** A label code as a visitor types it on the number pad: "QN-0101" and "QN-101" are both 101. */
export function labelNumber(entry: { code: string }): string {
  const dash = entry.code.lastIndexOf('-');
  return `${entry.code.slice(0, dash)}-${Number.parseInt(entry.code.slice(dash + 1), 10)}`;
}
