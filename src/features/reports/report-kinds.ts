/**
 * What a visitor can report, shared by the "Report a problem" element and the reports service so the
 * two never disagree. Pure data: runs in the browser and in Node.
 */
export const REPORT_KINDS = ['closed', 'hours', 'location', 'price', 'other'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

/** The listings a report can be about: a place on the map or an exhibit in a museum. */
export const LISTING_KINDS = ['place', 'exhibit'] as const;
export type ListingKind = (typeof LISTING_KINDS)[number];

/** A short note, not an essay: long enough for "moved to 12 Hạ Long street, opens at 9". */
export const NOTE_MAX_LENGTH = 500;

/** States of a report: open until an expert confirms it, marks the listing fixed, or dismisses it. */
export const REPORT_STATES = ['open', 'confirmed', 'fixed', 'dismissed'] as const;
export type ReportState = (typeof REPORT_STATES)[number];
