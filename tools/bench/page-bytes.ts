import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { htmlResources } from './html-resources.ts';
import { isBareSpecifier, resolveSitePath, staticImportsOf } from '../../src/features/offline/build/js-imports.ts';
import { addSizes, type Sizes, sizesOf } from './sizes.ts';

export type { Sizes } from './sizes.ts';

export type PageBytes = { html: Sizes; css: Sizes; js: Sizes; total: Sizes; files: string[] };

/**
 * The bytes one built page loads from the site before it is usable: its HTML, linked and inline CSS,
 * and its JavaScript (external, modulepreloaded, inline, and every module those import statically).
 *
 * Inline `<script>` and `<style>` bodies are counted as JS and CSS, not as HTML, so that
 * html + css + js = total and a growing inline script shows up where it belongs. Each resource is
 * compressed on its own, as a server sends it; `files` lists the site paths read, HTML first.
 *
 * Throws when the page or something it references is missing from `distDir`: that is a broken build,
 * and a budget check must not pass by counting zero bytes for it.
 */
export function pageBytes(distDir: string, pagePath: string): PageBytes {
  const htmlPath = htmlFileFor(pagePath);
  const read = (sitePath: string): Buffer => {
    try {
      return readFileSync(join(distDir, sitePath));
    } catch {
      const by = sitePath === htmlPath ? '' : ` (referenced by ${pagePath})`;
      throw new Error(`bench: ${sitePath} is not in ${distDir}${by}`);
    }
  };
  const page = htmlResources(read(htmlPath).toString('utf8'));
  const files = [htmlPath];
  const sitePaths = (refs: string[], from: string) =>
    refs.map((ref) => resolveSitePath(ref, from)).filter((p): p is string => p !== undefined);

  const css = page.inlineStyles.filter(notBlank).map(sizesOf);
  for (const sitePath of unique(sitePaths(page.stylesheets, pagePath))) {
    files.push(sitePath);
    css.push(sizesOf(read(sitePath)));
  }

  const js = page.inlineScripts.filter((s) => notBlank(s.code)).map((s) => sizesOf(s.code));
  const moduleImports = page.inlineScripts.filter((s) => s.module).flatMap((s) => importsOf(s.code));
  const queue = [...sitePaths(page.scripts, pagePath), ...sitePaths(moduleImports, pagePath)];
  const seen = new Set<string>();
  // Breadth-first over the import graph; `seen` stops cycles and shared chunks counted twice.
  for (let sitePath = queue.shift(); sitePath !== undefined; sitePath = queue.shift()) {
    if (seen.has(sitePath)) continue;
    seen.add(sitePath);
    files.push(sitePath);
    const bytes = read(sitePath);
    js.push(sizesOf(bytes));
    queue.push(...sitePaths(importsOf(bytes.toString('utf8')), sitePath));
  }

  const html = sizesOf(page.markup);
  const cssTotal = addSizes(...css);
  const jsTotal = addSizes(...js);
  return { html, css: cssTotal, js: jsTotal, total: addSizes(html, cssTotal, jsTotal), files };
}

/** The file a static host serves for a page path: `/vi/` → `/vi/index.html`, `/404.html` as is. */
export function htmlFileFor(pagePath: string): string {
  const path = pagePath.startsWith('/') ? pagePath : `/${pagePath}`;
  if (path.endsWith('/')) return `${path}index.html`;
  return /\.html?$/.test(path) ? path : `${path}/index.html`;
}

function importsOf(code: string): string[] {
  return staticImportsOf(code).filter((s) => !isBareSpecifier(s));
}

function notBlank(text: string): boolean {
  return text.trim() !== '';
}

function unique(items: string[]): string[] {
  return [...new Set(items)];
}
