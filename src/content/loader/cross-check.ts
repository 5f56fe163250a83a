import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Catalog } from '../schemas/catalog.ts';
import { todayIn } from '../../features/places/freshness.ts';
import { destinationProblems } from './destination-check.ts';
import type { ContentProblem } from './problems.ts';
import { uniqueKeyProblems } from './unique-keys.ts';

/** Checks what one file cannot check alone: references resolve, codes are unique, named files exist. */
export function crossCheck(catalog: Catalog, root: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const ids = (list: { id: string }[]) => new Set(list.map((x) => x.id));
  const museums = new Map(catalog.museums.map((m) => [m.id, m]));
  const galleries = new Map(catalog.galleries.map((g) => [g.id, g]));
  const exhibits = ids(catalog.exhibits);
  const experts = ids(catalog.experts);
  const categories = new Set(catalog.site.placeCategories.map((c) => c.id));
  const tags = new Set(catalog.site.placeTags.map((t) => t.id));
  const publicFile = (file: string, field: string, path: string | undefined) => {
    if (path === undefined) return;
    const found = statSync(join(root, 'public', path), { throwIfNoEntry: false });
    if (!found) problems.push({ file, field, expected: `a file at public${path}, which does not exist` });
    // A folder "exists" too, but a page cannot show or play it.
    else if (!found.isFile()) problems.push({ file, field, expected: `a file at public${path}, which is a folder` });
  };

  // Sources uploaded in the editor (a scan, a splat capture) live under content/, never public/.
  const uploadedFile = (file: string, field: string, path: string | undefined) => {
    if (path !== undefined && !existsSync(join(root, 'content', path)))
      problems.push({
        file,
        field,
        expected: `the uploaded file content/${path}, which does not exist: upload it again`,
      });
  };

  for (const museum of catalog.museums) {
    publicFile(museum.file, 'image', museum.image);
  }
  for (const gallery of catalog.galleries) {
    if (!museums.has(gallery.museum)) {
      problems.push({
        file: gallery.file,
        field: 'museum',
        expected: `the id of a museum in content/museums/, found "${gallery.museum}"`,
      });
    }
    if (gallery.scene !== undefined && !existsSync(join(root, 'scenes', `${gallery.scene}.json`))) {
      problems.push({
        file: gallery.file,
        field: 'scene',
        expected: `a scene file scenes/${gallery.scene}.json, which does not exist`,
      });
    }
    publicFile(gallery.file, 'image', gallery.image);
  }

  for (const exhibit of catalog.exhibits) {
    const gallery = galleries.get(exhibit.gallery);
    if (!gallery) {
      problems.push({
        file: exhibit.file,
        field: 'gallery',
        expected: `the id of a gallery in content/galleries/, found "${exhibit.gallery}"`,
      });
    } else {
      const prefix = museums.get(gallery.museum)?.codePrefix;
      if (prefix && !exhibit.code.startsWith(`${prefix}-`)) {
        problems.push({
          file: exhibit.file,
          field: 'code',
          expected: `a code starting with its museum's prefix "${prefix}-", found "${exhibit.code}"`,
        });
      }
    }
    exhibit.related.forEach((id, i) => {
      if (!exhibits.has(id) || id === exhibit.id) {
        problems.push({
          file: exhibit.file,
          field: `related[${i}]`,
          expected: `the id of another exhibit, found "${id}"`,
        });
      }
    });
    publicFile(exhibit.file, 'image', exhibit.image);
    publicFile(exhibit.file, 'model.src', exhibit.model?.src);
    publicFile(exhibit.file, 'model.light', exhibit.model?.light);
    for (const level of ['coarse', 'phone', 'desktop'] as const)
      publicFile(exhibit.file, `splat.${level}.src`, exhibit.splat?.[level]?.src);
    uploadedFile(exhibit.file, 'scan', exhibit.scan);
    uploadedFile(exhibit.file, 'splatCapture', exhibit.splatCapture);
    for (const translation of Object.values(exhibit.translations)) {
      if (!translation) continue;
      const audio = translation.fields.audio;
      if (!audio) continue;
      if ((audio.opus || audio.mp3) && !audio.captions) {
        problems.push({
          file: translation.file,
          field: 'audio.captions',
          expected: 'a WebVTT captions file for the narration audio (every narration has a transcript)',
        });
      }
      publicFile(translation.file, 'audio.opus', audio.opus);
      publicFile(translation.file, 'audio.mp3', audio.mp3);
      publicFile(translation.file, 'audio.captions', audio.captions);
    }
  }

  // Today where the site is (as the freshness badge counts it), not in UTC: an expert in Hạ Long who
  // verifies a place at 7 in the morning writes that day's date, which is still yesterday in UTC.
  const today = todayIn(catalog.site.timezone);
  for (const place of catalog.places) {
    if (!categories.has(place.category)) {
      problems.push({
        file: place.file,
        field: 'category',
        expected: `one of the categories in content/site.yaml (${[...categories].join(', ')}), found "${place.category}"`,
      });
    }
    place.tags.forEach((tag, i) => {
      if (!tags.has(tag))
        problems.push({
          file: place.file,
          field: `tags[${i}]`,
          expected: `one of the tags in content/site.yaml (${[...tags].join(', ')}), found "${tag}"`,
        });
    });
    if (!experts.has(place.verifiedBy)) {
      problems.push({
        file: place.file,
        field: 'verifiedBy',
        expected: `the id of an expert in content/experts/, found "${place.verifiedBy}"`,
      });
    }
    if (place.verifiedOn > today)
      problems.push({
        file: place.file,
        field: 'verifiedOn',
        expected: `a date not in the future, found ${place.verifiedOn}`,
      });
    publicFile(place.file, 'photo', place.photo);
  }
  for (const expert of catalog.experts) publicFile(expert.file, 'photo', expert.photo);
  for (const destination of catalog.destinations) publicFile(destination.file, 'image', destination.image);
  problems.push(...destinationProblems(catalog));
  problems.push(...uniqueKeyProblems(catalog));
  return problems;
}
