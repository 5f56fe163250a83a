/**
 * Loads <report-problem>'s code the first time a visitor opens a "Report a problem" form, for pages
 * that clone the form from a template (the map) and should not carry its code until then. A form sent
 * before the code has arrived is held and sent once it has, never submitted as a plain GET.
 */
const defined = () => customElements.get('report-problem') !== undefined;
const load = () => import('./report-problem.ts');

document.addEventListener(
  'toggle',
  (event) => {
    const target = event.target as Element;
    if (target instanceof HTMLDetailsElement && target.open && target.closest('report-problem') && !defined())
      void load();
  },
  true,
);

document.addEventListener(
  'submit',
  (event) => {
    const form = event.target as HTMLFormElement;
    if (!form.closest('report-problem') || defined()) return;
    event.preventDefault();
    void load().then(() => form.requestSubmit());
  },
  true,
);
