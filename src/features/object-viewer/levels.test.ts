import { describe, expect, it } from 'vitest';
import { modelLevels } from './levels.ts';

describe('the object viewer levels', () => {
  it('loads the light level first and streams the detailed one after', () => {
    const model = { src: '/models/a.glb', light: '/models/a.light.glb', kind: 'mesh', origin: 'scan' } as const;
    expect(modelLevels({ model })).toEqual({ kind: 'mesh', first: '/models/a.light.glb', detailed: '/models/a.glb' });
  });
  it('has one level when there is no light one, and none without a model', () => {
    const model = { src: '/models/a.glb', kind: 'mesh', origin: 'procedural' } as const;
    expect(modelLevels({ model })).toEqual({ kind: 'mesh', first: '/models/a.glb', detailed: null });
    expect(modelLevels({})).toBeNull();
  });
});
