/** The parts of an npm v3 lock file this check reads. */
export interface PackageLock {
  packages: Record<string, { optionalDependencies?: Record<string, string> }>;
}

/** One optional dependency the lock does not hold, with the package that asks for it. */
export interface MissingOptional {
  /** The lock key of the package that declares it, e.g. "node_modules/rollup". */
  owner: string;
  dependency: string;
}

/**
 * Optional dependencies declared in the lock that have no entry of their own. Native packages
 * (rollup, esbuild, biome, pagefind, sharp, Astro's compiler) ship one optional package per platform;
 * a lock written on Linux by an older npm kept only the Linux ones, and `npm ci` then refused it on
 * every Mac, Windows or ARM machine ("Missing: @rollup/rollup-darwin-arm64 from lock file"). npm 11
 * records every platform's entry whatever the machine, so any gap means the lock was damaged, e.g.
 * by a merge that took one side's lock.
 */
export function missingOptionalDependencies(lock: PackageLock): MissingOptional[] {
  const missing: MissingOptional[] = [];
  for (const [owner, entry] of Object.entries(lock.packages)) {
    for (const dependency of Object.keys(entry.optionalDependencies ?? {})) {
      if (resolveInLock(lock, owner, dependency) === undefined) missing.push({ owner, dependency });
    }
  }
  return missing;
}

/** Where Node would find `name` from the package at `from`: its own node_modules, then each parent's. */
export function resolveInLock(lock: PackageLock, from: string, name: string): string | undefined {
  let base = from;
  for (;;) {
    const key = `${base === '' ? '' : `${base}/`}node_modules/${name}`;
    if (key in lock.packages) return key;
    if (base === '') return undefined;
    const parent = base.lastIndexOf('/node_modules/');
    base = parent < 0 ? '' : base.slice(0, parent);
  }
}
