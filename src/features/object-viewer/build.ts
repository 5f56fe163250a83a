// What the build needs of the object viewer (src/integrations/ calls it): importing uploaded scans.
export { runPendingScanImports, SCANS_FOLDER } from './build/pending-scans.ts';
