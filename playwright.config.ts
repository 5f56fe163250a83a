import { defineConfig, devices } from '@playwright/test';

// The browser tests run against the built site (dist/), in Debian's Chromium: no test downloads a
// browser. `npm test` builds first; `scripts/ensure-browser.sh` installs Chromium when it is missing.
const PORT = 4399;
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

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
      executablePath: chromium,
      // Chromium's own background services would try to reach the internet, which this machine lacks.
      args: [
        '--no-sandbox',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
  projects: [{ name: 'phone', use: { ...devices['Pixel 7'], defaultBrowserType: 'chromium', isMobile: true } }],
  webServer: {
    command: `node scripts/serve.ts --port ${PORT}`,
    url: `http://127.0.0.1:${PORT}/vi/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
