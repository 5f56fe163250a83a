import { describe, expect, it } from 'vitest';
import { mediaOutsideFolder } from './media-outside-folder.ts';

describe('mediaOutsideFolder', () => {
  const exhibits = ['/content/media/exhibits', 'media/exhibits'] as const;

  it('finds a demo render saved outside the field’s upload folder under content/', () => {
    expect(mediaOutsideFolder('media/demo/tran-bronze-jar.jpg', ...exhibits)).toBe(
      'content/media/demo/tran-bronze-jar.jpg',
    );
  });

  it('leaves to Decap what it finds itself: an upload in the field’s folder, a URL, an absolute path', () => {
    expect(mediaOutsideFolder('media/exhibits/front.jpg', ...exhibits)).toBeUndefined();
    expect(mediaOutsideFolder('https://example.org/a.jpg', ...exhibits)).toBeUndefined();
    expect(mediaOutsideFolder('/images/uploads/a.png', '/public/images/uploads', '/images/uploads')).toBeUndefined();
    expect(mediaOutsideFolder('', ...exhibits)).toBeUndefined();
  });

  it('does not guess when the folders do not map onto each other or the value climbs out', () => {
    expect(mediaOutsideFolder('docs/a.pdf', '/static/uploads', 'files')).toBeUndefined();
    expect(mediaOutsideFolder('media/../../etc/passwd.jpg', ...exhibits)).toBeUndefined();
    expect(mediaOutsideFolder('a.jpg', ...exhibits)).toBeUndefined();
  });
});
