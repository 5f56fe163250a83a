/**
 * The origins a label's short link may carry: the page's own (a preview or a second host name) and the
 * configured `baseUrl` printed on the labels. Anything that does not parse as a URL is left out.
 */
export function siteOrigins(pageOrigin: string, configuredUrls: readonly string[]): string[] {
  const origins = new Set<string>();
  for (const url of [pageOrigin, ...configuredUrls]) {
    try {
      const { origin } = new URL(url);
      if (origin !== 'null') origins.add(origin);
    } catch {
      // A malformed data attribute must not stop the scanner; the page's own origin still works.
    }
  }
  return [...origins];
}
