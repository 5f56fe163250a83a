import { expect, test } from './support/test.ts';
import { catalog, t } from './support/catalog.ts';

const exhibit = catalog.exhibits.find((e) => /^[A-Z]+-\d*[01]\d*$/.test(e.code)) ?? catalog.exhibits[0]!;
const lookAlike = exhibit.code.replace(/0/g, 'O').replace(/1/g, 'l').toLowerCase().replace('-', '');

test.describe('short links', () => {
  test.use({ locale: 'ja-JP' });

  test('the canonical and the capitalised link open the exhibit in the visitor language', async ({ page }) => {
    await page.goto(`/x/${exhibit.code.toLowerCase()}/`);
    await expect(page).toHaveURL(`/ja/exhibits/${exhibit.id}/`);
    await page.goto(`/x/${exhibit.code}/`);
    await expect(page).toHaveURL(`/ja/exhibits/${exhibit.id}/`);
  });

  test(`a mistyped code (${lookAlike}) still finds its exhibit`, async ({ page }) => {
    await page.goto(`/x/${lookAlike}`);
    await expect(page).toHaveURL(`/ja/exhibits/${exhibit.id}/`);
  });

  test('an unknown code leads to the keypad, in the visitor language, with the code shown', async ({ page }) => {
    await page.goto('/x/QN-9999');
    await expect(page).toHaveURL(/\/ja\/scan\/\?unknown=QN-9999$/);
    await expect(page.getByRole('alert')).toHaveText(t('ja')('keypad.unknown', { code: 'QN-9999' }));
  });

  test('a stored language wins over the browser', async ({ page }) => {
    await page.addInitScript(() => localStorage.setItem('lang', 'ko'));
    await page.goto(`/x/${exhibit.code.toLowerCase()}/`);
    await expect(page).toHaveURL(`/ko/exhibits/${exhibit.id}/`);
  });
});

test('the keypad opens the exhibit whose number is typed', async ({ page }) => {
  await page.goto('/en/scan/');
  const digits = exhibit.code.split('-')[1]!;
  for (const digit of digits) await page.getByRole('button', { name: digit, exact: true }).click();
  await expect(page.locator('[data-keypad-input]')).toHaveValue(digits);
  await page.getByRole('button', { name: t('en')('keypad.open') }).click();
  await expect(page).toHaveURL(`/en/exhibits/${exhibit.id}/`);
});

test('the keypad says so for a number no exhibit has', async ({ page }) => {
  await page.goto('/vi/scan/');
  await page.locator('[data-keypad-input]').fill('9999');
  await page.keyboard.press('Enter');
  const prefix = catalog.museums[0]!.codePrefix;
  await expect(page.getByRole('alert')).toHaveText(t('vi')('keypad.unknown', { code: `${prefix}-9999` }));
  await expect(page).toHaveURL('/vi/scan/');
});
