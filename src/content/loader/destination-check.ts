import type { Catalog } from '../schemas/catalog.ts';
import type { Coordinates } from '../schemas/common.ts';
import type { ContentProblem } from './problems.ts';

/**
 * Museums, places and experts each belong to a destination, and what stands on a map lies inside its
 * destination's bounds: a point outside them would sit off the map that shows it (a sign of swapped
 * lat/lon, or of the wrong destination).
 */
export function destinationProblems(catalog: Catalog): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const destinations = new Map(catalog.destinations.map((d) => [d.id, d]));
  const known = [...destinations.keys()].join(', ') || 'none yet';
  const check = (entry: { file: string; destination: string; coordinates?: Coordinates }) => {
    const destination = destinations.get(entry.destination);
    if (!destination) {
      problems.push({
        file: entry.file,
        field: 'destination',
        expected: `the id of a destination in content/destinations/ (${known}), found "${entry.destination}"`,
      });
      return;
    }
    const c = entry.coordinates;
    const b = destination.map.bounds;
    if (c && !(c.lat >= b.south && c.lat <= b.north && c.lon >= b.west && c.lon <= b.east)) {
      problems.push({
        file: entry.file,
        field: 'coordinates',
        expected: `a point inside the map bounds of its destination "${destination.id}" (lat ${b.south}…${b.north}, lon ${b.west}…${b.east}, ${destination.file}), found lat ${c.lat}, lon ${c.lon}`,
      });
    }
  };
  for (const museum of catalog.museums) check(museum);
  for (const place of catalog.places) check(place);
  for (const expert of catalog.experts) check(expert);
  const venue = catalog.site.venue;
  if (venue?.museum !== undefined && venue.destination !== undefined) {
    problems.push({
      file: 'content/site.yaml',
      field: 'venue',
      expected: 'either a museum or a destination for a single-venue site, not both',
    });
  }
  if (venue?.museum !== undefined && !catalog.museums.some((m) => m.id === venue.museum)) {
    problems.push({
      file: 'content/site.yaml',
      field: 'venue.museum',
      expected: `the id of a museum in content/museums/, found "${venue.museum}"`,
    });
  }
  if (venue?.destination !== undefined && !destinations.has(venue.destination)) {
    problems.push({
      file: 'content/site.yaml',
      field: 'venue.destination',
      expected: `the id of a destination in content/destinations/ (${known}), found "${venue.destination}"`,
    });
  }
  return problems;
}
