import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Scene } from '../schemas/scene.ts';
import { loadCatalog } from '../loader/load-catalog.ts';
import { ContentError, formatProblem } from '../loader/problems.ts';
import { loadScenes } from './load-scenes.ts';

// The content fixture is the catalog; our overlay adds scenes/ and a second gallery for the stairs.
const CONTENT = join(import.meta.dirname, '..', '..', '..', 'test', 'fixtures', 'content', 'valid');
const OVERLAY = join(import.meta.dirname, '..', '..', '..', 'test', 'fixtures', 'scenes', 'valid');
const FIRST = 'scenes/first-floor.json';
const SECOND = 'scenes/second-floor.json';
const made: string[] = [];

function rootWith(change: (root: string) => void = () => undefined): string {
  const root = mkdtempSync(join(tmpdir(), 'scenes-'));
  made.push(root);
  cpSync(CONTENT, root, { recursive: true });
  cpSync(OVERLAY, root, { recursive: true });
  change(root);
  return root;
}

const editScene = (file: string, change: (scene: Scene) => void) => (root: string) => {
  const path = join(root, file);
  const scene = JSON.parse(readFileSync(path, 'utf8')) as Scene;
  change(scene);
  writeFileSync(path, JSON.stringify(scene));
};
const editText = (file: string, from: string, to: string) => (root: string) => {
  const text = readFileSync(join(root, file), 'utf8');
  if (!text.includes(from)) throw new Error(`fixture edit did nothing in ${file}: ${from}`);
  writeFileSync(join(root, file), text.replace(from, to));
};
const write = (file: string, text: string) => (root: string) => writeFileSync(join(root, file), text);
/** Stands in for a value the schema must refuse, e.g. a string where a number belongs. */
const bad = <T>(value: unknown) => value as T;

function problemsOf(root: string): string[] {
  try {
    loadScenes(root, loadCatalog(root));
  } catch (error) {
    if (error instanceof ContentError) return error.problems.map(formatProblem);
    throw error;
  }
  return [];
}

afterEach(() => {
  for (const root of made.splice(0)) rmSync(root, { recursive: true, force: true });
});

describe('loadScenes on valid scenes', () => {
  it('reads every scene, named by its file, with defaults filled in', () => {
    const root = rootWith();
    const scenes = loadScenes(root, loadCatalog(root));
    expect(scenes.map((s) => [s.id, s.file, s.gallery])).toEqual([
      ['first-floor', FIRST, 'first-floor'],
      ['second-floor', SECOND, 'second-floor'],
    ]);
    const stele = scenes[0]?.placements[1];
    expect([stele?.scale, stele?.footprint]).toEqual([1, [1, 1]]);
  });

  it('has nothing to load without a scenes folder', () => {
    expect(loadScenes(CONTENT, loadCatalog(CONTENT))).toEqual([]);
  });
});

type Case = { name: string; change: (root: string) => void; file: string; field: string; expected: RegExp };
const cases: Case[] = [
  {
    name: 'unknown exhibit id',
    change: editScene(FIRST, (s) => (s.placements[1]!.exhibit = 'ghost')),
    ...{
      file: FIRST,
      field: 'placements[1].exhibit',
      expected: /an exhibit id from content\/exhibits\/, found "ghost"/,
    },
  },
  {
    name: 'tour stop of an exhibit not placed here',
    change: editScene(FIRST, (s) => s.placements.pop()),
    ...{ file: FIRST, field: 'tour[1].exhibit', expected: /placed in this scene.*"stone-stele"/ },
  },
  {
    name: 'tour stop of an unknown exhibit',
    change: editScene(FIRST, (s) => (s.tour[0]!.exhibit = 'ghost')),
    ...{ file: FIRST, field: 'tour[0].exhibit', expected: /content\/exhibits\/, found "ghost"/ },
  },
  {
    name: 'exhibit of another gallery',
    change: editText('content/exhibits/stone-stele.vi.md', 'gallery: first-floor', 'gallery: second-floor'),
    ...{ file: FIRST, field: 'placements[1].exhibit', expected: /gallery "first-floor".*"second-floor"/ },
  },
  {
    name: 'exhibit placed twice',
    change: editScene(FIRST, (s) => s.placements.push({ ...s.placements[0]!, position: [2, 0, 6] })),
    ...{ file: FIRST, field: 'placements[2].exhibit', expected: /placed once.*placements\[0\]/ },
  },
  {
    name: 'unknown gallery',
    change: editScene(FIRST, (s) => (s.gallery = 'attic')),
    ...{ file: FIRST, field: 'gallery', expected: /gallery in content\/galleries\/, found "attic"/ },
  },
  {
    name: 'gallery whose scene field names a scene of another gallery',
    change: editText('content/galleries/first-floor.vi.md', 'floor: 1', 'floor: 1\nscene: second-floor'),
    ...{ file: SECOND, field: 'gallery', expected: /"first-floor", whose scene field/ },
  },
  {
    name: 'doorway to a missing scene',
    change: editScene(FIRST, (s) => (s.doorways[0]!.to.scene = 'attic')),
    ...{ file: FIRST, field: 'doorways[0].to.scene', expected: /found "attic" \(no scenes\/attic\.json\)/ },
  },
  {
    name: 'doorway to a missing doorway',
    change: editScene(FIRST, (s) => (s.doorways[0]!.to.doorway = 'lift')),
    ...{
      file: FIRST,
      field: 'doorways[0].to.doorway',
      expected: /doorway id of scenes\/second-floor\.json \(stairs-down\)/,
    },
  },
  {
    name: 'doorway whose partner leads elsewhere',
    change: editScene(SECOND, (s) => s.doorways.push({ ...s.doorways[0]!, id: 'lift', edge: 3 })),
    ...{ file: SECOND, field: 'doorways[1].to', expected: /leads back here.*not "second-floor\/lift"/ },
  },
  {
    name: 'doorway wider than its edge',
    change: editScene(FIRST, (s) => Object.assign(s.doorways[0]!, { offset: 6, width: 3 })),
    ...{ file: FIRST, field: 'doorways[0].width', expected: /fits on edge 1 \(8 m long\).*found 6 \+ 3/ },
  },
  {
    name: 'doorway on an edge the outline does not have',
    change: editScene(FIRST, (s) => (s.doorways[0]!.edge = 9)),
    ...{ file: FIRST, field: 'doorways[0].edge', expected: /0 to 3, found 9/ },
  },
  {
    name: 'placement outside the outline',
    change: editScene(FIRST, (s) => (s.placements[0]!.position = [20, 0, 4])),
    ...{ file: FIRST, field: 'placements[0].position', expected: /inside floor\.outline, found \[20,4\]/ },
  },
  {
    name: 'spawn inside an exhibit',
    change: editScene(FIRST, (s) => (s.spawn.position = [4, 1.6, 4.2])),
    ...{ file: FIRST, field: 'spawn.position', expected: /clear of walls and exhibit footprints/ },
  },
  {
    name: 'spawn eye height out of range',
    change: editScene(FIRST, (s) => (s.spawn.position = [2, 3, 1.5])),
    ...{ file: FIRST, field: 'spawn.position[1]', expected: /eye height.*1\.4 to 1\.8, found 3/ },
  },
  {
    name: 'self-intersecting outline',
    change: editScene(
      FIRST,
      (s) =>
        (s.floor.outline = [
          [0, 0],
          [12, 0],
          [12, 8],
          [6, -2],
          [0, 8],
        ]),
    ),
    ...{ file: FIRST, field: 'floor.outline', expected: /edges do not cross; edge 0 .* meets edge 2/ },
  },
  {
    name: 'clockwise outline',
    change: editScene(FIRST, (s) => s.floor.outline.reverse()),
    ...{ file: FIRST, field: 'floor.outline', expected: /counter-clockwise/ },
  },
  {
    name: 'wall height out of range',
    change: editScene(FIRST, (s) => (s.wallHeight = 20)),
    ...{ file: FIRST, field: 'wallHeight', expected: /wall height .* 2\.5 to 12, found 20/ },
  },
  {
    name: 'colour not #rrggbb',
    change: editScene(FIRST, (s) => (s.materials.wall.color = 'black')),
    ...{ file: FIRST, field: 'materials.wall.color', expected: /#rrggbb.*found "black"/ },
  },
  {
    name: 'missing wall material',
    change: editScene(FIRST, (s) => Reflect.deleteProperty(s.materials, 'wall')),
    ...{ file: FIRST, field: 'materials.wall', expected: /material.*but it is missing/ },
  },
  {
    name: 'point light without a position',
    change: editScene(FIRST, (s) => Reflect.deleteProperty(s.lights[1]!, 'position')),
    ...{ file: FIRST, field: 'lights[1].position', expected: /position \[x, y, z\] for a directional or point light/ },
  },
  {
    name: 'footprint with a negative width',
    change: editScene(FIRST, (s) => (s.placements[1]!.footprint = [-1, 1])),
    ...{ file: FIRST, field: 'placements[1].footprint[0]', expected: /> 0/ },
  },
  {
    name: 'unknown mount',
    change: editScene(FIRST, (s) => (s.placements[0]!.mount = bad('ceiling'))),
    ...{ file: FIRST, field: 'placements[0].mount', expected: /plinth, vitrine, wall, floor/ },
  },
  {
    name: 'misspelt field',
    change: editScene(FIRST, (s) => Object.assign(s, { placement: s.placements })),
    ...{ file: FIRST, field: 'placement', expected: /unknown field/ },
  },
  {
    name: 'invalid JSON',
    change: write(FIRST, '{ "gallery": "first-floor", }'),
    ...{ file: FIRST, field: '(json)', expected: /valid JSON: .+/ },
  },
  {
    name: 'second scene claiming a gallery that already has one',
    change: editScene(SECOND, (s) => (s.gallery = 'first-floor')),
    ...{ file: SECOND, field: 'gallery', expected: /"first-floor" is already shown by scenes\/first-floor\.json/ },
  },
  {
    name: 'bytes that are not UTF-8',
    change: (root) =>
      writeFileSync(
        join(root, FIRST),
        Buffer.concat([Buffer.from('{"gallery": "first'), Buffer.from([0xe9]), Buffer.from('"}')]),
      ),
    ...{ file: FIRST, field: '(encoding)', expected: /line 1, byte 19 .*E9 22, which are not UTF-8/ },
  },
  {
    name: 'file name not kebab-case',
    change: write('scenes/First_Floor.json', '{}'),
    ...{ file: 'scenes/First_Floor.json', field: '(file name)', expected: /kebab-case/ },
  },
];

describe('loadScenes refuses malformed scenes', () => {
  it.each(cases)('$name → $file, $field', ({ change, file, field, expected }) => {
    const problems = problemsOf(rootWith(change));
    const matching = problems.filter((p) => p.startsWith(`${file} → ${field}:`));
    expect(problems, 'the scenes should be refused').not.toEqual([]);
    expect(matching, `no problem names ${file} → ${field}; got:\n${problems.join('\n')}`).not.toEqual([]);
    expect(matching.join('\n')).toMatch(expected);
  });

  it('lists every problem of a run, not only the first', () => {
    const root = rootWith((r) => {
      editScene(FIRST, (s) => (s.wallHeight = 1))(r);
      editScene(SECOND, (s) => (s.materials.floor.roughness = 3))(r);
    });
    expect(problemsOf(root)).toEqual([
      expect.stringMatching(/^scenes\/first-floor\.json → wallHeight:/),
      expect.stringMatching(/^scenes\/second-floor\.json → materials\.floor\.roughness:/),
    ]);
  });
});
