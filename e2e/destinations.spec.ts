import { expect, test } from './support/test.ts';
import { catalog, one, t, textOf } from './support/catalog.ts';

const en = t('en');
const count = (n: number) =>
  n === 0
    ? en('map.noResults')
    : en(n === 1 ? ('map.results_one' as 'map.results') : ('map.results_other' as 'map.results'), { count: n });
const placesIn = (id: string) => catalog.places.filter((p) => p.destination === id);

test.beforeEach(async ({ page }) => {
  // The map pages load Leaflet and every place: on a busy test machine they take their time.
  test.slow();
  await page.addInitScript(() => localStorage.setItem('map.onlineLayer', 'off'));
});

for (const destination of catalog.destinations) {
  test(`the map of ${destination.id} shows its own places within its bounds, over its basemap`, async ({ page }) => {
    await page.goto(`/en/map/${destination.id}/`);
    await expect(page.locator('place-map[data-ready][data-basemap-ready]')).toBeAttached({ timeout: 15_000 });
    const open = placesIn(destination.id).filter((p) => p.status !== 'closed');
    await expect(page.locator('[data-count]')).toHaveText(count(open.length));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      en('destination.map', { destination: textOf(destination, 'en').fields.name }),
    );
    const config = JSON.parse((await page.locator('place-map').getAttribute('data-config')) ?? '{}');
    expect(config.bounds).toEqual(destination.map.bounds);
    await expect(page.locator('place-map')).toHaveAttribute('data-basemap', `/basemap/${destination.id}.json`);
  });
}

test('the map’s old address forwards to the main destination’s map, keeping the selected place', async ({ page }) => {
  const destination = catalog.destinations[0]!;
  const place = one(placesIn(destination.id), (p) => p.status === 'open', 'an open place');
  // Not waiting for the forwarding page's load event: it is left during loading.
  await page.goto(`/en/map/?place=${place.id}`, { waitUntil: 'commit' });
  // The map may already have added its view (`&at=…`) to the address by the time this looks.
  await expect(page).toHaveURL(
    (url) => url.pathname === `/en/map/${destination.id}/` && url.searchParams.get('place') === place.id,
    { timeout: 15_000 },
  );
  await expect(page.locator('place-map[data-ready]')).toBeAttached({ timeout: 15_000 });
  await expect(page.locator('[data-selected] h2')).toHaveText(textOf(place, 'en').fields.name);
});

test('the map’s old address forwards without JavaScript too (meta refresh)', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/vi/map/', { waitUntil: 'commit' });
  await expect(page).toHaveURL(`/vi/map/${catalog.destinations[0]!.id}/`, { timeout: 15_000 });
  await context.close();
});

test('“Free Wi-Fi” on the map keeps the places with a network, each naming it and whether it needs a sign-in', async ({
  page,
}) => {
  const destination = catalog.destinations[0]!;
  const hotspots = placesIn(destination.id).filter((p) => p.wifi && p.status !== 'closed');
  expect(hotspots.length).toBeGreaterThanOrEqual(3);
  await page.goto(`/en/map/${destination.id}/`);
  await expect(page.locator('place-map[data-ready]')).toBeAttached({ timeout: 15_000 });
  await page.getByLabel(en('map.filters.wifi')).check();
  await expect(page.locator('[data-count]')).toHaveText(count(hotspots.length));
  await expect(page).toHaveURL(/[?&]wifi=1/);
  const hotspot = hotspots.find((p) => p.wifi?.signIn)!;
  const item = page.locator(`[data-list] > li[data-place="${hotspot.id}"]`);
  await expect(item.locator('.map-wifi')).toHaveText(
    `${en('place.wifi.network', { network: hotspot.wifi!.network })} · ${en('place.wifi.signIn')}`,
  );
  await item.getByRole('button').click();
  await expect(page.locator('[data-selected] .map-wifi')).toContainText(hotspot.wifi!.network);
});

test('a hotspot’s page says its network, whether a sign-in page comes first, and its hours', async ({ page }) => {
  const hotspot = one(catalog.places, (p) => p.category === 'wifi' && !p.wifi?.signIn, 'a hotspot without sign-in');
  await page.goto(`/en/places/${hotspot.id}/`);
  await expect(page.locator('[data-wifi]')).toContainText(en('place.wifi.network', { network: hotspot.wifi!.network }));
  await expect(page.locator('[data-wifi]')).toContainText(en('place.wifi.noSignIn'));
  await expect(page.locator('open-now')).toBeAttached();
});

test('the downloads page lists Wi-Fi hotspots and, only when asked, puts the nearest first', async ({
  browser,
  baseURL,
}) => {
  const hotspots = catalog.places.filter((p) => p.wifi && p.status !== 'closed' && p.destination === 'ha-long');
  const far = hotspots.at(-1)!;
  const context = await browser.newContext({
    baseURL,
    geolocation: { latitude: far.coordinates.lat, longitude: far.coordinates.lon },
  });
  const page = await context.newPage();
  const asked: string[] = [];
  await page.exposeFunction('noteAsked', (what: string) => asked.push(what));
  await page.addInitScript(() => {
    const original = navigator.geolocation.getCurrentPosition.bind(navigator.geolocation);
    navigator.geolocation.getCurrentPosition = (...args) => {
      (window as unknown as { noteAsked: (w: string) => void }).noteAsked('position');
      return original(...args);
    };
  });
  await page.goto('/en/downloads/');
  const list = page.locator('section[aria-labelledby="wifi-ha-long"] li[data-hotspot]');
  await expect(list).toHaveCount(hotspots.length);
  expect(asked).toEqual([]);
  await context.grantPermissions(['geolocation']);
  await page.getByRole('button', { name: en('downloads.wifi.nearest') }).click();
  await expect(list.first()).toHaveAttribute('data-hotspot', far.id);
  await expect(list.first()).toHaveAttribute('data-nearest', '');
  expect(asked).toEqual(['position']);
  await context.close();
});

test('every museum’s short codes open its exhibits, whatever the prefix', async ({ page }) => {
  for (const museum of catalog.museums) {
    const galleries = new Set(catalog.galleries.filter((g) => g.museum === museum.id).map((g) => g.id));
    const exhibit = one(catalog.exhibits, (e) => galleries.has(e.gallery), `an exhibit of ${museum.id}`);
    expect(exhibit.code.startsWith(`${museum.codePrefix}-`)).toBe(true);
    await page.goto(`/x/${exhibit.code}/`);
    await expect(page).toHaveURL(new RegExp(`/exhibits/${exhibit.id}/$`));
  }
});

test('the home page lists the museums and the destinations', async ({ page }) => {
  await page.goto('/en/');
  await expect(page.locator('[data-home-museums] li')).toHaveCount(catalog.museums.length);
  await expect(page.locator('[data-home-destinations] li')).toHaveCount(catalog.destinations.length);
  for (const destination of catalog.destinations)
    await expect(
      page.locator('[data-home-destinations]').getByRole('link', { name: textOf(destination, 'en').fields.name }),
    ).toHaveAttribute('href', `/en/destinations/${destination.id}/`);
});

test('each destination page links to its own museums and to no other', async ({ page }) => {
  for (const destination of catalog.destinations) {
    const own = catalog.museums.filter((m) => m.destination === destination.id);
    await page.goto(`/en/destinations/${destination.id}/`);
    const list = page.locator('[data-museum-list="destination"]');
    await expect(list.getByRole('link')).toHaveCount(own.length);
    for (const museum of own)
      await expect(list.getByRole('link', { name: textOf(museum, 'en').fields.name })).toHaveAttribute(
        'href',
        `/en/museums/${museum.id}/`,
      );
  }
});
