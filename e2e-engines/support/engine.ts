import { AssertionError } from 'node:assert/strict';
import type { Language } from '../../src/content/schemas/language.ts';

/**
 * What a journey needs from a browser, the same in every engine, so each journey is written once and
 * run in WebKit (classic WebDriver) and Firefox (WebDriver BiDi). Functions given to `evaluate` run in
 * the page: they are sent as their source text, so they must not use anything from this module.
 */
export interface EnginePage {
  goto(url: string): Promise<void>;
  url(): Promise<string>;
  evaluate<A extends unknown[], R>(fn: (...args: A) => R | Promise<R>, ...args: A): Promise<Awaited<R>>;
  /** A real click (pointer input through the driver), so it counts as the visitor's gesture. */
  click(selector: string): Promise<void>;
  /** A PNG of what the element shows on screen. */
  screenshot(selector: string): Promise<Buffer>;
}

export interface Engine {
  readonly name: 'webkit' | 'firefox';
  /** Whether this engine is run with WebGL, so the tour draws in 3D or offers its list instead. */
  readonly webgl: boolean;
  /** The language the site should pick from what the browser asks for. */
  readonly lang: Language;
  /** Presents itself as an iPhone, whose storage lasts 7 days without a visit. */
  readonly iPhone: boolean;
  /** Whether navigator.storage.persist() exists (and is answered "yes" in the test profile). */
  readonly persists: boolean;
  readonly page: EnginePage;
  quit(): Promise<void>;
}

/** What `waitFor` returns: the probe's value once truthy. */
type Truthy<T> = Exclude<T, null | undefined | false | 0 | ''>;

/**
 * Polls `probe` until it returns something truthy and returns that; fails after `timeout` with `what`
 * and the last value seen. Conditions are waited for, never slept on.
 */
export async function waitFor<T>(what: string, probe: () => Promise<T>, timeout = 15_000): Promise<Truthy<T>> {
  const deadline = Date.now() + timeout;
  let last: T | undefined;
  let failure: unknown;
  while (Date.now() < deadline) {
    try {
      last = await probe();
      failure = undefined;
      if (last) return last as Truthy<T>;
    } catch (error) {
      if (error instanceof AssertionError) throw error; // what the visitor sees is wrong: no use waiting
      failure = error; // a page in the middle of navigating
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const seen = failure instanceof Error ? failure.message : JSON.stringify(last);
  throw new Error(`Timed out after ${timeout} ms waiting for ${what} (last seen: ${seen})`);
}
