// @ts-check
import { defineConfig } from 'astro/config';
import { contentCheck } from './src/integrations/content-check.ts';
import { searchIndex } from './src/integrations/search-index.ts';

export default defineConfig({
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'auto' },
  integrations: [contentCheck(), searchIndex()],
  devToolbar: { enabled: false },
});
