/** What other features may use of the map: distances between two points, and how to say them. */
export { distanceMeters, formatDistance, type LatLon } from './distance.ts';
