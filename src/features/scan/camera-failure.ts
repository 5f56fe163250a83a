/** Why the camera could not be used, as the visitor needs to hear it. */
export type CameraFailure = 'denied' | 'absent' | 'busy' | 'unsupported';

/**
 * The reason behind a getUserMedia rejection, from the DOMException's name (see
 * https://w3c.github.io/mediacapture-main/#dom-mediadevices-getusermedia). Older Chromium names
 * (PermissionDeniedError, DevicesNotFoundError, TrackStartError) are mapped too.
 */
export function cameraFailure(error: unknown): CameraFailure {
  const name = typeof error === 'object' && error !== null && 'name' in error ? String(error.name) : '';
  switch (name) {
    case 'NotAllowedError':
    case 'PermissionDeniedError':
    case 'SecurityError':
      return 'denied';
    case 'NotFoundError':
    case 'DevicesNotFoundError':
    case 'OverconstrainedError':
      return 'absent';
    case 'NotReadableError':
    case 'TrackStartError':
    case 'AbortError':
      return 'busy';
    default:
      return 'unsupported';
  }
}
