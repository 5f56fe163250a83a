import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './tools/browser/chromium.ts';

// The browser tests run against the built site (dist/) served by nginx, in Debian's Chromium: no test
// downloads a browser. `npm test` builds first; `tools/cli/ensure-browser.sh` installs Chromium when it is missing.
// E2E_PORT lets two checkouts run their browser tests side by side on one machine.
const PORT = Number(process.env.E2E_PORT ?? 4399);

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
  projects: [{ name: 'phone', use: { ...devices['Pixel 7'], defaultBrowserType: 'chromium', isMobile: true } }],
  // nginx with deploy/nginx.conf, as the museum will run it (installed by tools/cli/ensure-browser.sh);
  // E2E_SERVER=node uses the Node server of `npm start` instead.
  webServer: {
    command: `node tools/cli/${process.env.E2E_SERVER === 'node' ? 'serve' : 'serve-nginx'}.ts --port ${PORT}`,
    url: `http://127.0.0.1:${PORT}/vi/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
