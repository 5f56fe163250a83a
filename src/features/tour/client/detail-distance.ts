/** Closer than this (metres, on the floor), an exhibit's detailed level is drawn. */
export const DETAIL_NEAR = 3;
/** Farther than this, the light level again: the gap keeps a visitor on the line from flickering. */
export const DETAIL_FAR = 4.5;

/** Whether an exhibit `distance` metres away should show its detailed level, given what it shows now. */
export function detailWanted(distance: number, showingDetail: boolean): boolean {
  return showingDetail ? distance < DETAIL_FAR : distance < DETAIL_NEAR;
}
