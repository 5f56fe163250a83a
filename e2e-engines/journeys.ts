import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { PNG } from 'pngjs';
import { catalog, one, t } from '../e2e/support/catalog.ts';
import { OwnServer } from '../e2e/support/own-server.ts';
import { getScenes } from '../src/content/scenes/scenes.ts';
import { type Engine, waitFor } from './support/engine.ts';
import { narration, pageAtRest } from './narration.ts';
import { storageAdvice } from './storage-advice.ts';

const exhibit = one(
  catalog.exhibits,
  (e) => !!e.translations.vi?.fields.audio?.opus && !!e.translations.en?.fields.audio?.opus,
  'exhibit with vi and en recordings',
);
const [sceneId, scene] = [...getScenes()].find(([, s]) => s.placements.length >= 3)!;

/**
 * The visit of a tourist who scans a label, in one engine: the QR link, Play, the same page again with
 * the server gone, the map, the 3D tour or its list, and the downloads page. One browser per engine
 * (starting one takes seconds), one site per engine on its own port; the tests run in order.
 */
/** Waits until the service worker controls the page and has saved it, as a first visit ends. */
async function controlledAndSaved({ page }: Engine): Promise<void> {
  await waitFor('the service worker to control the page', () =>
    page.evaluate(() => !!navigator.serviceWorker?.controller),
  );
  await waitFor('the page in the cache', () => page.evaluate(() => caches.match(location.href).then((r) => !!r)));
}

/** Runs `visit` with the site's server stopped (a museum hall without network), then starts it again. */
async function offline(server: OwnServer, visit: () => Promise<void>): Promise<void> {
  await server.stop();
  try {
    await visit();
  } finally {
    await server.start();
  }
}

export function visitorJourneys(browser: string, launch: () => Promise<Engine>, port: number) {
  let engine: Engine;
  const server = new OwnServer(port);
  const exhibitPath = () => `/${engine.lang}/exhibits/${exhibit.id}/`;

  describe(`a tourist's visit in ${browser}`, { timeout: 240_000 }, () => {
    before(async () => {
      await server.start();
      engine = await launch();
    });
    after(async () => {
      await engine?.quit();
      await server.stop();
    });

    test('a QR link opens the exhibit in the visitor’s language, and Play plays its narration', async () => {
      const { page } = engine;
      await page.goto(`${server.origin}/x/${exhibit.code.toLowerCase()}/`);
      await waitFor(
        `the exhibit page ${exhibitPath()}`,
        async () => new URL(await page.url()).pathname === exhibitPath(),
      );
      await narration(engine, server.origin).playsFromButton();
    });

    test('the exhibit page does not scroll itself on load (fixed on branch t13-be)', async () => {
      await engine.page.goto(`${server.origin}/x/${exhibit.code.toLowerCase()}/`);
      await pageAtRest(engine, exhibitPath());
    });

    test('an exhibit page visited once reloads with the server stopped', async () => {
      const { page } = engine;
      await page.goto(`${server.origin}${exhibitPath()}`);
      await controlledAndSaved(engine);
      const title = await page.evaluate(() => document.querySelector('h1')?.textContent);
      await offline(server, async () => {
        await page.goto(`${server.origin}${exhibitPath()}`);
        assert.equal(await page.evaluate(() => document.querySelector('h1')?.textContent), title);
        assert.ok(await page.evaluate(() => !!document.querySelector('narration-player [data-action="toggle"]')));
      });
    });

    test('a narration played once plays again with the server stopped', async () => {
      const { page } = engine;
      await page.goto(`${server.origin}${exhibitPath()}`);
      await controlledAndSaved(engine);
      const player = narration(engine, server.origin);
      const audio = await player.playsFromButton();
      await waitFor(`the recording ${audio} in the cache`, () =>
        page.evaluate((url) => caches.match(url).then((r) => !!r), audio),
      );
      await player.pause();
      await offline(server, async () => {
        await page.goto(`${server.origin}${exhibitPath()}`);
        await player.playsFromButton();
      });
    });

    test('the map shows its places as markers', async () => {
      const { page } = engine;
      await page.goto(`${server.origin}/${engine.lang}/map/${catalog.destinations[0]!.id}/`);
      await waitFor('the map to be ready', () =>
        page.evaluate(() => !!document.querySelector('place-map[data-ready]')),
      );
      const shown = await waitFor('markers drawn inside the map', () =>
        page.evaluate(() => {
          const map = document.querySelector('place-map .leaflet-container')?.getBoundingClientRect();
          if (!map) return 0;
          return [...document.querySelectorAll('.leaflet-marker-icon')].filter((marker) => {
            const r = marker.getBoundingClientRect();
            const x = r.left + r.width / 2;
            const y = r.top + r.height / 2;
            return r.width > 0 && x > map.left && x < map.right && y > map.top && y < map.bottom;
          }).length;
        }),
      );
      assert.ok(shown > 0);
    });

    test('the tour draws the gallery in 3D, or offers its list where there is no WebGL', async () => {
      const { page } = engine;
      await page.goto(`${server.origin}/${engine.lang}/tour/${sceneId}/`);
      await page.click('[data-tour-start]');
      if (engine.webgl) {
        await waitFor(
          'the gallery to announce "ready"',
          () => page.evaluate(() => document.querySelector('[data-tour-root]')?.getAttribute('data-state') === 'ready'),
          60_000,
        );
        const png = PNG.sync.read(await page.screenshot('[data-canvas-root] canvas'));
        const colours = new Set<number>();
        for (let i = 0; i < png.data.length; i += 4 * 97)
          colours.add((png.data[i]! << 16) | (png.data[i + 1]! << 8) | png.data[i + 2]!);
        assert.ok(colours.size > 20, `the 3D view shows ${colours.size} colours: it is blank`);
        return;
      }
      const seen = await waitFor('the tour to say it cannot show 3D', () =>
        page.evaluate(() => {
          const root = document.querySelector('[data-tour-root]');
          const visible = (e: Element | null | undefined) => !!e && e.getBoundingClientRect().height > 0;
          if (root?.getAttribute('data-state') !== 'no-webgl') return null;
          return {
            status: root.querySelector('[data-tour-status]')?.textContent,
            poster: visible(root.querySelector('.tour-poster')),
            list: [...root.querySelectorAll('.tour-list li')].filter(visible).length,
          };
        }),
      );
      assert.deepEqual(seen, { status: t(engine.lang)('tour.noWebgl'), poster: true, list: scene.placements.length });
    });

    test('the downloads page says how long this device keeps them, and asks to keep them for good', async () => {
      await storageAdvice(engine, server.origin);
    });
  });
}
