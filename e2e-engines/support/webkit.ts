import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { Builder, By, type WebDriver } from 'selenium-webdriver';
import type { Engine, EnginePage } from './engine.ts';
import { startXvfb } from './xvfb.ts';

// Debian's webkit2gtk-driver and the MiniBrowser of libwebkit2gtk-4.1-0 (tools/cli/ensure-browser.sh).
const DRIVER = process.env.WEBKIT_DRIVER_PATH ?? '/usr/bin/WebKitWebDriver';
// MiniBrowser lives under the machine's multiarch folder (x86_64-linux-gnu, aarch64-linux-gnu, …).
const BROWSER =
  process.env.WEBKIT_BROWSER_PATH ??
  readdirSync('/usr/lib')
    .map((dir) => `/usr/lib/${dir}/webkit2gtk-4.1/MiniBrowser`)
    .find((path) => existsSync(path)) ??
  'MiniBrowser (from libwebkit2gtk-4.1-0)';
/** Safari on an iPhone: every browser on iOS is WebKit, and the site tells iPhone visitors more. */
export const IPHONE_SAFARI =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.5 Mobile/15E148 Safari/604.1';

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function driverReady(port: number, driver: ChildProcess): Promise<void> {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    if (driver.exitCode !== null) throw new Error(`WebKitWebDriver exited with ${driver.exitCode}`);
    const ready = await fetch(`http://127.0.0.1:${port}/status`)
      .then((r) => r.ok)
      .catch(() => false);
    if (ready) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('WebKitWebDriver did not answer within 15 s');
}

function pageOf(driver: WebDriver): EnginePage {
  return {
    goto: (url) => driver.get(url),
    url: () => driver.getCurrentUrl(),
    evaluate: (fn, ...args) => driver.executeScript(fn, ...args),
    click: async (selector) => driver.findElement(By.css(selector)).click(),
    screenshot: async (selector) => Buffer.from(await driver.findElement(By.css(selector)).takeScreenshot(), 'base64'),
  };
}

/**
 * WebKitGTK's MiniBrowser, driven by WebKitWebDriver over classic WebDriver on a virtual display,
 * as an iPhone (its user agent, a phone-sized window). WebGL works there, in software.
 */
export async function launchWebKit(): Promise<Engine> {
  for (const path of [DRIVER, BROWSER])
    if (!existsSync(path)) throw new Error(`${path} is missing: run "sh tools/cli/ensure-browser.sh" as root`);
  const xvfb = await startXvfb();
  const port = await freePort();
  const driverProcess = spawn(DRIVER, [`--port=${port}`, '--host=127.0.0.1'], {
    // Without a GPU, WebKitGTK's DMA-BUF renderer draws the page on screen but hands WebDriver black
    // screenshots; the shared-memory path it falls back to gives the pixels the visitor sees.
    env: { ...process.env, DISPLAY: xvfb.display, WEBKIT_DISABLE_DMABUF_RENDERER: '1' },
    stdio: 'ignore',
  });
  const driverExited = new Promise<void>((resolve) => driverProcess.once('exit', () => resolve()));
  const stopAll = async () => {
    if (driverProcess.exitCode === null && driverProcess.signalCode === null) driverProcess.kill('SIGTERM');
    await driverExited;
    await xvfb.stop();
  };
  try {
    await driverReady(port, driverProcess);
    const driver = await new Builder()
      .usingServer(`http://127.0.0.1:${port}`)
      .withCapabilities({
        browserName: 'MiniBrowser',
        'webkitgtk:browserOptions': { binary: BROWSER, args: ['--automation', `--user-agent=${IPHONE_SAFARI}`] },
      })
      .build();
    // MiniBrowser's window cannot be narrower than its toolbar (about 450 px); close to a phone.
    await driver.manage().window().setRect({ width: 390, height: 844 });
    return {
      name: 'webkit',
      webgl: true,
      // MiniBrowser runs in the C locale, so the site falls back to its default language.
      lang: 'vi',
      iPhone: true,
      // WebKitGTK 2.50 has no navigator.storage.persist().
      persists: false,
      page: pageOf(driver),
      quit: async () => {
        await driver.quit().catch(() => undefined);
        await stopAll();
      },
    };
  } catch (error) {
    await stopAll();
    throw error;
  }
}
