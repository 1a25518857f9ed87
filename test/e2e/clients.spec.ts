/**
 * The client book, tried as a new user would: three clients (accents, a Chinese name, only the
 * required fields), search by part of an email, edit, delete and undo, reload.
 */
import { expect, openApp, shot, test } from './fixtures';

test('add, find, edit, delete and undo clients; everything survives a reload', async ({ page }) => {
  await openApp(page, 'clients');
  await expect(page.getByText('Your client book is empty')).toBeVisible();

  // 1. A client with accented letters and most fields filled.
  await page.getByRole('button', { name: /New client/ }).first().click();
  const dialog = page.getByRole('dialog', { name: 'New client' });
  await dialog.getByLabel('First name *').fill('Zoë');
  await dialog.getByLabel('Last name').fill('Ñúñez-Lefèvre');
  await dialog.getByLabel('Email').fill('zoe.nunez@atelier-lumiere.fr');
  await dialog.getByLabel('Phone').fill('+33 6 12 34 56 78');
  await dialog.getByLabel('Company').fill('Atelier Lumière');
  await dialog.getByLabel('Birthday month').selectOption('2');
  await dialog.getByLabel('Birthday day').fill('29');
  await dialog.getByLabel('Tags (comma separated)').fill('vip, design');
  await shot(page, 'clients-01-new-client-form');
  await dialog.getByRole('button', { name: /Add client/ }).click();
  await expect(page.getByTestId('client-name')).toHaveText('Zoë Ñúñez-Lefèvre');
  await expect(page.getByTestId('client-facts')).toContainText('February 29');

  // 2. A Chinese name.
  await page.getByRole('link', { name: '← Clients' }).click();
  await page.getByRole('button', { name: /New client/ }).first().click();
  await page.getByLabel('First name *').fill('小明');
  await page.getByLabel('Last name').fill('王');
  await page.getByLabel('Salutation on cards').fill('亲爱的王先生');
  await page.getByLabel('Email').fill('xiaoming.wang@example.cn');
  await page.getByRole('button', { name: /Add client/ }).click();
  await expect(page.getByTestId('client-name')).toHaveText('王小明');

  // 3. Only the required field; first a mistake that must be explained, with nothing saved.
  await page.getByRole('link', { name: '← Clients' }).click();
  await page.getByRole('button', { name: /New client/ }).first().click();
  await page.getByLabel('Email').fill('not-an-email');
  await page.getByRole('button', { name: /Add client/ }).click();
  await expect(page.getByText('Enter a first name')).toBeVisible();
  await expect(page.getByText('Enter an email like name@example.com')).toBeVisible();
  await expect(page.getByTestId('form-error-summary')).toContainText('Nothing was saved');
  await shot(page, 'clients-02-validation');
  await page.getByLabel('Email').fill('');
  await page.getByLabel('First name *').fill('Sam');
  await page.getByRole('button', { name: /Add client/ }).click();
  await expect(page.getByTestId('client-name')).toHaveText('Sam');

  await page.getByRole('link', { name: '← Clients' }).click();
  await expect(page.getByTestId('client-row')).toHaveCount(3);
  await expect(page.getByTestId('client-count')).toHaveText('3 of 3 clients');
  await shot(page, 'clients-03-list');

  // Find one by part of an email.
  await page.getByLabel('Search clients').fill('lumiere.f');
  await expect(page.getByTestId('client-row')).toHaveCount(1);
  await expect(page.getByTestId('client-row')).toContainText('Zoë Ñúñez-Lefèvre');
  // Accents are ignored when searching.
  await page.getByLabel('Search clients').fill('nunez');
  await expect(page.getByTestId('client-row')).toHaveCount(1);
  await page.getByLabel('Search clients').fill('王');
  await expect(page.getByTestId('client-row')).toHaveCount(1);
  await page.getByLabel('Search clients').fill('#vip');
  await expect(page.getByTestId('client-row')).toHaveCount(1);

  // Edit it.
  await page.getByLabel('Search clients').fill('lumiere.f');
  await page.getByTestId('client-row').click();
  await page.getByRole('button', { name: /Edit/ }).click();
  await page.getByLabel('Company').fill('Atelier Lumière & Fils');
  await page.getByRole('button', { name: /Save changes/ }).click();
  await expect(page.getByTestId('client-facts')).toContainText('Atelier Lumière & Fils');

  // Delete Sam and undo.
  await page.getByRole('link', { name: '← Clients' }).click();
  await page.getByLabel('Search clients').fill('');
  await page.getByTestId('client-row').filter({ hasText: 'Sam' }).click();
  await page.getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByText('Deleted Sam.')).toBeVisible();
  await expect(page.getByTestId('client-row')).toHaveCount(2);
  await shot(page, 'clients-04-deleted-undo');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByTestId('client-row')).toHaveCount(3);

  // Reload: everything is there as entered.
  await page.reload();
  await expect(page.getByTestId('client-row')).toHaveCount(3);
  const rows = page.getByTestId('client-row');
  await expect(rows.filter({ hasText: 'Zoë Ñúñez-Lefèvre' })).toContainText('Atelier Lumière & Fils');
  await expect(rows.filter({ hasText: '王小明' })).toContainText('xiaoming.wang@example.cn');
  await expect(rows.filter({ hasText: 'Sam' })).toHaveCount(1);
  await rows.filter({ hasText: '王小明' }).click();
  await expect(page.getByTestId('client-facts')).toContainText('亲爱的王先生');
  await expect(page.getByTestId('client-facts')).not.toContainText('Birthday');
});

test('keyboard alone: new client, search, open, edit, delete and undo', async ({ page }) => {
  await openApp(page, 'clients');
  for (const [first, last, email] of [
    ['Łukasz', 'Wróbel', 'lukasz@wrobel.pl'],
    ['Anna', 'Okafor', 'anna.okafor@example.com'],
  ] as const) {
    await page.keyboard.press('n');
    await expect(page.getByRole('dialog', { name: 'New client' })).toBeVisible();
    await expect(page.getByLabel('First name *')).toBeFocused();
    await page.keyboard.type(first);
    await page.keyboard.press('Tab');
    await page.keyboard.type(last);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.type(email);
    await page.keyboard.press('Control+Enter');
    await expect(page.getByTestId('client-name')).toHaveText(`${first} ${last}`);
    await page.keyboard.press('Alt+3');
    await expect(page.getByRole('heading', { name: 'Clients' })).toBeVisible();
  }
  await expect(page.getByTestId('client-row')).toHaveCount(2);

  await page.keyboard.press('/');
  await expect(page.getByLabel('Search clients')).toBeFocused();
  await page.keyboard.type('okafor@');
  await expect(page.getByTestId('client-row')).toHaveCount(1);
  await page.keyboard.press('ArrowDown');
  await expect(page.getByTestId('client-row').first()).toBeFocused();
  await shot(page, 'clients-05-keyboard-focus');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('client-name')).toHaveText('Anna Okafor');

  await page.keyboard.press('e');
  await expect(page.getByRole('dialog', { name: /Edit Anna Okafor/ })).toBeVisible();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Salutation on cards')).toBeFocused();
  await page.keyboard.type('Dear Dr. Okafor');
  await page.keyboard.press('Control+Enter');
  await expect(page.getByTestId('client-facts')).toContainText('Dear Dr. Okafor');

  // The Delete key deletes the open client (it can be undone), Ctrl+Z undoes.
  await page.keyboard.press('Delete');
  await expect(page.getByText('Deleted Anna Okafor.')).toBeVisible();
  await expect(page.getByTestId('client-row')).toHaveCount(1);
  await page.keyboard.press('Control+z');
  await expect(page.getByTestId('client-row')).toHaveCount(2);
});
