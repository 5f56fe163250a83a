// What the build's other features need of media: sources uploaded in the editor (scans, splat captures).
export { needsImport, UploadRefused, type UploadedSource, uploadedSource } from './build/uploaded-source.ts';
export {
  type ImportCacheKey,
  importCacheFolder,
  importThroughCache,
  keepImport,
  reuseCachedImport,
} from './build/import-cache.ts';
