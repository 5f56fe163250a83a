// What the build needs of splats (src/integrations/ calls it): importing uploaded captures.
export { CAPTURES_FOLDER, runPendingSplatImports } from './build/pending-captures.ts';
