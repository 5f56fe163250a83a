// @ts-check
import { execSync } from 'node:child_process';
import react from '@astrojs/react';
import { defineConfig } from 'astro/config';
import { adminBundle } from './src/integrations/admin.ts';
import { contentCheck } from './src/integrations/content-check.ts';
import { contentReload } from './src/integrations/content-reload.ts';
import { narrationImport } from './src/integrations/narration-import.ts';
import { scanImport } from './src/integrations/scan-import.ts';
import { deployHeaders } from './src/integrations/deploy-headers.ts';
import { photoZoom } from './src/integrations/photo-zoom.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { serviceWorker } from './src/integrations/service-worker.ts';
import {
  pageDirectives,
  SCRIPT_RESOURCES,
  STYLE_RESOURCES,
  tileOrigins,
} from './src/features/deploy/content-security-policy.ts';
import { readDeploySettings } from './src/features/deploy/site-settings.ts';

// The npm scripts run Astro through tools/cli/astro.ts with telemetry off; this also covers `npx astro …`
// typed by hand, since @astrojs/telemetry reads the variable when it would report, after the config loads.
// Set here rather than imported from tools/install/, so a copy of the site without tools/ still builds.
process.env.ASTRO_TELEMETRY_DISABLED = '1';

const deploy = readDeploySettings(process.cwd());

// Shown in the footer, so a visitor (and a test) can tell which deploy a page comes from.
function buildVersion() {
  if (process.env.BUILD_VERSION) return process.env.BUILD_VERSION;
  try {
    return execSync('git rev-parse --short HEAD', { stdio: ['ignore', 'pipe', 'ignore'] })
      .toString()
      .trim();
  } catch {
    return new Date().toISOString().slice(0, 10);
  }
}

export default defineConfig({
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'auto' },
  // React renders only the 3D tour (src/features/tour/client/), mounted on intent by a small custom element.
  // adminBundle builds the editor at /admin/ (Decap CMS, which brings its own React) with esbuild.
  integrations: [
    react(),
    narrationImport(),
    scanImport(),
    contentCheck(),
    contentReload(),
    searchIndex(),
    // Before serviceWorker(): the offline packs list the zoom tiles it writes.
    photoZoom(),
    serviceWorker(),
    adminBundle({ version: buildVersion() }),
    // Last: _headers names the extension of every file in dist/, the editor's included.
    deployHeaders(),
  ],
  // A Content-Security-Policy <meta> in every page: Astro hashes every script and style it emits;
  // the rest of the policy is in src/features/deploy/ (the server adds frame-ancestors, see deploy/).
  security: {
    csp: {
      algorithm: 'SHA-256',
      directives: pageDirectives(tileOrigins(deploy.tileUrl)),
      scriptDirective: { resources: [...SCRIPT_RESOURCES] },
      styleDirective: { resources: [...STYLE_RESOURCES] },
    },
  },
  devToolbar: { enabled: false },
  // Content Markdown is rendered by markdown-it (src/content/markdown/markdown.ts); Shiki's inline styles would
  // also break the Content-Security-Policy.
  markdown: { syntaxHighlight: false },
  vite: {
    define: { 'import.meta.env.BUILD_VERSION': JSON.stringify(buildVersion()) },
    // The helpers every island shares (src/client/) go into one small chunk, not one chunk per helper:
    // each chunk is a request a page makes on weak Wi-Fi.
    build: {
      rolldownOptions: {
        output: { codeSplitting: { groups: [{ name: 'client', test: /[\\/]src[\\/]client[\\/]/ }] } },
      },
    },
  },
});
