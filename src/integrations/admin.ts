import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { type BuildOptions, build, context, type OutputFile } from 'esbuild';
import { adminHtml } from '../features/editor/build/admin-html.ts';
import { adminPayload } from '../features/editor/build/admin-payload.ts';
import { getCatalog } from '../content/catalog.ts';
import { languageTag } from '../i18n/locale.ts';
import { backendSettingsFrom } from '../features/editor/build/backend-settings.ts';
import { noCodeFrontMatter } from '../features/editor/build/no-code-front-matter.ts';
import { ADMIN_POLICY, adminPolicy } from '../features/deploy/content-security-policy.ts';
import { contentSecurityPolicy } from '../features/deploy/response-headers.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * Bundles the editor (Decap CMS and our widgets, src/features/editor/client/) with esbuild into /admin/cms.js
 * and /admin/cms.css, apart from Vite's bundles: nothing of it lands in _astro/, so no public page can
 * share a chunk with it and the service worker's app-shell globs never see it. `astro dev` serves the
 * same bundle from memory, rebuilt on each request so a widget change shows on reload.
 */
export function adminBundle(settings: { version: string }): AstroIntegration {
  return {
    name: 'museum-guide:admin-bundle',
    hooks: {
      'astro:server:setup': async ({ server, logger }) => {
        // esbuild watches the sources and keeps the latest bundle in memory; a request waits for it.
        let latest: Promise<OutputFile[]> = new Promise(() => {});
        let settle: (files: OutputFile[]) => void = () => {};
        const fresh = () => {
          latest = new Promise((resolve) => (settle = resolve));
        };
        fresh();
        const dev = options(false);
        const ctx = await context({
          ...dev,
          write: false,
          outdir: '/admin',
          plugins: [
            ...(dev.plugins ?? []),
            {
              name: 'latest-bundle',
              setup(b) {
                b.onStart(() => fresh());
                b.onEnd((result) => {
                  if (result.errors.length > 0) logger.error(`the editor bundle failed: ${result.errors[0]?.text}`);
                  settle(result.outputFiles ?? []);
                });
              },
            },
          ],
        });
        await ctx.watch();
        server.httpServer?.once('close', () => void ctx.dispose());
        // The production policy (src/lib/deploy/), plus decap-server's origin: an editor that needs
        // more than production allows breaks here, on the editor's machine, not after a deploy.
        const localBackend = new URL(backendSettingsFrom(process.env).localBackendUrl).origin;
        const policyFor = (path: string) => {
          const policy = contentSecurityPolicy(path);
          return policy === ADMIN_POLICY ? adminPolicy([localBackend]) : policy;
        };
        server.middlewares.use(async (req, res, next) => {
          const path = req.url?.split('?')[0] ?? '';
          if (path === '/admin') {
            res.writeHead(301, { Location: '/admin/' }).end();
            return;
          }
          if (path === '/admin/' || path === '/admin/index.html') {
            // Read fresh on every request, so a category added in site settings shows on reload.
            res.setHeader('Content-Type', 'text/html; charset=utf-8');
            res.setHeader('Content-Security-Policy', policyFor(path));
            res.setHeader('Cache-Control', 'no-store');
            res.end(adminPage(String(Date.now()), { fresh: true }));
            return;
          }
          if (!path.startsWith('/admin/')) return next();
          const file = (await latest).find((f) => f.path === path);
          if (!file) return next();
          const types: Record<string, string> = { js: 'text/javascript', css: 'text/css', png: 'image/png' };
          res.setHeader('Content-Type', types[path.split('.').pop() ?? ''] ?? 'application/octet-stream');
          res.setHeader('Content-Security-Policy', policyFor(path));
          res.setHeader('Cache-Control', 'no-store');
          res.end(file.contents);
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outdir = join(fileURLToPath(dir), 'admin');
        mkdirSync(outdir, { recursive: true });
        writeFileSync(join(outdir, 'index.html'), adminPage(settings.version));
        const seen = { enginesReplaced: 0 };
        const result = await build({ ...options(true, seen), outdir, metafile: true });
        // If gray-matter moved its engines elsewhere, the plugin would silently replace nothing.
        const bundlesGrayMatter = Object.keys(result.metafile.inputs).some((input) => input.includes('gray-matter'));
        if (bundlesGrayMatter && seen.enginesReplaced === 0)
          throw new Error('the editor bundle holds gray-matter, but its code-evaluating engine was not replaced');
        const bytes = Object.values(result.metafile.outputs).reduce((sum, o) => sum + o.bytes, 0);
        writeFileSync(join(outdir, 'bundle-size.json'), `${JSON.stringify({ bytes }, null, 2)}\n`);
        logger.info(`editor bundle: ${(bytes / 1024 / 1024).toFixed(2)} MB in dist/admin/ (admin only)`);
      },
    },
  };
}

/** The /admin/ page for the content as it is now (see src/features/editor/build/admin-html.ts for why not an Astro page). */
function adminPage(version: string, options: { fresh?: boolean } = {}): string {
  // The build reads the content once for every integration; the dev server reads it per request.
  const catalog = getCatalog(options);
  return adminHtml(adminPayload(catalog, process.env), { lang: languageTag(catalog.site.defaultLanguage), version });
}

function options(minify: boolean, seen?: { enginesReplaced: number }): BuildOptions {
  return {
    // No front matter that runs code reaches the editor (src/lib/cms/no-code-front-matter.ts).
    plugins: [noCodeFrontMatter(seen)],
    absWorkingDir: ROOT,
    entryPoints: { cms: 'src/features/editor/client/cms.ts', 'cms-style': 'src/features/editor/client/admin.css' },
    entryNames: '[name]',
    bundle: true,
    format: 'esm',
    target: 'es2022',
    minify,
    legalComments: 'linked',
    loader: { '.png': 'file', '.svg': 'file', '.woff': 'file', '.woff2': 'file', '.wasm': 'file' },
    assetNames: 'assets/[name]-[hash]',
    publicPath: '/admin',
    define: { 'process.env.NODE_ENV': JSON.stringify(minify ? 'production' : 'development'), global: 'globalThis' },
    logLevel: 'warning',
  };
}
