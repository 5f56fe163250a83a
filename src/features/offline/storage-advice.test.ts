import { describe, expect, it } from 'vitest';
import { askToPersist, evictsAfterSevenDays, persistedState } from './storage-advice.ts';

const agents = {
  iPhoneSafari:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 18_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.5 Mobile/15E148 Safari/604.1',
  iPhoneChrome:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 18_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/138.0.7204.119 Mobile/15E148 Safari/604.1',
  iPadDesktopMode:
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.5 Safari/605.1.15',
  android:
    'Mozilla/5.0 (Linux; Android 15; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/138.0.0.0 Mobile Safari/537.36',
  firefox: 'Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0',
};

describe('the 7-day storage limit of iPhone and iPad', () => {
  it('applies to every browser tab on an iPhone, and to an iPad that asks for desktop sites', () => {
    for (const userAgent of [agents.iPhoneSafari, agents.iPhoneChrome])
      expect(evictsAfterSevenDays({ userAgent, maxTouchPoints: 5, standalone: false })).toBe(true);
    expect(evictsAfterSevenDays({ userAgent: agents.iPadDesktopMode, maxTouchPoints: 5, standalone: false })).toBe(
      true,
    );
  });
  it('does not apply once the site is opened from the Home Screen', () => {
    expect(evictsAfterSevenDays({ userAgent: agents.iPhoneSafari, maxTouchPoints: 5, standalone: true })).toBe(false);
  });
  it('is not claimed for a Mac, Android or a desktop Firefox', () => {
    expect(evictsAfterSevenDays({ userAgent: agents.iPadDesktopMode, maxTouchPoints: 0, standalone: false })).toBe(
      false,
    );
    for (const userAgent of [agents.android, agents.firefox])
      expect(evictsAfterSevenDays({ userAgent, maxTouchPoints: 5, standalone: false })).toBe(false);
  });
});

describe('asking to keep the downloads', () => {
  it('reports what the browser answered', async () => {
    expect(await askToPersist({ persist: async () => true })).toBe('granted');
    expect(await askToPersist({ persist: async () => false })).toBe('refused');
    expect(await askToPersist({ persist: () => Promise.reject(new DOMException('no', 'NotAllowedError')) })).toBe(
      'refused',
    );
  });
  it('says so where the browser has no way to ask', async () => {
    expect(await askToPersist(undefined)).toBe('unsupported');
    expect(await askToPersist({})).toBe('unsupported');
    expect(await persistedState({ persisted: async () => true })).toBe('unsupported');
  });
  it('knows when the downloads are already kept', async () => {
    const storage = { persist: async () => true, persisted: async () => true };
    expect(await persistedState(storage)).toBe('granted');
    expect(await persistedState({ ...storage, persisted: async () => false })).toBe('undecided');
  });
});
