import i18next, { type TFunction } from 'i18next';
import type { Language } from '../content/schemas/language.ts';
import { fallbackChain } from './fallback.ts';
import type { Translate, UiKey } from './ui-key.ts';
import { uiStrings } from './ui-strings.ts';

export type { Translate } from './ui-key.ts';

const resources = Object.fromEntries(
  Object.entries(uiStrings).map(([lang, strings]) => [lang, { translation: strings }]),
);

// One i18next instance for the whole site; keys are flat and dotted, so nesting is switched off.
const instance = i18next.createInstance();
void instance.init({
  resources,
  lng: 'vi',
  fallbackLng: (code: string) => fallbackChain(code as Language, 'vi'),
  keySeparator: false,
  nsSeparator: false,
  interpolation: { escapeValue: false },
  initAsync: false,
  returnNull: false,
});

const cache = new Map<Language, TFunction>();
const plainStrings = new Map<Language, Map<UiKey, string>>();

/** The `t()` for one language. Astro escapes what it renders, so i18next does not escape again. */
export function translator(lang: Language): Translate {
  let fixed = cache.get(lang);
  if (!fixed) {
    fixed = instance.getFixedT(lang);
    cache.set(lang, fixed);
  }
  const t = fixed;
  let plain = plainStrings.get(lang);
  if (!plain) {
    plain = new Map();
    plainStrings.set(lang, plain);
  }
  const strings = plain;
  return (key, values) => {
    if (values) return t(key, values) as string;
    // A string without values is the same every time: i18next's lookup and fallback run once.
    let text = strings.get(key);
    if (text === undefined) {
      text = t(key, {}) as string;
      strings.set(key, text);
    }
    return text;
  };
}

const dictionaries = new Map<Language, Readonly<Record<string, string>>>();

/**
 * Every UI string of `lang` as `t()` would give it without values (missing keys from the same fallback
 * chain, `{{slots}}` kept): what a component picks an island's strings from with `pickStrings`.
 */
export function uiStringsFor(lang: Language): Readonly<Record<string, string>> {
  let strings = dictionaries.get(lang);
  if (!strings) {
    strings = Object.assign(
      {},
      ...fallbackChain(lang, 'vi')
        .reverse()
        .map((l) => uiStrings[l]),
    ) as Record<string, string>;
    dictionaries.set(lang, strings);
  }
  return strings;
}
