import { describe, expect, it } from 'vitest';
import { labelPlacement, MAX_LABEL_DISTANCE } from './label-placement.ts';

const size = { width: 1000, height: 500 };

describe('label placement', () => {
  it('puts a label over its anchor in whole pixels, nearer ones on top', () => {
    expect(labelPlacement({ x: 0.1234, y: 0, z: 0.5 }, 2, size)).toEqual({
      transform: 'translate(562px, 250px) translate(-50%, -50%)',
      zIndex: '980',
    });
    const near = Number(labelPlacement({ x: 0, y: 0, z: 0.5 }, 1, size)?.zIndex);
    const far = Number(labelPlacement({ x: 0, y: 0, z: 0.5 }, 5, size)?.zIndex);
    expect(near).toBeGreaterThan(far);
  });
  it('gives the same transform for a sub-pixel move, so the DOM is not rewritten', () => {
    const a = labelPlacement({ x: 0.1, y: 0.2, z: 0.5 }, 3, size);
    const b = labelPlacement({ x: 0.1004, y: 0.2004, z: 0.5 }, 3, size);
    expect(b?.transform).toBe(a?.transform);
  });
  it('hides labels behind the visitor, off screen, or too far', () => {
    expect(labelPlacement({ x: 0, y: 0, z: 1.2 }, 2, size)).toBeNull();
    expect(labelPlacement({ x: 1.5, y: 0, z: 0.5 }, 2, size)).toBeNull();
    expect(labelPlacement({ x: 0, y: 0, z: 0.5 }, MAX_LABEL_DISTANCE + 1, size)).toBeNull();
  });
});
