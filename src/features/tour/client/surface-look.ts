/** A scene material as the scene file gives it (physically based terms). */
export interface SurfaceSpec {
  color?: string | undefined;
  roughness?: number | undefined;
  metalness?: number | undefined;
}

/**
 * The room's surfaces (floor, walls, plinths, vitrines) are drawn with Blinn-Phong instead of the
 * physically based model: they cover most of the picture, and every pixel of them is lit by every
 * light of the room (six point lights in the demo galleries); the GGX terms per light made the walk's
 * frames the slowest part of the tour on software WebGL. The scene keeps its PBR terms; this maps
 * them: smoother means a tighter highlight, metal tints it with the surface colour.
 */
export function surfaceLook(spec: SurfaceSpec): { color: string; specular: string; shininess: number } {
  const roughness = Math.min(1, Math.max(0, spec.roughness ?? 0.8));
  const metalness = Math.min(1, Math.max(0, spec.metalness ?? 0));
  const color = spec.color ?? '#808080';
  const grey = 0.04 + 0.5 * (1 - roughness) ** 2;
  const mix = (channel: number) => Math.round(255 * Math.min(1, grey * (1 - metalness) + (channel / 255) * metalness));
  const hex = /^#?([0-9a-f]{6})$/i.exec(color)?.[1] ?? '808080';
  const [r, g, b] = [0, 2, 4].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));
  const specular = `#${[r, g, b]
    .map((c) =>
      mix(c ?? 128)
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
  return { color, specular, shininess: Math.round(2 + 200 * (1 - roughness) ** 2) };
}
