import { describe, expect, it } from 'vitest';
import { backendSettingsFrom } from './backend-settings.ts';

describe('backendSettingsFrom', () => {
  it('defaults to decap-server on 8081 and no production repository', () => {
    expect(backendSettingsFrom({})).toEqual({ branch: 'main', localBackendUrl: 'http://127.0.0.1:8081/api/v1' });
  });
  it('reads the GitHub repository, branch, OAuth endpoint and decap-server port', () => {
    expect(
      backendSettingsFrom({
        CMS_GITHUB_REPO: 'qn-museum/guide',
        CMS_GITHUB_BRANCH: 'live',
        CMS_OAUTH_URL: 'https://cms-auth.example.vn/',
        DECAP_SERVER_PORT: '8082',
      }),
    ).toEqual({
      repo: 'qn-museum/guide',
      branch: 'live',
      oauthBaseUrl: 'https://cms-auth.example.vn',
      localBackendUrl: 'http://127.0.0.1:8082/api/v1',
    });
  });
  it('refuses a malformed repository, endpoint or port with the variable named', () => {
    expect(() => backendSettingsFrom({ CMS_GITHUB_REPO: 'guide' })).toThrow(/CMS_GITHUB_REPO/);
    expect(() => backendSettingsFrom({ CMS_OAUTH_URL: 'http://auth.example.vn' })).toThrow(/CMS_OAUTH_URL/);
    expect(() => backendSettingsFrom({ DECAP_SERVER_PORT: 'x' })).toThrow(/DECAP_SERVER_PORT/);
  });
});
