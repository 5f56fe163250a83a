/**
 * Addresses of the printable label pages. They are not under `/{lang}/`: a label carries several
 * languages at once. Kept beside the label logic because src/lib/urls.ts is the visitor-facing map.
 */
export const printPaths = {
  /** Every exhibit's label on A4 sheets. */
  sheet: () => '/print/labels/',
  /** One exhibit's large label. */
  single: (exhibitId: string) => `/print/labels/${exhibitId}/`,
};
