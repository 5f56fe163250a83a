/**
 * Finds what an XSS payload would need in rendered HTML: an element that runs code or loads another
 * document, an event-handler attribute, or a URL attribute with a script or data scheme. Text content
 * is escaped by the renderers, so every "<" in their output starts a real tag; this scans those tags.
 * Used by the tests that feed the XSS corpus through every field that reaches a page.
 */
const TAG = /<([a-zA-Z][\w:-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?)*)\s*\/?>/y;
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s"'>]+))?/g;
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'srcdoc', 'data', 'poster']);
const ACTIVE_ELEMENTS = new Set(['iframe', 'object', 'embed', 'base', 'frame', 'frameset', 'applet']);
const BAD_SCHEME = /^(?:javascript|vbscript|data|file):/i;

export interface MarkupOptions {
  /** Whether <script> elements may exist (a whole page has its own); their text must still be clean. */
  allowScripts: boolean;
  /** Ids must start with this prefix (content fragments); undefined allows any id (whole pages). */
  idPrefix?: string;
  /**
   * Whether a meta refresh to a path of this site may exist (a whole page that forwards a moved
   * address). One to another site, or to any other scheme, is always a problem; content never has one.
   */
  allowSiteForwards?: boolean;
}

/** A meta refresh's target when it is a path of this site ("/vi/map/ha-long/"), else undefined. */
const siteForward = (tag: string) => /\bcontent\s*=\s*["']\s*\d+\s*;\s*url=(\/(?!\/)[\w\-./?=&%]*)["']/i.exec(tag)?.[1];

const decode = (value: string) =>
  value
    .replace(/^["']|["']$/g, '')
    .replace(/&#x([0-9a-f]+);?/gi, (_, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16)))
    .replace(/&#(\d+);?/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&colon;/gi, ':')
    .replace(/&tab;|&newline;/gi, '')
    .replace(/&amp;/g, '&');

export function unsafeMarkup(html: string, options: MarkupOptions): string[] {
  const problems: string[] = [];
  // Walk the document in order, tag by tag, so a "<" inside a quoted attribute value (harmless, e.g.
  // <meta content="<script>…">) is never mistaken for a tag, and script text is read as script.
  let at = html.indexOf('<');
  while (at !== -1) {
    TAG.lastIndex = at;
    const tag = TAG.exec(html);
    if (!tag) {
      at = html.indexOf('<', at + 1);
      continue;
    }
    checkTag(tag, options, problems);
    let end = TAG.lastIndex;
    const name = (tag[1] ?? '').toLowerCase();
    if (name === 'script' || name === 'style') {
      const close = html.toLowerCase().indexOf(`</${name}`, end);
      const body = html.slice(end, close === -1 ? html.length : close);
      // Inside a script element, the corpus's calls must never appear as code. JSON data blocks are not
      // run (and their "<" is written \u003c, so they cannot end early).
      const data = /type\s*=\s*["']?application\/(?:ld\+)?json/i.test(tag[0]);
      if (!data && /alert\(|msgbox\(|evil\.example/i.test(body))
        problems.push(`payload code inside a <${name}>: ${body.slice(0, 120)}`);
      end = close === -1 ? html.length : close;
    }
    at = html.indexOf('<', end);
  }
  return problems;
}

function checkTag(tag: RegExpExecArray, options: MarkupOptions, problems: string[]): void {
  const name = (tag[1] ?? '').toLowerCase();
  if (name === 'script' && !options.allowScripts) problems.push(`a <script> element: ${tag[0]}`);
  if (ACTIVE_ELEMENTS.has(name)) problems.push(`an active <${name}> element: ${tag[0]}`);
  if (
    name === 'meta' &&
    /http-equiv\s*=\s*["']?refresh/i.test(tag[0]) &&
    !(options.allowSiteForwards && siteForward(tag[0]))
  )
    problems.push(`a meta refresh: ${tag[0]}`);
  for (const attribute of (tag[2] ?? '').matchAll(ATTRIBUTE)) {
    const attr = (attribute[1] ?? '').toLowerCase();
    // biome-ignore lint/suspicious/noControlCharactersInRegex: browsers skip these inside a URL scheme, so must we
    const value = decode(attribute[2] ?? '').replace(/[\u0000-\u0020\u007f]+/g, '');
    if (attr.startsWith('on')) problems.push(`an event handler ${attr}= in ${tag[0]}`);
    if (URL_ATTRIBUTES.has(attr) && BAD_SCHEME.test(value)) problems.push(`a ${value.split(':')[0]}: URL in ${tag[0]}`);
    if (attr === 'style' && /javascript:|expression\(|url\(/i.test(value))
      problems.push(`a style with code in ${tag[0]}`);
    if ((attr === 'id' || attr === 'name') && options.idPrefix !== undefined && !value.startsWith(options.idPrefix)) {
      problems.push(`an unprefixed ${attr}="${value}" in ${tag[0]}`);
    }
  }
}
