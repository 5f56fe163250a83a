import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

/** What the server configuration needs from content/site.yaml. */
export type DeploySettings = { languages: string[]; tileUrl: string | undefined };

/**
 * Reads content/site.yaml leniently, for astro.config.mjs, which runs before the content check: a
 * broken file yields no tile host and no languages here, and the content check then refuses it with
 * the file and field, instead of the config crashing with a stack trace.
 */
export function readDeploySettings(root: string): DeploySettings {
  let site: { languages?: unknown; map?: { onlineLayer?: { url?: unknown } } } = {};
  try {
    site = (parse(readFileSync(join(root, 'content', 'site.yaml'), 'utf8')) ?? {}) as typeof site;
  } catch {
    // Reported by the content check.
  }
  const languages = Array.isArray(site.languages) ? site.languages.filter((l) => typeof l === 'string') : [];
  const url = site.map?.onlineLayer?.url;
  return { languages, tileUrl: typeof url === 'string' && /^https?:\/\//.test(url) ? url : undefined };
}
