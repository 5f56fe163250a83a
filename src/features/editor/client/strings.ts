import { fillVars, type WidgetProblem } from '../build/widget-checks.ts';

let strings: Record<string, string> = {};

/** Sets the editor's UI strings once, from the page's payload. */
export function setStrings(next: Record<string, string>): void {
  strings = next;
}

export function t(key: string, vars?: Record<string, string>): string {
  return fillVars(strings[key] ?? key, vars);
}

/**
 * The string with its `{{slots}}` kept, for an element that fills them itself as it goes (tap-to-sync's
 * "{{done}}/{{total}}"): t() without values would empty them.
 */
export function template(key: string): string {
  return strings[key] ?? key;
}

export function problemText(problem: WidgetProblem): string {
  return t(problem.key, problem.vars);
}
