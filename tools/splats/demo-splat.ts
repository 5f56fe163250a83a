/**
 * The demo exhibit's splat: a generated stand-in for a capture of the Trần bronze jar (no public scan
 * can be fetched here), 80k splats in the capture tools' PLY layout, imported like a real scan.
 */
export const DEMO_SPLAT = { exhibit: 'tran-bronze-jar', count: 80_000, seed: 16 } as const;
