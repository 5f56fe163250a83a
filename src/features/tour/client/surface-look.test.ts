import { describe, expect, it } from 'vitest';
import { surfaceLook } from './surface-look.ts';

describe('room surfaces as Blinn-Phong', () => {
  it('gives smooth surfaces a tight, bright highlight and rough ones a broad, faint one', () => {
    const smooth = surfaceLook({ color: '#221e1b', roughness: 0.1 });
    const rough = surfaceLook({ color: '#221e1b', roughness: 0.9 });
    expect(smooth.shininess).toBeGreaterThan(rough.shininess);
    expect(Number.parseInt(smooth.specular.slice(1, 3), 16)).toBeGreaterThan(
      Number.parseInt(rough.specular.slice(1, 3), 16),
    );
  });
  it('tints a metal highlight with its colour, keeps a dielectric one grey', () => {
    expect(surfaceLook({ color: '#ff0000', roughness: 0.5, metalness: 1 }).specular).toBe('#ff0000');
    const plastic = surfaceLook({ color: '#ff0000', roughness: 0.5, metalness: 0 }).specular;
    expect(plastic.slice(1, 3)).toBe(plastic.slice(3, 5));
  });
  it('keeps the colour as given', () => {
    expect(surfaceLook({ color: '#100f0f', roughness: 0.15, metalness: 0.55 }).color).toBe('#100f0f');
  });
});
