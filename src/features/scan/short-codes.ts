/**
 * Label codes as people type or a camera reads them: any case, with or without the dash, with O for 0
 * and I or L for 1 (and the other way round). Matching compares a "skeleton" in which those look-alikes
 * are the same character, so "qn1o1" finds QN-101.
 */
export function codeSkeleton(input: string): string {
  return input
    .toUpperCase()
    .replace(/[^A-Z0-9]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
}

/** The real code `input` stands for, or null. An exact match wins over a look-alike. */
export function resolveCode(input: string, codes: readonly string[]): string | null {
  const exact = input.trim().toUpperCase();
  if (codes.includes(exact)) return exact;
  const skeleton = codeSkeleton(input);
  if (skeleton.length === 0) return null;
  const matches = codes.filter((code) => codeSkeleton(code) === skeleton);
  return matches.length === 1 ? (matches[0] ?? null) : null;
}

/** The label code in a scanned or opened short link of this site, e.g. ".../x/QN-101" → "QN-101" text. */
export function codeFromShortLink(url: string, siteOrigins: readonly string[]): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (!siteOrigins.includes(parsed.origin)) return null;
  const match = /^\/x\/([^/]+)\/?$/.exec(parsed.pathname);
  return match?.[1] ? decodeLinkSegment(match[1]) : null;
}

/**
 * A path segment of a short link as text. A malformed escape (a printed label whose link was cut,
 * "%E0%A4%A") makes decodeURIComponent throw a URIError, which stopped the scanner with the camera on;
 * the segment is then kept as it was written, and matches no code: an unknown code, said as such.
 */
export function decodeLinkSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
