import { z } from 'zod';
import { languageSchema } from './language.ts';

/** A downloadable pack (a museum, or a destination), as written at build to /offline/packs/{pack id}.json. */
export const packFileSchema = z.strictObject({
  // A site path: "//host/…" or "/\host/…" (browsers read "\" as "/") would send the download to another site.
  url: z.string().regex(/^\/(?![/\\])[^\\\s]*$/, { error: 'expected a path on this site starting with a single "/"' }),
  bytes: z.number().int().min(0),
  /** Narration comes in two formats; the browser downloads the one it plays. */
  format: z.enum(['opus', 'mp3']).optional(),
});

export const packManifestSchema = z.strictObject({
  id: z.string(),
  /** The museum's or the destination's id. */
  museum: z.string(),
  lang: languageSchema,
  /** Changes whenever any file of the pack changes, so a downloaded pack knows it is out of date. */
  version: z.string(),
  files: z.array(packFileSchema),
  /** 3D models are a separate choice with their own size. */
  models: z.array(packFileSchema),
});

export type PackManifest = z.infer<typeof packManifestSchema>;
export type PackFile = z.infer<typeof packFileSchema>;
