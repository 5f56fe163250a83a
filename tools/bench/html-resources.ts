/** What one HTML document pulls in from the site before it can run, as found in its markup. */
export type HtmlResources = {
  /** hrefs of `<link rel="stylesheet">`. */
  stylesheets: string[];
  /** srcs of `<script src>` (classic or module) and hrefs of `<link rel="modulepreload">`. */
  scripts: string[];
  /** Bodies of inline JavaScript `<script>` elements, with whether they run as modules (may `import`). */
  inlineScripts: { code: string; module: boolean }[];
  /** Bodies of inline `<style>` elements (Astro inlines small stylesheets). */
  inlineStyles: string[];
  /** The document with the inline script and style bodies cut out, so no byte is counted twice. */
  markup: string;
};

// Types a browser executes as JavaScript; anything else (JSON-LD, import maps) is data and stays markup.
const javaScriptTypes = new Set(['', 'module', 'text/javascript', 'application/javascript']);

/**
 * Reads the resource references from HTML with regexes: the site's own build output is regular
 * enough, and a DOM parser would be a heavy dependency for a byte count.
 */
export function htmlResources(html: string): HtmlResources {
  const found: HtmlResources = { stylesheets: [], scripts: [], inlineScripts: [], inlineStyles: [], markup: '' };
  // Comments may hold commented-out tags that the browser never loads.
  const markupWithoutComments = html.replace(/<!--[\s\S]*?-->/g, '');
  for (const [, attrText] of markupWithoutComments.matchAll(/<link\b([^>]*)>/gi)) {
    const attrs = attributes(attrText ?? '');
    const rel = (attrs.rel ?? '').toLowerCase().split(/\s+/);
    if (!attrs.href) continue;
    if (rel.includes('stylesheet')) found.stylesheets.push(attrs.href);
    if (rel.includes('modulepreload')) found.scripts.push(attrs.href);
  }
  found.markup = markupWithoutComments
    .replace(/(<script\b([^>]*)>)([\s\S]*?)(<\/script\s*>)/gi, (whole, open, attrText, body, close) => {
      const attrs = attributes(attrText);
      const type = (attrs.type ?? '').trim().toLowerCase();
      if (!javaScriptTypes.has(type)) return whole;
      if (attrs.src !== undefined) {
        found.scripts.push(attrs.src);
        return whole;
      }
      found.inlineScripts.push({ code: body, module: type === 'module' });
      return open + close;
    })
    .replace(/(<style\b[^>]*>)([\s\S]*?)(<\/style\s*>)/gi, (_whole, open, body, close) => {
      found.inlineStyles.push(body);
      return open + close;
    });
  return found;
}

/** Attribute names (lower-cased) to values; a bare attribute such as `defer` maps to "". */
export function attributes(attrText: string): Record<string, string> {
  const result: Record<string, string> = {};
  for (const m of attrText.matchAll(/([^\s"'=<>/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g)) {
    result[m[1]!.toLowerCase()] = decodeEntities(m[2] ?? m[3] ?? m[4] ?? '');
  }
  return result;
}

// Only the entities that can appear in a URL the build writes; &amp; in a query string is the usual one.
function decodeEntities(value: string): string {
  return value
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'");
}
