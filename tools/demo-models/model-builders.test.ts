import { describe, expect, it } from 'vitest';
import { dimensionMismatches, parseDimensions } from './dimensions.ts';
import { type Lod, modelBounds } from './exhibit-model.ts';
import { readExhibitModelSources } from './exhibit-sources.ts';
import { normalLengthError, openEdgeCount, signedVolume, windingAgreement } from './mesh-checks.ts';
import { triangleCount } from './mesh-data.ts';
import { buildExhibitModel, modelBuilders } from './model-builders.ts';

const exhibits = readExhibitModelSources(process.cwd());
const lods: Lod[] = ['detailed', 'light'];

/** Parts turned on a lathe or cut as one rock: solids that must be closed. */
const WATERTIGHT = [
  'quang-chinh-bronze-drum/body',
  'quang-chinh-bronze-drum/tympanum',
  'tran-bronze-jar/body',
  'dau-ram-pottery-vase/body',
  'lotus-offering-dish/dish',
  'ngoa-van-gold-box/box',
  'ngoa-van-gold-box/lid',
  'anthracite-coal-block/block',
  'bach-dang-stakes/stakes',
  'whale-skeleton/skull',
  'karst-mountain-columns/column-1',
];

describe('exhibit models', () => {
  it('cover every exhibit in content/, and nothing else', () => {
    expect(exhibits.length).toBeGreaterThanOrEqual(20);
    expect(Object.keys(modelBuilders).sort()).toEqual(exhibits.map((e) => e.id));
  });

  for (const exhibit of exhibits) {
    for (const lod of lods) {
      it(`${exhibit.id} (${lod}) stands on y = 0, centred, at the size its dimensions give`, () => {
        const { parts } = buildExhibitModel(exhibit.id, lod);
        const { min, max } = modelBounds(parts);
        expect(min[1]).toBeCloseTo(0, 5);
        expect(min[0] + max[0]).toBeCloseTo(0, 5);
        expect(min[2] + max[2]).toBeCloseTo(0, 5);
        expect(dimensionMismatches(modelBounds(parts, true), parseDimensions(exhibit.dimensions ?? ''))).toEqual([]);
      });
    }

    it(`${exhibit.id}: parts have unique names, unit normals and faces wound outwards`, () => {
      const { parts } = buildExhibitModel(exhibit.id, 'detailed');
      const names = parts.map((p) => p.name);
      expect(new Set(names).size).toBe(names.length);
      for (const p of parts) {
        expect(p.name, p.name).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
        expect(normalLengthError(p.mesh), p.name).toBeLessThan(1e-5);
        expect(windingAgreement(p.mesh), p.name).toBe(1);
        expect(signedVolume(p.mesh), p.name).toBeGreaterThan(0);
      }
    });

    it(`${exhibit.id}: the light model has the same parts and fewer or as many triangles`, () => {
      const drawn = (lod: Lod) =>
        buildExhibitModel(exhibit.id, lod).parts.reduce(
          (sum, p) => sum + triangleCount(p.mesh) * (p.instances?.length ?? 1),
          0,
        );
      const names = (lod: Lod) => buildExhibitModel(exhibit.id, lod).parts.map((p) => p.name);
      expect(names('light')).toEqual(names('detailed'));
      expect(drawn('light')).toBeLessThanOrEqual(drawn('detailed'));
    });
  }

  it('closes the lathed and rock-cut solids', () => {
    for (const lod of lods) {
      for (const path of WATERTIGHT) {
        const [id, name] = path.split('/');
        const found = buildExhibitModel(id!, lod).parts.find((p) => p.name === name);
        expect(found, path).toBeDefined();
        expect(openEdgeCount(found!.mesh), `${path} (${lod})`).toBe(0);
      }
    }
  });

  it('draws the Bạch Đằng stakes as instances of one mesh', () => {
    const stakes = buildExhibitModel('bach-dang-stakes', 'light').parts.find((p) => p.name === 'stakes');
    expect(stakes?.instances?.length).toBe(24);
  });

  it('reuses one vertebra mesh along the whale spine', () => {
    const vertebrae = buildExhibitModel('whale-skeleton', 'light').parts.filter((p) => p.name.startsWith('vertebra-'));
    expect(vertebrae.length).toBeGreaterThan(40);
    expect(new Set(vertebrae.map((p) => p.mesh)).size).toBe(1);
  });
});
