import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';

/**
 * In `astro dev` (and so `npm run edit`): a file added, changed or removed under content/ (what the
 * editor publishes) clears Astro's cache of getStaticPaths and reloads open pages, as Astro does for
 * its own content collections. Without it a place or exhibit published from the editor answered 404
 * in the dev server until some code changed, since its page did not exist when the paths were listed.
 */
export function contentReload(): AstroIntegration {
  return {
    name: 'museum-guide:content-reload',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command !== 'dev') return;
        const content = join(fileURLToPath(config.root), 'content') + sep;
        updateConfig({ vite: { plugins: [reloadOnContent(content)] } });
      },
    },
  };
}

function reloadOnContent(content: string): Plugin {
  return {
    name: 'museum-guide:reload-on-content',
    configureServer(server) {
      server.watcher.add(content);
      server.watcher.on('all', (event, file) => {
        if (!file.startsWith(content) || !['add', 'change', 'unlink'].includes(event)) return;
        for (const [name, environment] of Object.entries(server.environments)) {
          if (name === 'client') environment.hot.send({ type: 'full-reload', path: '*' });
          else environment.hot.send('astro:content-changed', {});
        }
      });
    },
  };
}
