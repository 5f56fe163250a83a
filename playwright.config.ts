import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './tools/browser/chromium.ts';

// The browser tests run against the built site (dist/) served by nginx, in Debian's Chromium: no test
// downloads a browser. `npm test` builds first; `tools/cli/ensure-browser.sh` installs Chromium when it is missing.
// E2E_PORT lets two checkouts run their browser tests side by side on one machine.
const PORT = Number(process.env.E2E_PORT ?? 4399);
const PHONE = { ...devices['Pixel 7'], defaultBrowserType: 'chromium' as const, isMobile: true };
const EDITOR_SPECS =
  /\/(admin|admin-security|admin-uploads|admin-tap-to-sync|reports-experts-fixed|reports-end-to-end)\.spec\.ts$/;

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  reporter: [['list']],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'off',
    launchOptions: {
      executablePath: CHROMIUM_PATH,
      args: CHROMIUM_ARGS,
    },
  },
  projects: [
    { name: 'phone', testIgnore: EDITOR_SPECS, use: PHONE },
    // The specs that run the editor on a copy of the site (astro dev + decap-server each) run one at a
    // time: two copies at once share Vite's bundled dependencies (node_modules/.vite) and the two
    // cores, and one copy's editor then stayed on "loading" while the other re-bundled.
    // Listed last, so they run on a machine with nothing else to do. Listed first (both workers busy:
    // about 6 minutes less), the dev server's first render of a destination page took more than its
    // 30 s in CI while phone tests ran beside it (2026-12-06); kept last until that page is faster.
    { name: 'editor', testMatch: EDITOR_SPECS, workers: 1, use: PHONE },
  ],
  // nginx with deploy/nginx.conf, as the museum will run it (installed by tools/cli/ensure-browser.sh);
  // E2E_SERVER=node uses the Node server of `npm start` instead.
  webServer: {
    command: `node tools/cli/${process.env.E2E_SERVER === 'node' ? 'serve' : 'serve-nginx'}.ts --port ${PORT}`,
    url: `http://127.0.0.1:${PORT}/vi/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
