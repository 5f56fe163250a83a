// @ts-check
import { execSync } from 'node:child_process';
import react from '@astrojs/react';
import { defineConfig } from 'astro/config';
import { adminBundle } from './src/integrations/admin.ts';
import { contentCheck } from './src/integrations/content-check.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { serviceWorker } from './src/integrations/service-worker.ts';

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
  // React renders only the 3D tour (src/islands/tour/), mounted on intent by a small custom element.
  // adminBundle builds the editor at /admin/ (Decap CMS, which brings its own React) with esbuild.
  integrations: [react(), contentCheck(), searchIndex(), serviceWorker(), adminBundle({ version: buildVersion() })],
  devToolbar: { enabled: false },
  vite: { define: { 'import.meta.env.BUILD_VERSION': JSON.stringify(buildVersion()) } },
});
