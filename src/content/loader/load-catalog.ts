import { join } from 'node:path';
import type { z } from 'zod';
import type { Catalog } from '../schemas/catalog.ts';
import { exhibitBaseSchema, exhibitTranslationSchema } from '../schemas/exhibit.ts';
import { expertBaseSchema, expertTranslationSchema } from '../schemas/expert.ts';
import { galleryBaseSchema, galleryTranslationSchema } from '../schemas/gallery.ts';
import { museumBaseSchema, museumTranslationSchema } from '../schemas/museum.ts';
import { placeBaseSchema, placeTranslationSchema } from '../schemas/place.ts';
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

  const each = { languages, defaultLanguage };
  const read = <B extends z.ZodObject, T extends z.ZodObject>(folder: string, base: B, translation: T) =>
    readLocalizedKind(root, { folder, base, translation }, each.languages, each.defaultLanguage, problems);
  const catalog: Catalog = {
    site,
    museums: read('museums', museumBaseSchema, museumTranslationSchema),
    galleries: read('galleries', galleryBaseSchema, galleryTranslationSchema),
    exhibits: read('exhibits', exhibitBaseSchema, exhibitTranslationSchema),
    places: read('places', placeBaseSchema, placeTranslationSchema),
    experts: read('experts', expertBaseSchema, expertTranslationSchema),
  };
  problems.push(...crossCheck(catalog, root));
  if (problems.length > 0) throw new ContentError(problems);
  sortCatalog(catalog);
  return catalog;
}

function sortCatalog(catalog: Catalog): void {
  const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
  catalog.museums.sort(byId);
  catalog.galleries.sort((a, b) => a.museum.localeCompare(b.museum) || a.order - b.order || byId(a, b));
  catalog.exhibits.sort((a, b) => a.gallery.localeCompare(b.gallery) || a.order - b.order || byId(a, b));
  catalog.places.sort(byId);
  catalog.experts.sort(byId);
}
