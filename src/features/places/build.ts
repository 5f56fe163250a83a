/** What other features may use of places at build time only (it brings the opening-hours parser). */
export { HOURS_WINDOW_DAYS, openMinutes } from './window.ts';
