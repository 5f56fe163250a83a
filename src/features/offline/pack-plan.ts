import type { PackFile, PackManifest } from '../../content/schemas/offline-pack.ts';

/** What this browser downloads of a pack: narration in the one format it plays, models if chosen. */
export function filesToDownload(pack: PackManifest, options: { playsOpus: boolean; models: boolean }): PackFile[] {
  const skip = options.playsOpus ? 'mp3' : 'opus';
  return [...pack.files.filter((f) => f.format !== skip), ...(options.models ? pack.models : [])];
}

export function totalBytes(files: readonly PackFile[]): number {
  return files.reduce((sum, f) => sum + f.bytes, 0);
}

/** "12.4 MB", "850 kB" in the page's language. */
export function formatBytes(bytes: number, locale: string): string {
  const [value, unit] =
    bytes >= 1e9 ? [bytes / 1e9, 'gigabyte'] : bytes >= 1e6 ? [bytes / 1e6, 'megabyte'] : [bytes / 1e3, 'kilobyte'];
  return new Intl.NumberFormat(locale, { style: 'unit', unit, maximumFractionDigits: value < 10 ? 1 : 0 }).format(
    value,
  );
}

/**
 * A pack manifest as fetched from the network, checked where it enters; null when it is not one.
 * Hand-written rather than zod so the downloads page ships a few hundred bytes, not a schema library.
 */
export function parsePackManifest(value: unknown): PackManifest | null {
  if (!value || typeof value !== 'object') return null;
  const v = value as Record<string, unknown>;
  const isFile = (f: unknown): f is PackFile => {
    const x = f as Record<string, unknown> | null;
    return (
      !!x &&
      typeof x.url === 'string' &&
      x.url.startsWith('/') &&
      typeof x.bytes === 'number' &&
      x.bytes >= 0 &&
      (x.format === undefined || x.format === 'opus' || x.format === 'mp3')
    );
  };
  const ok =
    typeof v.id === 'string' &&
    typeof v.museum === 'string' &&
    typeof v.lang === 'string' &&
    typeof v.version === 'string' &&
    Array.isArray(v.files) &&
    v.files.every(isFile) &&
    Array.isArray(v.models) &&
    v.models.every(isFile);
  return ok ? (value as PackManifest) : null;
}

/** Storage full, in the ways browsers say it. */
export function isQuotaError(error: unknown): boolean {
  const name = (error as { name?: string } | null)?.name;
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED';
}

/** The record a finished download leaves, written last: a pack without it is incomplete. */
export interface InstalledPack {
  id: string;
  version: string;
  bytes: number;
  date: string;
  models: boolean;
}

export const PACK_CACHE_PREFIX = 'pack:';
export const PACK_RECORD_URL = '/__offline-pack__';
