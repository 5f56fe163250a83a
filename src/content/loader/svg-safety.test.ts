import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { svgDangers, svgFileProblems } from './svg-safety.ts';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const svg = (inner: string, attributes = '') =>
  `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"${attributes}>${inner}</svg>`;

describe('svgDangers', () => {
  it('finds scripts, handlers, foreignObject and what would load from elsewhere', () => {
    const cases: [string, RegExp][] = [
      [svg('<script>alert(1)</script>'), /<script> element/],
      [svg('<svg:script>alert(1)</svg:script>'), /<script> element/],
      [svg('<foreignObject><iframe src="https://x"/></foreignObject>'), /<foreignObject> element/],
      [svg('<rect/>', ' onload="alert(1)"'), /event handler attribute \(onload\)/],
      [svg('<rect ONCLICK = "x()"/>'), /event handler attribute \(ONCLICK\)/],
      [svg('<a href="javascript:alert(1)"><text>x</text></a>'), /href="javascript:alert\(1\)"/],
      [svg('<a xlink:href="&#106;avascript:alert(1)"><text>x</text></a>'), /xlink:href="javascript:/],
      [svg('<a href="jav&#9;ascript:alert(1)"/>'), /href=.*outside/],
      [svg('<use href="https://evil.example/s.svg#a"/>'), /href="https:\/\/evil\.example/],
      [svg('<use href="//evil.example/s.svg#a"/>'), /href="\/\/evil\.example/],
      [svg('<image href="data:text/html,&lt;script&gt;"/>'), /href="data:text\/html/],
      [svg('<rect fill="url(https://evil.example/p.svg#g)"/>'), /url\(https:\/\/evil/],
      [svg('<style>@import "https://evil.example/a.css";</style>'), /@import/],
      [svg('<a><set attributeName="href" to="javascript:alert(1)"/></a>'), /animation that rewrites a link/],
      [`<!DOCTYPE svg [<!ENTITY x SYSTEM "file:///etc/passwd">]>${svg('<text>&x;</text>')}`, /DOCTYPE/],
      [`<?xml-stylesheet href="https://evil.example/a.xsl"?>${svg('')}`, /xml-stylesheet/],
    ];
    for (const [text, reason] of cases) expect(svgDangers(text).join('; '), text).toMatch(reason);
  });

  it('leaves a picture alone: shapes, gradients by #id, site paths, embedded raster images', () => {
    expect(
      svgDangers(
        svg(
          '<defs><linearGradient id="g"/></defs><rect fill="url(#g)" style="fill:url(&quot;#g&quot;)"/>' +
            '<use href="#g"/><image href="/images/a.png"/><image xlink:href="data:image/png;base64,AAAA"/>' +
            '<text>Trống đồng — one of the oldest</text>',
        ),
      ),
    ).toEqual([]);
  });
});

describe('svgFileProblems', () => {
  it('passes every SVG the project ships under public/', () => {
    expect(svgFileProblems(ROOT)).toEqual([]);
  });

  it('names an uploaded SVG with a script, and a .svgz it cannot read', () => {
    const root = mkdtempSync(join(tmpdir(), 'svg-check-'));
    try {
      mkdirSync(join(root, 'public', 'images', 'uploads'), { recursive: true });
      cpSync(join(ROOT, 'public', 'images', 'exhibits'), join(root, 'public', 'images', 'exhibits'), {
        recursive: true,
      });
      writeFileSync(join(root, 'public/images/uploads/map.svg'), svg('<rect/>', ' onload="fetch(1)"'));
      writeFileSync(join(root, 'public/images/uploads/old.svgz'), 'x');
      expect(svgFileProblems(root)).toEqual([
        {
          file: 'public/images/uploads/map.svg',
          field: '(svg)',
          expected:
            'a picture without scripts, event handlers, foreignObject or outside references; found an event handler attribute (onload)',
        },
        {
          file: 'public/images/uploads/old.svgz',
          field: '(file)',
          expected: 'an uncompressed .svg (a .svgz cannot be checked for scripts)',
        },
      ]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
