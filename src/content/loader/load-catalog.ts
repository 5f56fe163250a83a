import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { CONTENT_KINDS, type ContentKind, KIND_NAMES, type KindName } from '../kinds.ts';
import type { Catalog } from '../schemas/catalog.ts';
import { siteSchema } from '../schemas/site.ts';
import { crossCheck } from './cross-check.ts';
import { readContentDocument } from './documents.ts';
import { readLocalizedKind } from './localized.ts';
import { ContentError, type ContentProblem } from './problems.ts';
import { validate } from './validate.ts';

/**
 * Reads, validates and cross-checks everything under `{root}/content`. Throws a ContentError listing
 * every problem (file, field, what was expected) rather than returning a partial catalog.
 */
export function loadCatalog(root: string): Catalog {
  const problems: ContentProblem[] = [];
  const siteFile = 'content/site.yaml';
  const siteRead = readContentDocument(join(root, siteFile), siteFile);
  if ('problem' in siteRead) throw new ContentError([siteRead.problem]);
  const siteResult = validate(siteSchema, siteRead.document.data, siteFile);
  if (!siteResult.ok) throw new ContentError(siteResult.problems);
  const site = siteResult.value;
  const { languages, defaultLanguage } = site;
  problems.push(...uiFileProblems(root, languages, siteFile));

  // Every kind of the registry, read the same way; the registry's type check keeps this a Catalog.
  const catalog = { site } as Catalog;
  for (const name of KIND_NAMES) {
    const kind: ContentKind = CONTENT_KINDS[name];
    const entries = readLocalizedKind(root, kind, languages, defaultLanguage, problems);
    (catalog as unknown as Record<KindName, typeof entries>)[name] = entries;
  }
  problems.push(...crossCheck(catalog, root));
  if (problems.length > 0) throw new ContentError(problems);
  sortCatalog(catalog);
  return catalog;
}

/**
 * A language is offered by naming it in site.yaml and giving its UI strings in content/ui/{code}.json.
 * (A content folder without ui/ at all, as the unit tests' small fixtures, is checked for content only.)
 */
function uiFileProblems(root: string, languages: readonly string[], siteFile: string): ContentProblem[] {
  const dir = join(root, 'content', 'ui');
  if (!existsSync(dir)) return [];
  return languages.flatMap((lang, i) =>
    existsSync(join(dir, `${lang}.json`))
      ? []
      : [
          {
            file: siteFile,
            field: `languages[${i}]`,
            expected: `a language with its UI strings in content/ui/${lang}.json, which does not exist (copy content/ui/en.json and translate it)`,
          },
        ],
  );
}

function sortCatalog(catalog: Catalog): void {
  const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
  catalog.destinations.sort((a, b) => a.order - b.order || byId(a, b));
  catalog.museums.sort(byId);
  catalog.galleries.sort((a, b) => a.museum.localeCompare(b.museum) || a.order - b.order || byId(a, b));
  catalog.exhibits.sort((a, b) => a.gallery.localeCompare(b.gallery) || a.order - b.order || byId(a, b));
  catalog.places.sort(byId);
  catalog.experts.sort(byId);
}
