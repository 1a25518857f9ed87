/**
 * Cards, tried as a new user would in the browser build: a new client's welcome card printed
 * from Today (P), a week's cards with envelopes as one PDF in order, and the checks that stop a
 * card from printing wrong (a field with no value, a character no font has, a message too long).
 * Every PDF is read back with poppler (pdftotext, pdffonts) and rendered with pdftoppm to
 * test-results/cards/ for a person to look at.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import type { Download, Page } from '@playwright/test';
import { expect, openApp, shot, test } from './fixtures';

const OUT = 'test-results/cards';

test.beforeEach(async ({ page }) => {
  // Tuesday, 24 November 2026, 10:00 in Berlin.
  await page.clock.install({ time: new Date('2026-11-24T10:00:00+01:00') });
  mkdirSync(OUT, { recursive: true });
});

async function saveDownload(download: Download, name: string): Promise<string> {
  const path = `${OUT}/${name}.pdf`;
  await download.saveAs(path);
  execFileSync('pdftoppm', ['-r', '50', '-png', path, `${OUT}/${name}`]);
  return path;
}

const pdfText = (path: string, page?: number) =>
  execFileSync(
    'pdftotext',
    [...(page ? ['-f', String(page), '-l', String(page)] : []), '-layout', path, '-'],
    {
      encoding: 'utf8',
    },
  );

const pageCount = (path: string) =>
  Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [path], { encoding: 'utf8' }))?.[1]);

async function setSender(page: Page): Promise<void> {
  await openApp(page, 'settings');
  await page.getByLabel('Your name (signs cards)').fill('Anna Becker');
  await page.getByLabel('Return address (up to 4 lines)').fill('Anna Becker\nKastanienallee 7\n10435 Berlin');
  await page
    .getByRole('region', { name: 'You, on cards and envelopes' })
    .getByRole('button', { name: 'Save' })
    .click();
  await expect(page.getByText('Settings saved.')).toBeVisible();
}


interface NewClient {
  first: string;
  last?: string;
  starts: string;
  street?: string;
  postalCode?: string;
  city?: string;
  country?: string;
  birthday?: { month: string; day: string };
}

async function addClient(page: Page, c: NewClient): Promise<void> {
  await page.keyboard.press('Alt+3');
  await page
    .getByRole('button', { name: /New client/ })
    .first()
    .click();
  const dialog = page.getByRole('dialog', { name: 'New client' });
  await dialog.getByLabel('First name *').fill(c.first);
  if (c.last) await dialog.getByLabel('Last name').fill(c.last);
  if (c.street) await dialog.getByLabel('Street (one line each)').fill(c.street);
  if (c.postalCode) await dialog.getByLabel('Postal code').fill(c.postalCode);
  if (c.city) await dialog.getByLabel('City').fill(c.city);
  if (c.country) await dialog.getByLabel('Country (for holidays)').selectOption(c.country);
  if (c.birthday) {
    await dialog.getByLabel('Birthday month').selectOption(c.birthday.month);
    await dialog.getByLabel('Birthday day').fill(c.birthday.day);
  }
  await dialog.getByLabel('Journey starts').fill(c.starts);
  await dialog.getByRole('button', { name: /Add client/ }).click();
  await expect(page.getByTestId('client-name')).toBeVisible();
}

test('a new client’s welcome card is printed from Today, with its envelope, in the handwriting font', async ({
  page,
}) => {
  await setSender(page);
  await addClient(page, {
    first: 'Zoë',
    last: 'Ñúñez',
    starts: '2026-11-24',
    street: 'Lindenstraße 12',
    postalCode: '10115',
    city: 'Berlin',
    country: 'DE',
  });

  // Today: the welcome card is due tomorrow; P on its row opens the card, ready to print.
  await page.keyboard.press('Alt+1');
  const row = page.getByTestId('agenda-row').filter({ hasText: 'Welcome card' });
  await expect(row).toContainText('Zoë Ñúñez');
  await expect(row.locator('[data-action="print-card"]')).toBeVisible();
  await row.focus();
  await page.keyboard.press('p');
  await expect(page).toHaveURL(/#\/cards\/print\?tp=/);
  await expect(page.getByTestId('queue-item')).toHaveCount(1);
  await expect(page.getByTestId('queue-item')).toContainText('Zoë Ñúñez');

  // The envelope goes with it: C6 is what an A6 card goes in.
  await page.getByLabel('Envelopes, one per card').check();
  await expect(page.getByLabel('Envelope', { exact: true })).toHaveValue('C6');
  await expect(page.getByTestId('build-summary')).toContainText('1 card · 2 pages');
  const preview = page.getByTestId('pdf-preview');
  await expect(preview).toHaveAttribute('data-pages', '2');
  await expect(preview.locator('.pdf-page-label').nth(1)).toContainText('Envelope · Zoë Ñúñez');
  // pdf.js has painted the page: the canvas is not blank.
  await expect
    .poll(() =>
      preview
        .locator('canvas')
        .first()
        .evaluate((c: HTMLCanvasElement) => {
          const d = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
          let ink = 0;
          for (let i = 0; i < d.length; i += 4) if (d[i]! < 200) ink++;
          return ink;
        }),
    )
    .toBeGreaterThan(500);
  await shot(page, 'cards-01-print-one-from-today');

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Save PDF…' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('Card for Zoë Ñúñez.pdf');
  const pdf = await saveDownload(download, 'welcome');

  const card = pdfText(pdf, 1);
  expect(card).toContain('Welcome!');
  expect(card).toContain('Dear Zoë,');
  expect(card).toContain('Anna Becker');
  expect(card).not.toMatch(/[{}]/);
  const envelope = pdfText(pdf, 2);
  expect(envelope).toContain('Zoë Ñúñez');
  expect(envelope).toContain('Lindenstraße 12');
  expect(envelope).toContain('10115 Berlin');
  expect(envelope).toContain('Kastanienallee 7');
  const fonts = execFileSync('pdffonts', [pdf], { encoding: 'utf8' });
  // Embedded (emb "yes"), once for the whole document.
  expect(fonts).toMatch(/^Caveat\S*\s+CID TrueType\s+Identity-H\s+yes/m);
  expect(fonts.match(/^Caveat/gm)).toHaveLength(1);

  // Did it go out? Yes: the touchpoint is done (back on Today it is gone) and the text is kept.
  const dialog = page.getByRole('dialog', { name: 'Did this card go out?' });
  await expect(dialog).toContainText('Zoë Ñúñez');
  await shot(page, 'cards-02-did-it-go-out');
  await dialog.getByRole('button', { name: 'Yes, mark it as sent' }).click();
  await expect(page).toHaveURL(/#\/today/);
  await expect(page.getByText('Marked the card as sent.')).toBeVisible();
  await expect(page.getByTestId('agenda-row').filter({ hasText: 'Welcome card' })).toHaveCount(0);

  // The client's page keeps the card history: date, template and the exact text.
  await page.keyboard.press('Alt+3');
  await page.getByTestId('client-row').filter({ hasText: 'Zoë Ñúñez' }).click();
  const history = page.getByTestId('card-history-entry');
  await expect(history).toHaveCount(1);
  await expect(history).toContainText('Nov 24, 2026');
  await expect(history).toContainText('Welcome');
  await history.locator('summary').click();
  await expect(history.locator('pre')).toContainText(
    "Dear Zoë,\n\nI'm so glad we're starting this together.",
  );
  await expect(page.getByTestId('timeline-past')).toContainText('Card sent: Welcome');
  await shot(page, 'cards-03-client-card-history');
});

test('a week’s cards come out as one PDF with their envelopes, in the same order, and one Undo takes them back', async ({
  page,
}) => {
  await setSender(page);
  // Due this week: Łukasz's birthday card (Dec 1, a week ahead: due today), then four welcome cards.
  await addClient(page, {
    first: 'Łukasz',
    last: 'Wróbel',
    starts: '2026-11-26',
    street: 'ul. Długa 5',
    postalCode: '00-238',
    city: 'Warszawa',
    country: 'PL',
    birthday: { month: '12', day: '1' },
  });
  await addClient(page, {
    first: 'Zoë',
    last: 'Ñúñez',
    starts: '2026-11-24',
    street: 'Lindenstraße 12',
    postalCode: '10115',
    city: 'Berlin',
    country: 'DE',
  });
  await addClient(page, { first: '小明', last: '王', starts: '2026-11-25', street: '朝阳区建国路 88 号', city: '北京', country: 'CN' });
  await addClient(page, {
    first: 'Maggie',
    last: "O'Brien",
    starts: '2026-11-27',
    street: '14 Elm Street',
    postalCode: '02139',
    city: 'Cambridge',
    country: 'US',
  });

  await page.keyboard.press('Alt+5');
  await page.getByLabel('Which cards').selectOption('7');
  const queue = page.getByTestId('queue-item');
  const order = ['Łukasz Wróbel', 'Zoë Ñúñez', '王小明', 'Łukasz Wróbel', "Maggie O'Brien"];
  await expect(queue).toHaveCount(5);
  for (const [i, name] of order.entries()) await expect(queue.nth(i)).toHaveAttribute('data-client', name);
  await expect(queue.nth(0)).toContainText('Birthday card');

  const started = Date.now();
  await page.getByLabel('Envelopes, one per card').check();
  await expect(page.getByTestId('build-summary')).toContainText('5 cards · 10 pages');
  const wallMs = Date.now() - started;
  const workerMs = Number(await page.getByTestId('build-summary').getAttribute('data-ms'));
  console.log(`5 cards + 5 envelopes: built in the worker in ${workerMs} ms (${wallMs} ms from the click)`);
  // The Chinese name is written in the fallback font, and the preview says so.
  await expect(page.getByTestId('warnings')).toContainText('小 明 王');
  await expect(page.getByTestId('warnings')).toContainText('Droid Sans Fallback');
  await expect(page.getByTestId('pdf-preview')).toHaveAttribute('data-pages', '10');
  await shot(page, 'cards-04-batch-with-envelopes');

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save PDF…' }).click()]);
  const pdf = await saveDownload(download, 'week');
  expect(pageCount(pdf)).toBe(10);
  const greetings = ['Dear Łukasz,', 'Dear Zoë,', 'Dear 小明,', 'Dear Łukasz,', 'Dear Maggie,'];
  for (const [i, greeting] of greetings.entries()) {
    const text = pdfText(pdf, i + 1);
    expect(text, `page ${i + 1}`).toContain(greeting);
    expect(text).not.toMatch(/[{}]/);
  }
  expect(pdfText(pdf, 1)).toContain('Happy Birthday');
  for (const [i, name] of order.entries()) expect(pdfText(pdf, 6 + i), `envelope ${i + 1}`).toContain(name);
  expect(pdfText(pdf, 6)).toContain('00-238 Warszawa');
  expect(pdfText(pdf, 10)).toContain('Cambridge, 02139');
  const fonts = execFileSync('pdffonts', [pdf], { encoding: 'utf8' });
  expect(fonts.match(/^Caveat/gm)).toHaveLength(1);
  expect(fonts).toMatch(/DroidSansFallback/);

  // They went out: all five touchpoints are done, the list is empty; one Undo brings all back.
  const dialog = page.getByRole('dialog', { name: 'Did these go out?' });
  await expect(dialog.getByTestId('went-out-list').locator('li')).toHaveCount(5);
  await dialog.getByRole('button', { name: 'Yes, mark all 5 as sent' }).click();
  await expect(page.getByTestId('queue-empty')).toHaveText('No cards due in the next 7 days.');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(queue).toHaveCount(5);

  // Sent again after all, and then the same welcome text for Zoë once more: the app warns first.
  await page.getByRole('button', { name: 'Save PDF…' }).click();
  await page.getByRole('dialog', { name: 'Did these go out?' }).getByRole('button', { name: /Yes/ }).click();
  await expect(page.getByTestId('queue-empty')).toBeVisible();
  await page.keyboard.press('Alt+3');
  await page.getByTestId('client-row').filter({ hasText: 'Zoë Ñúñez' }).click();
  await page.getByTestId('timeline-past').getByText('Card sent: Welcome').click();
  await page.getByRole('link', { name: 'Print this card again…' }).click();
  await expect(page.getByTestId('repeat-warning')).toContainText('already got this exact message on Nov 24, 2026');
  await expect(page.getByTestId('build-summary')).toBeVisible();
  await page.getByRole('button', { name: 'Save PDF…' }).click();
  const repeat = page.getByRole('dialog', { name: 'Same message again?' });
  await expect(repeat).toContainText('Zoë Ñúñez already got this exact message on Nov 24, 2026.');
  await shot(page, 'cards-05-same-message-again');
  await repeat.getByRole('button', { name: 'Go back and change it' }).click();
  await expect(repeat).toHaveCount(0);
});
