import type { Catalog } from '../schemas/catalog.ts';
import type { Language } from '../schemas/language.ts';
import type { Scene } from '../schemas/scene.ts';
import type { Splat } from '../schemas/splat.ts';
import { localize } from '../loader/localize.ts';
import { urls } from '../../urls.ts';

/** Everything the 3D island needs, computed at build time and handed over as JSON. */
export interface TourData {
  sceneId: string;
  lang: Language;
  scene: Scene;
  placements: (Scene['placements'][number] & {
    code: string;
    title: string;
    model: string | null;
    detail: string | null;
    splat: Splat | null;
  })[];
  doorways: (Scene['doorways'][number] & { href: string; label: string })[];
  strings: Record<string, string>;
}

export function tourData(
  catalog: Pick<Catalog, 'exhibits' | 'site'>,
  scenes: ReadonlyMap<string, Scene>,
  sceneId: string,
  lang: Language,
  strings: Record<string, string>,
  galleryTitle: (galleryId: string) => string,
): TourData {
  const scene = scenes.get(sceneId);
  if (!scene) throw new Error(`no scene "${sceneId}"`);
  const exhibits = new Map(catalog.exhibits.map((e) => [e.id, e]));
  return {
    sceneId,
    lang,
    scene,
    placements: scene.placements.map((p) => {
      const exhibit = exhibits.get(p.exhibit);
      if (!exhibit) throw new Error(`scene ${sceneId}: no exhibit ${p.exhibit}`);
      return {
        ...p,
        code: exhibit.code,
        title: localize(exhibit, lang, catalog.site.defaultLanguage).fields.title,
        // The light level of detail goes to the walk; the detailed one is for a close look.
        model: exhibit.model?.light ?? exhibit.model?.src ?? null,
        detail: exhibit.model?.light ? exhibit.model.src : null,
        splat: exhibit.splat ?? null,
      };
    }),
    doorways: scene.doorways.map((d) => {
      const target = scenes.get(d.to.scene);
      return {
        ...d,
        href: `${urls.tour(lang, d.to.scene)}?door=${encodeURIComponent(d.to.doorway)}`,
        label: target ? galleryTitle(target.gallery) : d.to.scene,
      };
    }),
    strings,
  };
}
