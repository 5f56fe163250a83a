import { catalog, site } from './support/catalog.ts';
import { expect, test } from './support/test.ts';

const policyIn = (html: string) => /<meta http-equiv="content-security-policy" content="([^"]*)"/.exec(html)?.[1] ?? '';

test('every page type carries a Content-Security-Policy with no unsafe-inline script', async ({ request }) => {
  const paths = [
    '/',
    '/404.html',
    `/x/${catalog.exhibits[0]!.code.toLowerCase()}/`,
    '/print/labels/',
    ...site.languages.flatMap((l) => [
      `/${l}/`,
      `/${l}/exhibits/${catalog.exhibits[0]!.id}/`,
      `/${l}/scan/`,
      `/${l}/search/`,
    ]),
  ];
  for (const path of paths) {
    const policy = policyIn(await (await request.get(path)).text());
    const scriptSrc = /(?:^|;)\s*script-src ([^;]*)/.exec(policy)?.[1] ?? '';
    expect(scriptSrc, `${path} has a script-src`).toContain("'self'");
    expect(scriptSrc, `${path}: no unsafe-inline in script-src`).not.toContain('unsafe-inline');
    expect(policy, `${path} forbids plugins`).toContain("object-src 'none'");
  }
});

test('the violation listener catches an inline script the policy refuses', async ({ page, cspViolations }) => {
  await page.goto('/en/');
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__injected = true;';
    document.body.append(script);
  });
  await expect.poll(() => cspViolations.length).toBeGreaterThan(0);
  expect(await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected)).toBeUndefined();
  expect(cspViolations.join('\n')).toMatch(/script-src/);
  // Caught on purpose: cleared so that this test, unlike any other, passes with a violation.
  cspViolations.length = 0;
});
