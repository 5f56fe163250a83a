/**
 * Every way content can be wrong is reported as a problem that names the file, the field and what was
 * expected, so an editor can fix it without reading code. All problems of a run are collected before
 * failing, so one build shows every mistake at once.
 */
export interface ContentProblem {
  /** Path relative to the project root, e.g. "content/exhibits/bronze-drum.vi.md". */
  file: string;
  /** Dotted path of the field, e.g. "coordinates.lat" or "related[1]"; "(file)" for the file as a whole. */
  field: string;
  /** What was expected, in words, possibly followed by what was found. */
  expected: string;
}

export class ContentError extends Error {
  readonly problems: readonly ContentProblem[];

  constructor(problems: readonly ContentProblem[]) {
    super(formatProblems(problems));
    this.name = 'ContentError';
    this.problems = problems;
  }
}

export function formatProblem(problem: ContentProblem): string {
  return `${problem.file} → ${problem.field}: ${problem.expected}`;
}

export function formatProblems(problems: readonly ContentProblem[]): string {
  const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
  return [`Content check failed with ${count}:`, ...problems.map((p) => `  ${formatProblem(p)}`)].join('\n');
}

/** Formats a field path the way people read it: `admission[0].priceVnd`. */
export function fieldPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(file)';
  return path
    .map((part, index) => (typeof part === 'number' ? `[${part}]` : `${index === 0 ? '' : '.'}${String(part)}`))
    .join('');
}

/** A short, safe rendering of a value for an error message. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  // JSON has no NaN or Infinity and would print them as null (YAML's .nan, .inf and 1e999 give them).
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  const text = typeof value === 'string' ? JSON.stringify(value) : (JSON.stringify(value) ?? String(value));
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
