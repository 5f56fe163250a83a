import { type ModelBuilder, part, pick } from '../exhibit-model.ts';
import { materials } from '../materials.ts';
import { mergeMeshes } from '../mesh-data.ts';
import { box } from '../primitives.ts';

/**
 * The 1884 Hòn Gai deed in a table case: a dark plinth, the aged sheet with vertical columns of
 * handwriting and a red seal, under a glass hood.
 */
export const honGaiMineDeed1884: ModelBuilder = (lod) => {
  const top = 0.9;
  const columns = pick(lod, 14, 7);
  const handwriting = mergeMeshes(
    Array.from({ length: columns }, (_, i) =>
      box([0.008, 0.001, 0.3], [-0.21 + (i * 0.38) / (columns - 1), top + 0.0035, 0.01]),
    ),
  );
  return [
    part('plinth', box([1.1, top, 0.75], [0, top / 2, 0]), materials.plinth),
    part('deed', box([0.52, 0.003, 0.38], [0, top + 0.0015, 0]), materials.paper),
    part('handwriting', handwriting, materials.ink),
    part('seal', box([0.06, 0.0012, 0.06], [0.17, top + 0.0035, -0.12]), materials.seal),
    part('glass-case', box([1.0, 0.3, 0.65], [0, top + 0.15, 0]), materials.glass),
  ];
};

/**
 * The 1932 notice to miners: a printed sheet in three language columns, framed on a wooden board
 * standing on two posts.
 */
export const minersNotice1932: ModelBuilder = (lod) => {
  const [width, height, bottom] = [1.3, 1.7, 0.35];
  const centre = bottom + height / 2;
  const face = 0.02;
  const rows = pick(lod, 24, 8);
  const lines = mergeMeshes(
    [-0.31, 0, 0.31].flatMap((x) =>
      Array.from({ length: rows }, (_, r) =>
        box([0.26, 0.012, 0.001], [x, centre + 0.45 - (r * 1.0) / rows, face + 0.0045]),
      ),
    ),
  );
  const headline = box([0.8, 0.05, 0.001], [0, centre + 0.55, face + 0.0045]);
  const frame = mergeMeshes([
    box([1.05, 0.05, 0.03], [0, centre + 0.7, face + 0.015]),
    box([1.05, 0.05, 0.03], [0, centre - 0.7, face + 0.015]),
    box([0.05, 1.35, 0.03], [0.5, centre, face + 0.015]),
    box([0.05, 1.35, 0.03], [-0.5, centre, face + 0.015]),
  ]);
  const stand = mergeMeshes([
    box([0.08, bottom + height + 0.1, 0.08], [0.6, (bottom + height + 0.1) / 2, -0.06]),
    box([0.08, bottom + height + 0.1, 0.08], [-0.6, (bottom + height + 0.1) / 2, -0.06]),
    box([0.1, 0.05, 0.5], [0.6, 0.025, -0.06]),
    box([0.1, 0.05, 0.5], [-0.6, 0.025, -0.06]),
  ]);
  return [
    part('board', box([width, height, 0.04], [0, centre, 0]), materials.timber),
    part('stand', stand, materials.timber, { accessory: true }),
    part('notice', box([0.95, 1.35, 0.004], [0, centre, face + 0.002]), materials.paper),
    part('printed-columns', mergeMeshes([lines, headline]), materials.ink),
    part('frame', frame, materials.ironwood),
  ];
};
