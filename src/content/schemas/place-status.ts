/**
 * A place's status. On its own, without zod, so the map's island can import it; the map's wire format
 * sends a status as its index here, so new statuses go at the end.
 */
export const PLACE_STATUSES = ['open', 'temporarily-closed', 'closed'] as const;
export type PlaceStatus = (typeof PLACE_STATUSES)[number];
