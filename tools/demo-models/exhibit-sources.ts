import { urls } from '../../src/urls.ts';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readContentDocument } from '../../src/content/loader/documents.ts';

/** What the model generator needs from an exhibit's default-language file. */
export interface ExhibitModelSource {
  id: string;
  /** Path from the project root, e.g. content/exhibits/whale-skeleton.vi.md. */
  file: string;
  gallery: string;
  dimensions?: string;
  /** "procedural" unless the model was imported by models:import (a scan, or generated test material). */
  origin: string;
}

/** Where an exhibit's two models are served from: the detailed model and the light one for the walkthrough. */
export function modelPaths(id: string): { src: string; light: string } {
  return urls.model(id);
}

/**
 * Lists the exhibits in `{root}/content/exhibits` by their default-language files (which hold the
 * shared fields), without validating the rest: the generator must run even while `model` paths point
 * at files not made yet.
 */
export function readExhibitModelSources(root: string): ExhibitModelSource[] {
  const site = readContentDocument(join(root, 'content/site.yaml'), 'content/site.yaml');
  if ('problem' in site) throw new Error(`content/site.yaml: ${site.problem.expected}`);
  const language = String(site.document.data.defaultLanguage ?? 'vi');
  const suffix = `.${language}.md`;
  return readdirSync(join(root, 'content/exhibits'))
    .filter((name) => name.endsWith(suffix))
    .sort()
    .map((name) => {
      const file = `content/exhibits/${name}`;
      const read = readContentDocument(join(root, file), file);
      if ('problem' in read) throw new Error(`${file} → ${read.problem.field}: ${read.problem.expected}`);
      const { gallery, dimensions, model } = read.document.data;
      const origin = (model as { origin?: unknown } | undefined)?.origin;
      return {
        id: name.slice(0, -suffix.length),
        file,
        gallery: String(gallery),
        origin: typeof origin === 'string' ? origin : 'procedural',
        ...(typeof dimensions === 'string' ? { dimensions } : {}),
      };
    });
}
