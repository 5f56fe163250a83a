import { Component, type ComponentType, createElement as h, createRef } from 'react';
import { mediaOutsideFolder } from './media-outside-folder.ts';

type Field = { get: (key: string) => unknown };
type GetAsset = (path: string, field: Field) => unknown;
type Props = { getAsset: GetAsset } & Record<string, unknown>;
type Inner = { isValid?: () => unknown; focus?: (path?: string) => void };

/** Reads a file of the repository (a path such as "content/media/demo/x.jpg") and gives an object URL for it. */
export type LoadMedia = (repoPath: string) => Promise<string>;

/**
 * Decap's image control, showing also a saved photo that lies outside the field's upload folder
 * (media-outside-folder.ts): such a photo is read with `load` instead of by Decap, which would look in
 * the wrong folder and log an error. Everything else, uploads included, is Decap's own control.
 */
export function withImageOutsideFolder(Control: ComponentType<Props>, load: LoadMedia) {
  return class ImageOutsideFolder extends Component<Props, { loaded: number }> {
    override state = { loaded: 0 };
    private readonly inner = createRef<Inner>();
    /** Object URLs by repository path; null while loading or when the file cannot be read. */
    private readonly urls = new Map<string, string | null>();
    private bound?: { from: GetAsset; loaded: number; to: GetAsset };

    // Decap's Widget calls these on the control it was given.
    isValid = () => this.inner.current?.isValid?.() ?? true;
    focus = (path?: string) => this.inner.current?.focus?.(path);

    override componentWillUnmount() {
      for (const url of this.urls.values()) if (url) URL.revokeObjectURL(url);
    }

    /** A new function once a file has loaded: Decap's image re-asks for its asset when getAsset changes. */
    private getAsset(): GetAsset {
      const from = this.props.getAsset;
      const { loaded } = this.state;
      if (this.bound?.from === from && this.bound.loaded === loaded) return this.bound.to;
      const to: GetAsset = (path, field) => {
        const repoPath = mediaOutsideFolder(
          typeof path === 'string' ? path : '',
          String(field?.get('media_folder') ?? ''),
          String(field?.get('public_folder') ?? ''),
        );
        if (!repoPath) return from(path, field);
        if (!this.urls.has(repoPath)) {
          this.urls.set(repoPath, null);
          load(repoPath).then(
            (url) => {
              this.urls.set(repoPath, url);
              this.setState((s) => ({ loaded: s.loaded + 1 }));
            },
            () => {}, // no picture, as for a file that is missing; the field's value is kept as it is
          );
        }
        return this.urls.get(repoPath) ?? '';
      };
      this.bound = { from, loaded, to };
      return to;
    }

    override render() {
      return h(Control, { ...this.props, ref: this.inner, getAsset: this.getAsset() } as Props);
    }
  };
}

/** Reads a repository file through the local backend (decap-server), as Decap's proxy backend does. */
export function localBackendLoader(proxyUrl: string, branch: string): LoadMedia {
  return async (path) => {
    const response = await fetch(proxyUrl, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ branch, action: 'getMediaFile', params: { branch, path } }),
    });
    if (!response.ok) throw new Error(`${path}: ${response.status}`);
    const file = (await response.json()) as { content: string; encoding: string };
    if (file.encoding !== 'base64') throw new Error(`${path}: unexpected encoding ${file.encoding}`);
    const binary = atob(file.content);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return URL.createObjectURL(new Blob([bytes], { type: imageType(path) }));
  };
}

function imageType(path: string): string {
  const extension = path.split('.').pop()?.toLowerCase() ?? '';
  const types: Record<string, string> = { jpg: 'image/jpeg', jpeg: 'image/jpeg', png: 'image/png', webp: 'image/webp' };
  return types[extension] ?? (extension ? `image/${extension}` : 'application/octet-stream');
}
