import type { PlaceFilters } from '../filters.ts';

const checked = (form: HTMLFormElement, name: string) =>
  [...form.querySelectorAll<HTMLInputElement>(`input[name="${name}"]:checked`)].map((input) => input.value);

/** The form's controls → filters. The form is plain HTML; this only reads it. */
export function readFilters(form: HTMLFormElement): PlaceFilters {
  const box = (name: string) => form.querySelector<HTMLInputElement>(`input[name="${name}"]`)?.checked ?? false;
  return {
    categories: checked(form, 'cat'),
    openNow: box('open'),
    prices: checked(form, 'price').map(Number),
    tags: checked(form, 'tag'),
    text: form.querySelector<HTMLInputElement>('input[name="q"]')?.value ?? '',
    showClosed: box('closed'),
    wifi: box('wifi'),
  };
}

/** Filters (e.g. from the address) → the form's controls. */
export function writeFilters(form: HTMLFormElement, filters: PlaceFilters): void {
  for (const input of form.querySelectorAll<HTMLInputElement>('input[type="checkbox"][name]')) {
    const { name, value } = input;
    input.checked =
      name === 'cat'
        ? filters.categories.includes(value)
        : name === 'price'
          ? filters.prices.includes(Number(value))
          : name === 'tag'
            ? filters.tags.includes(value)
            : name === 'open'
              ? filters.openNow
              : name === 'closed'
                ? filters.showClosed
                : name === 'wifi'
                  ? filters.wifi
                  : input.checked;
  }
  const text = form.querySelector<HTMLInputElement>('input[name="q"]');
  if (text) text.value = filters.text;
}

/** The number beside each category: how many places the other filters leave in it. */
export function showCategoryCounts(form: HTMLFormElement, counts: Map<string, number>): void {
  for (const output of form.querySelectorAll<HTMLElement>('[data-count-for]')) {
    output.textContent = String(counts.get(output.dataset.countFor ?? '') ?? 0);
  }
}
