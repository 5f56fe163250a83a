/** A plain PBR metallic-roughness material: no textures, a colour written as people pick it (sRGB hex). */
export interface MaterialSpec {
  name: string;
  color: string;
  metallic: number;
  roughness: number;
  /** Below 1 the material is blended (glass). */
  opacity?: number;
}

const material = (name: string, color: string, metallic: number, roughness: number, opacity?: number): MaterialSpec =>
  opacity === undefined ? { name, color, metallic, roughness } : { name, color, metallic, roughness, opacity };

export const materials = {
  bronzePatina: material('bronze-patina', '#5f6b4c', 0.55, 0.55),
  bronze: material('bronze', '#7a5c34', 0.85, 0.42),
  gold: material('gold', '#d9a83e', 1, 0.28),
  terracotta: material('terracotta', '#a4553a', 0, 0.85),
  porcelain: material('porcelain', '#ece3cc', 0, 0.3),
  enamelRed: material('enamel-red', '#a8352c', 0, 0.35),
  enamelGreen: material('enamel-green', '#3e7650', 0, 0.35),
  celadon: material('celadon', '#9dbda3', 0, 0.28),
  blueWhite: material('blue-white', '#dfe7ef', 0, 0.25),
  cobalt: material('cobalt', '#2c4a8c', 0, 0.3),
  ironwood: material('ironwood', '#3f2b1d', 0, 0.8),
  timber: material('timber', '#86653f', 0, 0.85),
  bone: material('bone', '#e2d6bb', 0, 0.7),
  anthracite: material('anthracite', '#1a1b1e', 0.15, 0.32),
  steel: material('steel', '#5b6166', 0.9, 0.45),
  rustedSteel: material('rusted-steel', '#5e4434', 0.6, 0.7),
  limestone: material('limestone', '#7f8b85', 0, 0.9),
  calcite: material('calcite', '#cdb78e', 0, 0.55),
  mud: material('mud', '#4a3e30', 0, 0.95),
  sand: material('sand', '#c8b289', 0, 0.95),
  earth: material('earth', '#6f6455', 0, 0.95),
  water: material('water', '#2d5b62', 0, 0.12),
  coralOrange: material('coral-orange', '#e07a5f', 0, 0.8),
  coralPink: material('coral-pink', '#d9829b', 0, 0.8),
  coralBrain: material('coral-brain', '#b9a05e', 0, 0.85),
  shell: material('shell', '#6b5a33', 0.05, 0.45),
  paper: material('aged-paper', '#e6d5a4', 0, 0.9),
  ink: material('ink', '#3a332b', 0, 0.9),
  seal: material('seal-red', '#a3271f', 0, 0.6),
  glass: material('glass', '#e4f1f4', 0, 0.05, 0.18),
  plinth: material('plinth', '#2c2b2e', 0, 0.7),
  foliage: material('foliage', '#3d6a35', 0, 0.8),
  forest: material('forest', '#2f4a33', 0, 0.9),
  roofTile: material('roof-tile', '#7b3124', 0, 0.8),
  sail: material('sail', '#8e4b2e', 0, 0.9),
  machineYellow: material('machine-yellow', '#d9a322', 0.3, 0.55),
  sandstone: material('sandstone', '#b08862', 0, 0.92),
  sandstoneGrey: material('sandstone-grey', '#8f8373', 0, 0.92),
} satisfies Record<string, MaterialSpec>;

/** The base colour as glTF wants it: linear RGB plus alpha. */
export function linearColor(spec: MaterialSpec): [number, number, number, number] {
  const hex = /^#([0-9a-f]{6})$/i.exec(spec.color)?.[1];
  if (!hex) throw new Error(`material ${spec.name}: expected a colour as #rrggbb, got ${spec.color}`);
  const channel = (i: number) => {
    const c = Number.parseInt(hex.slice(i * 2, i * 2 + 2), 16) / 255;
    const linear = c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    return Math.round(linear * 1e4) / 1e4;
  };
  return [channel(0), channel(1), channel(2), spec.opacity ?? 1];
}
