// What the build needs of narration (src/integrations/ calls it): importing uploaded recordings.
export { MASTERS_FOLDER, runPendingImports } from './recording/pending-imports.ts';
