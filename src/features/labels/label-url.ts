import { absoluteUrl, urls } from '../../urls.ts';

/**
 * What an exhibit label's QR code encodes: the exhibit's short link on the deployed site, e.g.
 * `https://guide.example.vn/x/qn-101/`. Built from the same `urls.shortLink` the `/x/` pages are, so
 * a printed code and the page it opens cannot drift apart.
 */
export function labelUrl(baseUrl: string, code: string): string {
  return absoluteUrl(baseUrl, urls.shortLink(code));
}
