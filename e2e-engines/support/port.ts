/**
 * The port of the site Firefox visits; WebKit's site is on the next tenth (port + 10), so the two
 * engines run side by side. E2E_ENGINES_PORT sets it, so the engines can run beside a Playwright run
 * of the same checkout (which serves on E2E_PORT); without it, E2E_PORT, then 4399, as before.
 */
export function enginesPort(env: NodeJS.ProcessEnv = process.env): number {
  const value = env.E2E_ENGINES_PORT ?? env.E2E_PORT ?? '4399';
  const port = Number(value);
  if (!Number.isInteger(port) || port < 1 || port > 65_525)
    throw new Error(`E2E_ENGINES_PORT: expected a port number from 1 to 65525 (WebKit takes it + 10), got "${value}"`);
  return port;
}
