import MarkdownIt from 'markdown-it';

/*
 * Markdown from editors (written in the CMS or by hand) is rendered with raw HTML off: `html: false`
 * escapes any tag, so no <script>, no on* attribute and no <iframe> can come from content. On top of
 * markdown-it's own link check, links may only go to the web (http, https), mail or phone, or to a path
 * of this site; images only to a path of this site (no request may leave the site's origin, CONVENTIONS
 * habit 5). Nothing here writes an id or name attribute, so content cannot clash with the page's own
 * ids; if heading anchors are ever added they must be prefixed (see ID_PREFIX).
 */
const md = new MarkdownIt({ html: false, linkify: false, typographer: true });

/** The prefix any id generated from content must carry, so it cannot shadow the page's own ids. */
export const ID_PREFIX = 'c-';

const SAFE_SCHEMES = ['http', 'https', 'mailto', 'tel'];
const SAFE_IMAGE = /^\/(?!\/)/;

/** What markdown-it calls for every link and image destination; false drops the link, keeps the text. */
export function isSafeDestination(url: string): boolean {
  // Browsers ignore ASCII control characters and spaces inside a scheme ("java\tscript:"); so do we.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: browsers skip these inside a URL scheme, so must we
  const compact = url.replace(/[\u0000-\u0020\u007f]+/g, '').toLowerCase();
  const scheme = /^([a-z][a-z0-9+.-]*):/.exec(compact)?.[1];
  if (scheme !== undefined) return SAFE_SCHEMES.includes(scheme);
  // A path of this site or an anchor; "//host/…" would be another site without a scheme.
  return !compact.startsWith('//') && !compact.startsWith('\\');
}

md.validateLink = (url: string) => isSafeDestination(url);

const defaultImage = md.renderer.rules.image;
md.renderer.rules.image = (tokens, index, options, env, self) => {
  const token = tokens[index];
  const src = String(token?.attrGet('src') ?? '');
  // An image from elsewhere would be a request leaving the site: show its text alternative instead.
  if (!SAFE_IMAGE.test(src)) return md.utils.escapeHtml(token?.content ?? '');
  return defaultImage ? defaultImage(tokens, index, options, env, self) : self.renderToken(tokens, index, options);
};

const defaultLinkOpen = md.renderer.rules.link_open;
md.renderer.rules.link_open = (tokens, index, options, env, self) => {
  const token = tokens[index];
  // A link to another site opens without handing it this page (window.opener) or the referrer.
  if (token && /^https?:\/\//i.test(String(token.attrGet('href') ?? ''))) token.attrSet('rel', 'noopener noreferrer');
  return defaultLinkOpen
    ? defaultLinkOpen(tokens, index, options, env, self)
    : self.renderToken(tokens, index, options);
};

export function renderMarkdown(source: string): string {
  return md.render(source);
}
