import { describe, expect, it } from 'vitest';
import { isBareSpecifier, resolveSitePath, staticImportsOf } from './js-imports.ts';

describe('staticImportsOf', () => {
  it('reads minified and spaced static imports and re-exports', () => {
    const code = `import{a as b}from"./urls.X.js";import"./side.js";export*from"./all.js";
      import c, { d } from '../lib/d.js'; export { e } from "./e.js";`;
    expect(staticImportsOf(code)).toEqual(['./urls.X.js', './side.js', '../lib/d.js', './all.js', './e.js']);
  });

  it('leaves out dynamic import(), which loads on demand, and import.meta', () => {
    expect(staticImportsOf('const m = await import("./three.js"); console.log(import.meta.url)')).toEqual([]);
  });

  it('does not mistake a property or identifier ending in "import" for an import', () => {
    expect(staticImportsOf('x.import"a";reimport"./b.js"')).toEqual([]);
  });
});

describe('resolveSitePath', () => {
  it('resolves relative and absolute references against the naming file', () => {
    expect(resolveSitePath('./b.js', '/_astro/a.js')).toBe('/_astro/b.js');
    expect(resolveSitePath('../_astro/c.css?v=2', '/vi/index.html')).toBe('/_astro/c.css');
    expect(resolveSitePath('/pagefind/ui.js', '/vi/search/')).toBe('/pagefind/ui.js');
  });

  it('returns undefined for other origins and data URLs', () => {
    expect(resolveSitePath('https://cdn.example.com/x.js', '/vi/')).toBeUndefined();
    expect(resolveSitePath('//cdn.example.com/x.js', '/vi/')).toBeUndefined();
    expect(resolveSitePath('data:text/javascript,1', '/vi/')).toBeUndefined();
  });

  it('tells bare package specifiers from paths', () => {
    expect(isBareSpecifier('three')).toBe(true);
    expect(isBareSpecifier('./three.js')).toBe(false);
    expect(isBareSpecifier('/three.js')).toBe(false);
  });
});
