import assert from 'node:assert/strict';
import { t } from '../e2e/support/catalog.ts';
import { type Engine, waitFor } from './support/engine.ts';

const adviceState = () => {
  const shown = (selector: string) => {
    const element = document.querySelector<HTMLElement>(selector);
    return !!element && !element.closest('[hidden]') && element.getBoundingClientRect().height > 0;
  };
  return {
    advice: shown('storage-advice section'),
    sevenDays: shown('storage-advice [data-seven-days]')
      ? document.querySelector('storage-advice [data-seven-days]')?.textContent
      : null,
    persistButton: shown('storage-advice [data-persist]'),
    result: document.querySelector('storage-advice [data-persist-result]')?.textContent ?? '',
  };
};

/**
 * The downloads page: an iPhone visitor reads that Safari keeps downloads 7 days without a visit
 * unless the site is on the Home Screen; where the browser can keep them for good, the visitor can ask
 * it to and reads its answer.
 */
export async function storageAdvice({ page, lang, iPhone, persists }: Engine, origin: string): Promise<void> {
  const strings = t(lang);
  await page.goto(`${origin}/${lang}/downloads/`);
  const before = await waitFor('the advice on keeping downloads', () =>
    page.evaluate(adviceState).then((s) => (s.advice ? s : null)),
  );
  assert.equal(before.sevenDays, iPhone ? strings('downloads.sevenDays') : null);
  assert.equal(before.persistButton, persists);
  if (!persists) return;
  await page.click('storage-advice [data-persist]');
  const after = await waitFor('the browser’s answer', () =>
    page.evaluate(adviceState).then((s) => (s.result ? s : null)),
  );
  assert.equal(after.result, strings('downloads.persisted'));
  assert.equal(after.persistButton, false);
}
