import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './support/test.ts';
import { catalog, one, site } from './support/catalog.ts';

const museum = catalog.museums[0]!;
const scene = one(catalog.galleries, (g) => g.scene !== undefined, 'gallery with a 3D scene').scene;
const pageTypes = {
  home: (l: string) => `/${l}/`,
  museum: (l: string) => `/${l}/museums/${museum.id}/`,
  gallery: (l: string) => `/${l}/galleries/${catalog.galleries[0]!.id}/`,
  exhibit: (l: string) => `/${l}/exhibits/${catalog.exhibits[0]!.id}/`,
  places: (l: string) => `/${l}/places/`,
  place: (l: string) => `/${l}/places/${catalog.places[0]!.id}/`,
  expert: (l: string) => `/${l}/experts/${catalog.experts[0]!.id}/`,
  scan: (l: string) => `/${l}/scan/`,
  search: (l: string) => `/${l}/search/`,
  notFound: (l: string) => `/${l}/404/`,
  tour: (l: string) => `/${l}/tour/${scene}/`,
  downloads: (l: string) => `/${l}/downloads/`,
  offline: (l: string) => `/${l}/offline/`,
};

// Every language: scripts, line lengths and translated labels differ, and each can break contrast,
// names or structure on its own.
for (const lang of site.languages) {
  for (const [type, path] of Object.entries(pageTypes)) {
    test(`axe finds no violations on the ${type} page in ${lang}`, async ({ page }) => {
      await page.goto(path(lang));
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
        .analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual(
        [],
      );
    });
  }
}

// These pages forward at once with JavaScript; axe needs JavaScript, so their forwarding script is
// removed on the way in and the page is checked as a browser without JavaScript shows it.
for (const path of ['/', `/x/${catalog.exhibits[0]!.code.toLowerCase()}/`, '/404.html']) {
  test(`axe finds no violations on ${path} as shown without JavaScript`, async ({ page }) => {
    await page.route(path, async (route) => {
      const response = await route.fetch();
      const body = (await response.text()).replace(/<script[\s\S]*?<\/script>/g, '');
      await route.fulfill({ response, body });
    });
    await page.goto(path);
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'best-practice']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}
