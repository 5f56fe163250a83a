/**
 * Where a file widget's saved value lives in the repository when Decap cannot find it. Decap resolves
 * a relative value as the field's media_folder plus the value's file name only (decap-cms-core's
 * selectMediaFilePath takes the basename), so a value in another folder than the field's
 * public_folder, such as a demo render "media/demo/x.jpg" in a field that uploads to "media/exhibits",
 * is looked for at "content/media/exhibits/x.jpg" and not found. The repository path is the value
 * read the way the field writes one: its public_folder is the tail of its media_folder
 * ("/content/media/exhibits" and "media/exhibits"), so the value goes after the same head ("content/").
 *
 * Undefined when Decap finds the file itself (the value is in the field's folder, or absolute: a URL)
 * or when the two folders do not map onto each other that way.
 */
export function mediaOutsideFolder(value: string, mediaFolder: string, publicFolder: string): string | undefined {
  if (!value || /^(?:[a-z]+:)?\/\/|^\//i.test(value)) return undefined;
  const folder = value.includes('/') ? value.slice(0, value.lastIndexOf('/')) : '';
  const media = mediaFolder.replace(/^\/+|\/+$/g, '');
  const published = publicFolder.replace(/^\/+|\/+$/g, '');
  if (!folder || folder === published || value.split('/').includes('..')) return undefined;
  if (!published || !(media === published || media.endsWith(`/${published}`))) return undefined;
  return media.slice(0, media.length - published.length) + value;
}
