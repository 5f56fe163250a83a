/**
 * The demo exhibit's splat: a generated stand-in for a capture of the Trần bronze jar (no public scan
 * can be fetched here), 80k splats in the capture tools' PLY layout, imported like a real scan.
 */
export const DEMO_SPLAT = { exhibit: 'tran-bronze-jar', count: 80_000, seed: 16 } as const;

/**
 * The demo room splat: a generated stand-in for a capture of part of a gallery (a limestone cave wall
 * with stalactites, tools/splats/generated-room.ts), imported with `splats:import --gallery`.
 */
export const DEMO_ROOM_SPLAT = { gallery: 'nature-and-sea', count: 100_000, seed: 25 } as const;
