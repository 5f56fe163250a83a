/**
 * localStorage that never throws: private browsing, a full disk or a refused permission makes it
 * answer null and forget quietly. Everything kept here (the language chosen, where the story was, the
 * map's street layer) is a convenience, never something a page needs.
 */
export const stored = {
  get(key: string): string | null {
    try {
      return localStorage.getItem(key);
    } catch {
      return null;
    }
  },
  /** Keeps `value` under `key`; null removes it. */
  set(key: string, value: string | null): void {
    try {
      if (value === null) localStorage.removeItem(key);
      else localStorage.setItem(key, value);
    } catch {
      // Not remembered; the choice still holds for this page.
    }
  },
};

/** The key of the visitor's chosen language, shared by the chooser, the switcher and short links. */
export const LANGUAGE_KEY = 'lang';
