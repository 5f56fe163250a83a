/**
 * What other features may use of places: pure code that runs anywhere, the browser included (the
 * map's island imports it). Code that needs the opening-hours parser is in ./build.ts instead, so an
 * island importing this file never pulls the 1 MB parser into its bundle.
 */
export { directionsLinks } from './directions.ts';
export { daysSince, isStale, todayIn } from './freshness.ts';
export { type HoursStrings, hoursStrings, hoursText } from './hours-text.ts';
export { clockOf, type OpenState, openStateAt, siteMinutes } from './open-now.ts';
