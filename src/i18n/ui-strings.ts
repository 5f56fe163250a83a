import type { Language } from '../content/schemas/language.ts';
import en from '../../content/ui/en.json' with { type: 'json' };
import fr from '../../content/ui/fr.json' with { type: 'json' };
import ja from '../../content/ui/ja.json' with { type: 'json' };
import ko from '../../content/ui/ko.json' with { type: 'json' };
import vi from '../../content/ui/vi.json' with { type: 'json' };
import zh from '../../content/ui/zh.json' with { type: 'json' };

/** UI strings per language: flat dotted keys, one JSON file per language in content/ui/. */
export const uiStrings: Record<Language, Record<string, string>> = { vi, en, zh, ko, ja, fr };

/** A key of the UI strings, checked against the English file so a typo fails type-checking. */
export type UiKey = keyof typeof en extends infer K ? (K extends `${infer Base}_${'one' | 'other'}` ? Base : K) : never;
