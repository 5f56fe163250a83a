import { test as base, type BrowserContext } from '@playwright/test';

export { expect } from '@playwright/test';

/**
 * Every browser test imports `test` from here: it listens for Content-Security-Policy violations in
 * every page of the test's browser context (the `securitypolicyviolation` event, and Chromium's
 * "Refused to …" console errors, which also cover what the event cannot see) and fails the test on
 * any. A test that provokes one on purpose reads and clears `cspViolations`.
 */
export const test = base.extend<{ cspViolations: string[] }>({
  cspViolations: [
    async ({ context }, use) => {
      const violations: string[] = [];
      await listenForCspViolations(context, violations);
      await use(violations);
      if (violations.length > 0)
        throw new Error(`Content-Security-Policy violations:\n${[...new Set(violations)].join('\n')}`);
    },
    { auto: true },
  ],
});

/** Records CSP violations of every page in `context` (also for contexts a test opens itself) into `sink`. */
export async function listenForCspViolations(context: BrowserContext, sink: string[]): Promise<void> {
  await context.exposeBinding('__reportCspViolation', (_source, text: string) => {
    sink.push(text);
  });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const where = event.sourceFile ? ` (${event.sourceFile}:${event.lineNumber})` : '';
      const report = (window as unknown as { __reportCspViolation?: (text: string) => void }).__reportCspViolation;
      report?.(
        `${location.pathname}: ${event.effectiveDirective} refused ${event.blockedURI || 'inline'}${where} ${event.sample}`.trim(),
      );
    });
  });
  context.on('console', (message) => {
    const text = message.text();
    if (message.type() === 'error' && /Content Security Policy/i.test(text))
      sink.push(`${new URL(message.page()?.url() ?? 'about:blank').pathname} console: ${text}`);
  });
}
