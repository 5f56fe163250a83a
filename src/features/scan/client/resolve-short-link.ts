import { chooseLanguage } from '../../../i18n/negotiate.ts';
import { loadCodeTable } from '../code-table.ts';
import { decodeLinkSegment, resolveCode } from '../short-codes.ts';
import type { Language } from '../../../content/schemas/language.ts';
import { LANGUAGE_KEY, stored } from '../../../client/storage.ts';

/**
 * Runs on the not-found page. A mistyped short link (/x/QN-1O1, /x/qn101) is forwarded to its exhibit
 * in the visitor's language; an unknown code goes to the keypad page with the code shown, never to any
 * address outside this site.
 */
const match = /^\/x\/([^/]+)\/?$/.exec(location.pathname);
const root = document.querySelector<HTMLElement>('[data-short-link-resolver]');
if (match?.[1] && root) {
  const typed = decodeLinkSegment(match[1]).slice(0, 24);
  const offered = (root.dataset.languages ?? '').split(' ') as Language[];
  const lang = chooseLanguage(
    { stored: stored.get(LANGUAGE_KEY), preferred: navigator.languages ?? [] },
    offered,
    root.dataset.default as Language,
  );
  void loadCodeTable(root.dataset.codes ?? '').then((table) => {
    const codes = table ?? {};
    const code = resolveCode(typed, Object.keys(codes));
    const id = code ? codes[code] : undefined;
    location.replace(id ? `/${lang}/exhibits/${id}/` : `/${lang}/scan/?unknown=${encodeURIComponent(typed)}`);
  });
}
