/**
 * `npm run freshness`: the listings past their re-check date (site setting `freshnessDays`), per
 * expert, oldest first: what each expert should visit again. `--json` prints JSON for other tools;
 * `--today YYYY-MM-DD` reports as of another day; `--strict` exits 1 when anything is stale.
 */
import { parseArgs } from 'node:util';
import { loadCatalog } from '../../src/content/loader/load-catalog.ts';
import { localize } from '../../src/content/loader/localize.ts';
import { freshnessReport } from '../../src/features/places/freshness-report.ts';
import { todayIn } from '../../src/features/places/freshness.ts';

const { values } = parseArgs({
  options: {
    json: { type: 'boolean', default: false },
    today: { type: 'string' },
    strict: { type: 'boolean', default: false },
  },
});
const catalog = loadCatalog(process.cwd());
const { site } = catalog;
const today = values.today ?? todayIn(site.timezone);
if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) {
  console.error(`--today: expected a date as YYYY-MM-DD, got "${today}"`);
  process.exit(2);
}
const report = freshnessReport(catalog, today);
const nameOf = (place: (typeof catalog.places)[number]) =>
  localize(place, site.defaultLanguage, site.defaultLanguage).fields.name;
if (values.json) {
  const out = report.map((r) => ({
    expert: r.expert.id,
    name: r.expert.name,
    listings: r.listings.map((l) => ({
      place: l.place.id,
      name: nameOf(l.place),
      file: l.place.file,
      verifiedOn: l.verifiedOn,
      days: l.days,
    })),
  }));
  console.log(JSON.stringify({ today, freshnessDays: site.freshnessDays, experts: out }, null, 2));
} else {
  const total = report.reduce((sum, r) => sum + r.listings.length, 0);
  console.log(`Listings not verified for more than ${site.freshnessDays} days, as of ${today}: ${total}`);
  for (const r of report) {
    console.log(`\n${r.expert.name} (${r.expert.id}): ${r.listings.length}`);
    for (const l of r.listings)
      console.log(`  ${l.verifiedOn}  ${String(l.days).padStart(4)} days  ${l.place.file}  ${nameOf(l.place)}`);
  }
}
process.exit(values.strict && report.length > 0 ? 1 : 0);
