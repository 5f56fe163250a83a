import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { ContentProblem } from './problems.ts';

/**
 * Why an SVG could act as more than a picture, or [] when it cannot. An SVG opened directly is a
 * document of the site (the server also gives it a policy that runs nothing: FILE_POLICY), so a file
 * under public/ must not carry code or reach outside the site. A conservative text check, not a
 * parser: it refuses what it cannot rule out (a "<script" in a comment too), never the other way round.
 */
export function svgDangers(svg: string): string[] {
  const text = decodeXmlReferences(svg);
  const found: string[] = [];
  const element = /<(?:[\w.-]+:)?(script|foreignObject|iframe|embed|object|handler|listener)\b/i.exec(text);
  if (element) found.push(`a <${element[1]}> element`);
  const handler = /[\s"'/]((?:[\w.-]+:)?on[a-z]+)\s*=/i.exec(text);
  if (handler) found.push(`an event handler attribute (${handler[1]})`);
  if (/<!ENTITY/i.test(text) || /<!DOCTYPE[^>]*(?:SYSTEM|PUBLIC|\[)/i.test(text))
    found.push('a DOCTYPE declaring entities or naming an outside file');
  if (/<\?xml-stylesheet/i.test(text)) found.push('an xml-stylesheet instruction');
  if (/@import/i.test(text)) found.push('a CSS @import');
  if (/attributeName\s*=\s*["'](?:[\w.-]+:)?href["']/i.test(text)) found.push('an animation that rewrites a link');
  for (const match of text.matchAll(/[\s"']((?:[\w.-]+:)?(?:href|src))\s*=\s*(?:"([^"]*)"|'([^']*)')/gi)) {
    const value = (match[2] ?? match[3] ?? '').trim();
    if (!isInsideReference(value)) found.push(`${match[1]}="${shorten(value)}", outside the file and the site`);
  }
  for (const match of text.matchAll(/url\(\s*(["']?)([^"')]*)\1\s*\)/gi)) {
    const value = (match[2] ?? '').trim();
    if (!isInsideReference(value)) found.push(`url(${shorten(value)}), outside the file and the site`);
  }
  return [...new Set(found)];
}

/** A fragment (#id), a path on the site, or an embedded raster image: nothing from another origin. */
function isInsideReference(value: string): boolean {
  if (value.startsWith('#')) return true;
  if (/^data:image\/(?:png|jpeg|gif|webp|avif);/i.test(value)) return true;
  // Browsers drop tabs and newlines inside a URL ("java&#9;script:"): a value holding any control
  // character is refused rather than guessed at.
  if ([...value].some((c) => c.charCodeAt(0) < 0x20)) return false;
  // No scheme (javascript:, http:, data:text/html…) and no protocol-relative //host or \\host.
  return !/^[a-z][a-z0-9+.-]*:/i.test(value) && !/^[/\\]{2}/.test(value);
}

/** XML's numeric character references and its five named ones, so `&#106;avascript:` is seen as such. */
function decodeXmlReferences(text: string): string {
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
  return text.replace(/&(?:#x([0-9a-f]+)|#(\d+)|(amp|lt|gt|quot|apos));/gi, (whole, hex, dec, name) => {
    const code = hex ? Number.parseInt(hex, 16) : dec ? Number(dec) : undefined;
    if (code !== undefined) return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    return named[String(name).toLowerCase()] ?? whole;
  });
}

const shorten = (value: string) => (value.length > 50 ? `${value.slice(0, 47)}…` : value);

/**
 * Every SVG under public/ (served as it is, whether content names it or not; editor uploads land in
 * public/images/uploads/), checked by svgDangers. A compressed .svgz cannot be read here, so it is
 * refused outright.
 */
export function svgFileProblems(root: string): ContentProblem[] {
  const publicDir = join(root, 'public');
  let entries: string[];
  try {
    entries = readdirSync(publicDir, { recursive: true, encoding: 'utf8' });
  } catch {
    return [];
  }
  const problems: ContentProblem[] = [];
  for (const entry of entries.sort()) {
    const file = relative(root, join(publicDir, entry)).split('\\').join('/');
    if (/\.svgz$/i.test(entry)) {
      problems.push({
        file,
        field: '(file)',
        expected: 'an uncompressed .svg (a .svgz cannot be checked for scripts)',
      });
      continue;
    }
    if (!/\.svg$/i.test(entry)) continue;
    const dangers = svgDangers(readFileSync(join(publicDir, entry), 'utf8'));
    if (dangers.length > 0)
      problems.push({
        file,
        field: '(svg)',
        expected: `a picture without scripts, event handlers, foreignObject or outside references; found ${dangers.join('; ')}`,
      });
  }
  return problems;
}
