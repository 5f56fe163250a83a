// Types only, so code that runs in the browser may name them without pulling in the UI strings'
// reader (which reads content/ui/ with node:fs at build).
type English = typeof import('../../content/ui/en.json');

/** A key of the UI strings, checked against the English file so a typo fails type-checking. */
export type UiKey = keyof English extends infer K ? (K extends `${infer Base}_${'one' | 'other'}` ? Base : K) : never;

export type Translate = (key: UiKey, values?: Record<string, string | number>) => string;
