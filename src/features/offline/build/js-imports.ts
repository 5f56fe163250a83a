/**
 * Specifiers of a module's static imports and re-exports: the modules the browser fetches before the
 * code runs. Dynamic `import()` is left out on purpose: it loads later, on demand (e.g. the 3D tour),
 * and belongs to that feature's budget, not to the page's first load.
 */
export function staticImportsOf(code: string): string[] {
  const specifiers = new Set<string>();
  // Covers minified forms too: import{a as b}from"./x.js"; import"./y.js"; export*from"./z.js".
  const patterns = [
    /(?<![\w$.])import\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+)["']/g,
    /(?<![\w$.])export\s*(?:\*(?:\s*as\s+[\w$]+)?|\{[^}]*\})\s*from\s*["']([^"']+)["']/g,
  ];
  for (const pattern of patterns) {
    for (const m of code.matchAll(pattern)) specifiers.add(m[1]!);
  }
  return [...specifiers];
}

/** A bare specifier ("three") only resolves through an import map, which this site does not use. */
export function isBareSpecifier(specifier: string): boolean {
  return !/^(?:\/|\.\.?\/|[a-z][a-z0-9+.-]*:)/i.test(specifier);
}

/**
 * The site path a URL points to, resolved against the path of the document or module that names it;
 * undefined when it leaves the site (another origin, a data: URL), which the convention forbids and a
 * byte count cannot follow anyway.
 */
export function resolveSitePath(reference: string, fromPath: string): string | undefined {
  const url = new URL(reference, `http://site.invalid${fromPath}`);
  if (url.origin !== 'http://site.invalid') return undefined;
  return decodeURIComponent(url.pathname);
}
