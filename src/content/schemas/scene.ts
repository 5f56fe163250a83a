import { z } from 'zod';
import { signedArea } from './signed-area.ts';
import { idSchema } from './common.ts';
import { splatSchema } from './splat.ts';

/*
 * A 3D walkthrough of one gallery, as written in scenes/{scene-id}.json. Units are metres; y is up and
 * the floor is the x/z plane. Angles are degrees about the y axis, as three.js's rotation.y: an object
 * at rotation 0 shows its front toward +z, at 90 toward +x; a camera at yaw 0 looks toward -z, at 90
 * toward -x — so a camera facing an object's front has the object's rotation as its yaw.
 */

const metres = z.number({ error: 'expected a distance in metres, a number' });
/** One message for a wrong type and for each bound, so the editor always reads the allowed range. */
const between = (what: string, min: number, max: number) => {
  const error = `expected ${what}, a number from ${min} to ${max}`;
  return z.number({ error }).min(min, { error }).max(max, { error });
};
const degrees = z.number({ error: 'expected an angle in degrees about the vertical axis, e.g. 90' });

export const vec3Schema = z.tuple([metres, metres, metres], {
  error: 'expected a point [x, y, z] in metres, e.g. [4, 0, 2.5]',
});
export const vec2Schema = z.tuple([metres, metres], { error: 'expected a floor point [x, z] in metres, e.g. [0, 12]' });

const colorSchema = z
  .string({ error: 'expected a colour written #rrggbb, e.g. "#1b1a1f"' })
  .regex(/^#[0-9a-fA-F]{6}$/, { error: 'expected a colour written #rrggbb, e.g. "#1b1a1f"' });

const materialError = 'expected a material { "color": "#rrggbb", "roughness": 0–1, "metalness": 0–1 }';
const opaqueMaterialSchema = z.strictObject(
  { color: colorSchema, roughness: between('a roughness', 0, 1), metalness: between('a metalness', 0, 1) },
  { error: materialError },
);
/** Glass (the vitrine, or any extra material) may be see-through. */
const materialSchema = opaqueMaterialSchema.extend({ opacity: between('an opacity', 0, 1).optional() });

const LIGHT_TYPES = ['ambient', 'hemisphere', 'directional', 'point'] as const;
const lightSchema = z
  .strictObject({
    type: z.enum(LIGHT_TYPES, { error: `expected one of ${LIGHT_TYPES.join(', ')}` }),
    color: colorSchema,
    intensity: z
      .number({ error: 'expected an intensity, a number ≥ 0' })
      .min(0, { error: 'expected an intensity ≥ 0' }),
    position: vec3Schema.optional(),
  })
  .refine((l) => l.type === 'ambient' || l.type === 'hemisphere' || l.position !== undefined, {
    error: 'expected a position [x, y, z] for a directional or point light',
    path: ['position'],
  });

const DOORWAY_KINDS = ['door', 'stairs'] as const;
export const doorwaySchema = z.strictObject({
  id: idSchema,
  edge: z
    .number({ error: 'expected the index of an edge of floor.outline (edge i runs from point i to point i+1)' })
    .int({ error: 'expected a whole edge index' })
    .min(0, { error: 'expected an edge index ≥ 0' }),
  offset: metres.min(0, { error: 'expected metres from the start of the edge, ≥ 0' }),
  width: between('a doorway width in metres', 0.8, 4),
  kind: z.enum(DOORWAY_KINDS, { error: `expected one of ${DOORWAY_KINDS.join(', ')}` }),
  to: z.strictObject({ scene: idSchema, doorway: idSchema }, { error: 'expected { "scene": id, "doorway": id }' }),
});

const MOUNTS = ['plinth', 'vitrine', 'wall', 'floor'] as const;
const positive = z.number({ error: 'expected a number > 0' }).positive({ error: 'expected a number > 0' });
export const placementSchema = z.strictObject({
  exhibit: idSchema,
  /** y is the level of the object's base: 0 on the floor, higher for something hung. */
  position: vec3Schema,
  rotation: degrees,
  scale: positive.default(1),
  mount: z.enum(MOUNTS, { error: `expected one of ${MOUNTS.join(', ')}` }),
  /** [width, depth] before rotation: the area a visitor cannot walk into. */
  footprint: z.tuple([positive, positive], { error: 'expected [width, depth] in metres' }).default([1, 1]),
});

/** A splat capture of a whole room or part of it (npm run splats:import --gallery), drawn beside the meshes. */
export const roomSplatSchema = z.strictObject({
  splat: splatSchema,
  position: vec3Schema.default([0, 0, 0]),
  rotation: degrees.default(0),
  scale: positive.default(1),
});

export const tourStopSchema = z.strictObject({
  exhibit: idSchema,
  camera: z.strictObject({ position: vec3Schema, target: vec3Schema }),
});

export const sceneSchema = z.strictObject({
  gallery: idSchema,
  wallHeight: between('a wall height in metres', 2.5, 12),
  floor: z.strictObject({
    outline: z
      .array(vec2Schema, { error: 'expected the floor outline as a list of [x, z] points' })
      .min(3, { error: 'expected at least 3 points in the floor outline' })
      // Walls face inward only when the winding is known; positive area is counter-clockwise here.
      .refine((points) => signedArea(points) > 0, {
        error:
          'expected the outline counter-clockwise on a plan with x to the right and z up the page (reverse the points)',
      }),
  }),
  materials: z
    .object(
      {
        floor: opaqueMaterialSchema,
        wall: opaqueMaterialSchema,
        plinth: opaqueMaterialSchema,
        vitrine: materialSchema,
      },
      { error: 'expected materials by name; every scene needs "floor", "wall", "plinth" and "vitrine"' },
    )
    .catchall(materialSchema),
  lights: z.array(lightSchema).max(8, { error: 'expected at most 8 lights (each one costs every frame)' }),
  spawn: z.strictObject({
    position: z.tuple([metres, between('an eye height in metres', 1.4, 1.8), metres], {
      error: 'expected the spawn point [x, eye height, z], e.g. [12, 1.6, 2]',
    }),
    yaw: degrees,
  }),
  doorways: z.array(doorwaySchema).default([]),
  placements: z.array(placementSchema),
  splats: z.array(roomSplatSchema).default([]),
  tour: z.array(tourStopSchema).default([]),
});

export type Vec3 = z.infer<typeof vec3Schema>;
export type Vec2 = z.infer<typeof vec2Schema>;
export type Doorway = z.infer<typeof doorwaySchema>;
export type ScenePlacement = z.infer<typeof placementSchema>;
export type RoomSplat = z.infer<typeof roomSplatSchema>;
export type TourStop = z.infer<typeof tourStopSchema>;
export type Scene = z.infer<typeof sceneSchema>;
/** A scene as loaded: its id is the file name, e.g. "history" for scenes/history.json. */
export type LoadedScene = Scene & { id: string; file: string };
