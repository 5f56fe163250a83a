/**
 * What the downloads page tells a visitor about how long this device keeps what they downloaded.
 * Pure: the island passes in what it read from `navigator`, so the rules are tested without a browser.
 */

/** The parts of the browser the advice depends on. */
export interface BrowserTraits {
  userAgent: string;
  maxTouchPoints: number;
  /** Opened from the Home Screen (`display-mode: standalone`, or Safari's `navigator.standalone`). */
  standalone: boolean;
}

/**
 * Whether the visitor is on an iPhone or iPad in a browser tab. There, WebKit deletes everything a site
 * stored (its caches, so downloaded museums too) after 7 days of use without a visit to the site,
 * unless the site was added to the Home Screen ("Full Third-Party Cookie Blocking and More",
 * webkit.org/blog/10218). Every browser on iOS is WebKit, so the user agent's device is what counts.
 */
export function evictsAfterSevenDays({ userAgent, maxTouchPoints, standalone }: BrowserTraits): boolean {
  if (standalone) return false;
  if (/\b(iPhone|iPad|iPod)\b/.test(userAgent)) return true;
  // iPadOS asks for desktop sites by default and then says "Macintosh"; no Mac has a touch screen.
  return /\bMacintosh\b/.test(userAgent) && maxTouchPoints > 1;
}

/** The answer to "keep my downloads": kept for good, refused, or the browser has no way to ask. */
export type PersistOutcome = 'granted' | 'refused' | 'unsupported';

type PersistentStorage = Partial<Pick<StorageManager, 'persist' | 'persisted'>>;

/** Whether this site's storage is already kept for good (`undecided`: not yet asked, or not granted). */
export async function persistedState(
  storage: PersistentStorage | undefined,
): Promise<Exclude<PersistOutcome, 'refused'> | 'undecided'> {
  if (!storage?.persist) return 'unsupported';
  const kept = await storage.persisted?.().catch(() => false);
  return kept ? 'granted' : 'undecided';
}

/**
 * Asks the browser to keep this site's storage when space runs low. Firefox asks the visitor; Chromium
 * decides by itself (for example, granted to an installed app); WebKit builds without the API say
 * nothing, and the advice about the Home Screen is the only help there.
 */
export async function askToPersist(storage: PersistentStorage | undefined): Promise<PersistOutcome> {
  if (!storage?.persist) return 'unsupported';
  try {
    return (await storage.persist()) ? 'granted' : 'refused';
  } catch {
    return 'refused';
  }
}
