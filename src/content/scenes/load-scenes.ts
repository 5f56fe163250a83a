import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Catalog } from '../schemas/catalog.ts';
import { type LoadedScene, type Scene, sceneSchema } from '../schemas/scene.ts';
import { ContentError, type ContentProblem } from '../loader/problems.ts';
import { validate } from '../loader/validate.ts';
import { decodeContentFile } from '../loader/utf8.ts';
import { doorwayLinkProblems } from './check-links.ts';
import { sceneProblems } from './check-scene.ts';

const SCENE_FILE = /^([a-z0-9]+(?:-[a-z0-9]+)*)\.json$/;

/**
 * Reads, validates and cross-checks every `{root}/scenes/{scene-id}.json` against the catalog. Like
 * loadCatalog, it throws one ContentError listing every problem (file, field, what was expected)
 * rather than handing the walkthrough a scene it cannot trust.
 */
export function loadScenes(root: string, catalog: Catalog): LoadedScene[] {
  const dir = join(root, 'scenes');
  if (!existsSync(dir)) return [];
  const problems: ContentProblem[] = [];
  const ids = new Set<string>();
  const scenes: LoadedScene[] = [];
  for (const name of readdirSync(dir).sort()) {
    if (name.startsWith('.')) continue;
    const file = `scenes/${name}`;
    const id = SCENE_FILE.exec(name)?.[1];
    if (!id) {
      problems.push({
        file,
        field: '(file name)',
        expected: 'a name like "{scene-id}.json" with a kebab-case id, e.g. "history.json"',
      });
      continue;
    }
    // A scene that fails its schema still exists as a doorway target; only its contents are unknown.
    ids.add(id);
    const scene = readScene(join(dir, name), file, problems);
    if (scene) scenes.push({ id, file, ...scene });
  }
  // A gallery has one walkthrough: its page and a deep link to an exhibit open the gallery's scene.
  const shownBy = new Map<string, string>();
  for (const scene of scenes) {
    problems.push(...sceneProblems(scene, catalog), ...doorwayLinkProblems(scene, scenes, ids));
    const first = shownBy.get(scene.gallery);
    if (first === undefined) shownBy.set(scene.gallery, scene.file);
    else
      problems.push({
        file: scene.file,
        field: 'gallery',
        expected: `a gallery no other scene shows (a gallery has one walkthrough); "${scene.gallery}" is already shown by ${first}`,
      });
  }
  if (problems.length > 0) throw new ContentError(problems);
  return scenes;
}

function readScene(path: string, file: string, problems: ContentProblem[]): Scene | undefined {
  let data: unknown;
  try {
    const decoded = decodeContentFile(readFileSync(path), file);
    if ('problem' in decoded) {
      problems.push(decoded.problem);
      return undefined;
    }
    data = JSON.parse(decoded.text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    problems.push({ file, field: '(json)', expected: `valid JSON: ${message}` });
    return undefined;
  }
  const result = validate(sceneSchema, data, file);
  if (result.ok) return result.value;
  problems.push(...result.problems);
  return undefined;
}
