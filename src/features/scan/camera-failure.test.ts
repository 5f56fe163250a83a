import { describe, expect, it } from 'vitest';
import { cameraFailure } from './camera-failure.ts';

const rejection = (name: string) => Object.assign(new Error('getUserMedia failed'), { name });

describe('cameraFailure', () => {
  it('tells a refusal from a missing or busy camera', () => {
    expect(cameraFailure(rejection('NotAllowedError'))).toBe('denied');
    expect(cameraFailure(rejection('SecurityError'))).toBe('denied');
    expect(cameraFailure(rejection('NotFoundError'))).toBe('absent');
    expect(cameraFailure(rejection('OverconstrainedError'))).toBe('absent');
    expect(cameraFailure(rejection('NotReadableError'))).toBe('busy');
  });

  it('understands the names older Chromium used', () => {
    expect(cameraFailure(rejection('PermissionDeniedError'))).toBe('denied');
    expect(cameraFailure(rejection('DevicesNotFoundError'))).toBe('absent');
    expect(cameraFailure(rejection('TrackStartError'))).toBe('busy');
  });

  it('calls anything else unsupported', () => {
    expect(cameraFailure(new TypeError('navigator.mediaDevices is undefined'))).toBe('unsupported');
    expect(cameraFailure('weird')).toBe('unsupported');
    expect(cameraFailure(undefined)).toBe('unsupported');
  });
});
