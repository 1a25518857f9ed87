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
import { securityHeaders } from '../../electron/main/security';
import { signaturePng } from '../unit/cards/fixtures';
import { expect, openApp, shot, test } from './fixtures';

// PDFs and page images land here (CARDS_OUT moves them out of the shared test-results folder).
const OUT = process.env.CARDS_OUT ?? 'test-results/cards';

/** shot(), plus a copy beside the PDFs; first waits until every shown preview has painted its PDF. */
async function look(page: Page, name: string): Promise<void> {
  await expect(page.locator('.preview-status progress')).toHaveCount(0);
  const previews = page.getByTestId('pdf-preview');
  for (let i = 0; i < (await previews.count()); i++) {
    await expect(previews.nth(i)).toHaveAttribute('data-current', 'true');
    await expect(previews.nth(i).locator('canvas').first()).toHaveAttribute('data-painted', 'true');
  }
  await shot(page, name);
  await page.screenshot({ path: `${OUT}/${name}.png` });
}

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
  await look(page, 'cards-01-print-one-from-today');
  // A closer look at the sheet, as it will print.
  await preview.getByRole('button', { name: 'Page 1, look closer' }).click();
  const zoom = page.getByRole('dialog', { name: 'Page 1 · Sheet 1 · Zoë Ñúñez' });
  await expect(zoom.locator('canvas')).toHaveAttribute('data-painted', 'true');
  await look(page, 'cards-01b-look-closer');
  await page.keyboard.press('Escape');
  await expect(zoom).toHaveCount(0);

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
  await look(page, 'cards-02-did-it-go-out');
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
  await look(page, 'cards-03-client-card-history');
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
  await addClient(page, {
    first: '小明',
    last: '王',
    starts: '2026-11-25',
    street: '朝阳区建国路 88 号',
    city: '北京',
    country: 'CN',
  });
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
  await page.locator('#main').evaluate((m) => m.scrollTo(0, 0));
  await look(page, 'cards-04-batch-with-envelopes');

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Save PDF…' }).click(),
  ]);
  const pdf = await saveDownload(download, 'week');
  expect(pageCount(pdf)).toBe(10);
  const greetings = ['Dear Łukasz,', 'Dear Zoë,', 'Dear 小明,', 'Dear Łukasz,', 'Dear Maggie,'];
  for (const [i, greeting] of greetings.entries()) {
    const text = pdfText(pdf, i + 1);
    expect(text, `page ${i + 1}`).toContain(greeting);
    expect(text).not.toMatch(/[{}]/);
  }
  // The front is printed upside down (it turns right way up once folded): its words, in any line order.
  expect(pdfText(pdf, 1)).toMatch(/Happy[\s\S]*Birthday|Birthday[\s\S]*Happy/);
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
  await expect(page.getByTestId('repeat-warning')).toContainText(
    'already got this exact message on Nov 24, 2026',
  );
  await expect(page.getByTestId('build-summary')).toBeVisible();
  await page.getByRole('button', { name: 'Save PDF…' }).click();
  const repeat = page.getByRole('dialog', { name: 'Same message again?' });
  await expect(repeat).toContainText('Zoë Ñúñez already got this exact message on Nov 24, 2026.');
  await look(page, 'cards-05-same-message-again');
  await repeat.getByRole('button', { name: 'Go back and change it' }).click();
  await expect(repeat).toHaveCount(0);
});

test('nothing prints wrong: a field with no value, a character no font has and a message too long are stopped and explained', async ({
  page,
}) => {
  // No name in Settings yet: the signature has no value.
  await openApp(page, 'today');
  await addClient(page, { first: 'Zoë', last: 'Ñúñez', starts: '2026-11-24' });
  await page.keyboard.press('Alt+5');
  const row = page.getByTestId('queue-item');
  await expect(row).toHaveCount(1);
  await expect(row.getByTestId('missing-fields')).toContainText('Needs your signature');
  const problems = page.getByTestId('problems');
  await expect(problems).toContainText(
    'The card for Zoë Ñúñez still needs your signature: fill it in or edit the text.',
  );
  await expect(page.getByTestId('build-status')).toContainText(
    'Nothing to print until the problems below are fixed.',
  );
  await expect(page.getByRole('button', { name: 'Save PDF…' })).toBeDisabled();
  await look(page, 'cards-06-missing-field');

  await page.getByLabel('your signature for Zoë Ñúñez').fill('Anna');
  await expect(page.getByTestId('build-summary')).toContainText('1 card · 1 page');
  await expect(problems).toHaveCount(0);

  // An emoji no bundled font has, and a heart only the fallback font has.
  await row.getByRole('button', { name: 'Edit text' }).click();
  const edit = page.getByRole('dialog', { name: 'Card for Zoë Ñúñez' });
  const message = edit.getByLabel('Message');
  await message.fill(`${await message.inputValue()}\n\nSee you soon ♥ 🎉`);
  await edit.getByRole('button', { name: 'Use this text' }).click();
  await expect(problems).toContainText('“🎉” (U+1F389), which no card font can draw');
  await expect(row.getByTestId('card-blocked')).toBeVisible();
  await look(page, 'cards-07-unrenderable');
  await problems.getByRole('button', { name: 'Leave it out' }).click();
  await expect(page.getByTestId('build-summary')).toContainText('1 card · 1 page');
  const warnings = page.getByTestId('warnings');
  await expect(warnings).toContainText('left out “🎉” (U+1F389)');
  await expect(warnings).toContainText('♥ is written in DejaVu Sans');

  // Far too long for an A6 card: how much to cut, or the card that takes it.
  await row.getByRole('button', { name: 'Edit text' }).click();
  const long = Array.from(
    { length: 9 },
    () =>
      'Thank you for the long conversation about the garden studio, the sketches and the plans for spring; I have been thinking about them all week.',
  ).join(' ');
  await edit.getByLabel('Message').fill(`Dear Zoë,\n\n${long}\n\nSee you soon ♥`);
  await edit.getByRole('button', { name: 'Use this text' }).click();
  await expect(problems).toContainText(
    /Zoë Ñúñez: Message too long for an A6 card: shorten by about \d+ words or choose A5\./,
  );
  await look(page, 'cards-08-too-long');
  const words = Number(/about (\d+) words/.exec((await problems.textContent()) ?? '')?.[1]);
  expect(words).toBeGreaterThan(10);
  expect(words).toBeLessThan(100);
  await problems.getByRole('button', { name: 'Use A5 cards' }).click();
  await expect(page.getByLabel('Card', { exact: true })).toHaveValue('a5-half-fold');
  await expect(page.getByTestId('build-summary')).toContainText('1 card · 2 pages · A5 card on A4');

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Save PDF…' }).click(),
  ]);
  const pdf = await saveDownload(download, 'a5-long');
  const text = pdfText(pdf).replace(/\s+/g, ' ');
  expect(text).toContain('See you soon ♥');
  expect(text).toContain('garden studio');
  expect(text).not.toContain('🎉');
  expect(execFileSync('pdffonts', [pdf], { encoding: 'utf8' })).toMatch(/DejaVuSans/);

  // Not sent yet: the card stays on the list.
  await page
    .getByRole('dialog', { name: 'Did this card go out?' })
    .getByRole('button', { name: 'Not yet' })
    .click();
  await expect(row).toHaveCount(1);
});

test('templates: the defaults are editable, merge fields go in with a click, own templates are added; the card look and signature come from Settings', async ({
  page,
}) => {
  await setSender(page);
  await page.keyboard.press('Alt+5');
  await page.getByRole('link', { name: 'Templates' }).click();
  await expect(page).toHaveURL(/#\/cards\/templates/);
  const list = page.getByRole('navigation', { name: 'Templates' });
  for (const name of [
    'Welcome',
    'Checking in',
    'Holiday greeting',
    'Birthday',
    'Thank you for the referral',
  ]) {
    await expect(list.getByRole('button', { name: new RegExp(`^${name}`) })).toBeVisible();
  }
  await expect(page.getByLabel('Message')).toHaveValue(/^\{salutation\},/);
  await expect(page.getByTestId('pdf-preview')).toHaveAttribute('data-pages', '1');

  // Edit the welcome wording: a chip puts {firstName} where the cursor is; a typo is flagged.
  const message = page.getByLabel('Message');
  await message.fill('{salutation},\n\nSo glad you are here, . See you soon!');
  await message.evaluate((el: HTMLTextAreaElement) => el.setSelectionRange(37, 37));
  await page
    .getByRole('group', { name: 'Insert a merge field' })
    .getByRole('button', { name: '{firstName}' })
    .click();
  await expect(message).toHaveValue('{salutation},\n\nSo glad you are here, {firstName}. See you soon!');
  await page.getByLabel('Front').fill('Welcome, {frstName}!');
  await expect(page.getByTestId('unknown-fields')).toContainText('Touchpoint does not know {frstName}');
  await page.getByLabel('Front').fill('Welcome!');
  await expect(page.getByTestId('unknown-fields')).toHaveCount(0);
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByText('Template “Welcome” saved.')).toBeVisible();
  await expect(list.getByRole('button', { name: /^Welcome/ })).toContainText('edited');

  // A second, own template for the holidays: it becomes the one holiday cards start with.
  await page.getByRole('button', { name: 'New Holiday greeting template' }).click();
  await page.getByLabel('Name').fill('Short holiday note');
  await page.getByLabel('Front').fill('Happy {holidayName}');
  await page
    .getByLabel('Message')
    .fill('{salutation},\n\nWarm wishes for {holidayName} and a bright new year!');
  await page.getByRole('button', { name: 'Add template' }).click();
  await expect(list.getByRole('button', { name: /^Short holiday note/ })).toContainText('used');
  await expect(list.getByRole('button', { name: /^Holiday greeting/ })).not.toContainText('used');
  await expect(page.getByTestId('build-summary')).toBeVisible();
  await look(page, 'cards-09-templates');

  // Settings → how cards look: Kalam in green, with an imported signature (PNG, transparent).
  await page.keyboard.press('Alt+6');
  const lookSection = page.getByTestId('card-look');
  await lookSection.getByLabel('Kalam').check();
  await lookSection.getByLabel('green').check();
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    lookSection.getByRole('button', { name: 'Import PNG…' }).click(),
  ]);
  await chooser.setFiles({
    name: 'signature.png',
    mimeType: 'image/png',
    buffer: Buffer.from(signaturePng()),
  });
  await expect(lookSection.getByTestId('signature-note')).toContainText(
    '360 × 120 px with a transparent background',
  );
  await expect(lookSection.getByTestId('signature-preview')).toBeVisible();
  await expect(lookSection.getByTestId('build-summary')).toBeVisible();
  await lookSection.scrollIntoViewIfNeeded();
  await look(page, 'cards-10-card-look-settings');
  await lookSection.getByRole('button', { name: 'Save card look' }).click();
  await expect(page.getByText('Card look saved.')).toBeVisible();

  // The next card is written in Kalam, in green, signed with the image.
  await addClient(page, { first: 'Zoë', last: 'Ñúñez', starts: '2026-11-24' });
  await page.keyboard.press('Alt+5');
  await expect(page.getByTestId('build-summary')).toContainText('1 card · 1 page');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Save PDF…' }).click(),
  ]);
  const pdf = await saveDownload(download, 'kalam-signed');
  expect(pdfText(pdf).replace(/\s+/g, ' ')).toContain('So glad you are here, Zoë. See you soon!');
  expect(execFileSync('pdffonts', [pdf], { encoding: 'utf8' })).toMatch(
    /^Kalam\S*\s+CID TrueType\s+Identity-H\s+yes/m,
  );
  expect(execFileSync('pdfimages', ['-list', pdf], { encoding: 'utf8' })).toMatch(/\s360\s+120\s+rgb/);
});

test('a 14-day batch of 60 cards with envelopes builds off the UI thread, with progress, in one PDF', async ({
  page,
}) => {
  await setSender(page);
  // Sixty clients with a card due in the next two weeks, written straight into the database.
  const firsts = [
    'Zoë',
    'Łukasz',
    'Maggie',
    'Jürgen',
    'Ines',
    'Søren',
    'Chloé',
    'Dário',
    'Eszter',
    '小明',
    'Aoife',
    'Björn',
  ];
  const lasts = [
    'Ñúñez',
    'Wróbel',
    "O'Brien",
    'Weiß',
    'García',
    'Østergaard',
    'Lefèvre',
    'Conceição',
    'Kovács',
    '王',
    'Ní Bhriain',
    'Ångström',
  ];
  await page.evaluate(
    ({ firsts, lasts }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('touchpoint');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['clients', 'touchpoints'], 'readwrite');
          const now = '2026-11-24T09:00:00.000Z';
          const kinds = [
            ['welcome-card', 'Welcome card', {}],
            ['birthday-greeting', 'Birthday card', {}],
            ['holiday-greeting', 'Christmas greeting', { holidayName: 'Christmas' }],
          ] as const;
          for (let i = 0; i < 60; i++) {
            const id = `seed-${String(i).padStart(2, '0')}`;
            tx.objectStore('clients').put({
              id,
              firstName: firsts[i % firsts.length],
              lastName: lasts[(i * 7) % lasts.length],
              address: { lines: [`Hauptstraße ${i + 1}`], postalCode: `${10115 + i}`, city: 'Berlin' },
              country: 'DE',
              importantDates: [],
              tags: [],
              journey: { status: 'active' },
              createdAt: now,
              updatedAt: now,
            });
            const [kind, title, details] = kinds[i % 3]!;
            const due = `2026-${i % 14 < 7 ? '11' : '12'}-${String(i % 14 < 7 ? 24 + (i % 14) : (i % 14) - 6).padStart(2, '0')}`;
            tx.objectStore('touchpoints').put({
              id: `tp-${id}`,
              clientId: id,
              kind,
              channel: 'card',
              due,
              status: 'planned',
              title,
              details,
              manual: true,
              createdAt: now,
              updatedAt: now,
            });
          }
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { firsts, lasts },
  );
  await openApp(page, 'cards');
  await expect(page.getByTestId('queue-item')).toHaveCount(60);
  await expect(page.getByTestId('build-summary')).toContainText('60 cards · 60 pages');
  const coldMs = Number(await page.getByTestId('build-summary').getAttribute('data-ms'));
  console.log(
    `14-day batch, 60 cards, first build (fonts fetched, wasm compiled): ${coldMs} ms in the worker`,
  );

  const started = Date.now();
  await page.getByLabel('Envelopes, one per card').check();
  // Progress shows while the worker writes the PDF.
  await expect(page.getByTestId('build-status')).toContainText(
    /Writing the PDF · \d+ of 120|Checking every card/,
  );
  await expect(page.getByTestId('build-summary')).toContainText('60 cards · 120 pages');
  const wallMs = Date.now() - started;
  const workerMs = Number(await page.getByTestId('build-summary').getAttribute('data-ms'));
  console.log(
    `14-day batch, 60 cards + 60 envelopes: ${workerMs} ms in the worker, ${wallMs} ms from the click to the summary`,
  );
  expect(workerMs).toBeLessThan(10_000);

  // A selection: two cards left out with their checkboxes.
  await page.getByLabel('Print the card for Zoë Ñúñez').first().uncheck();
  await page.getByTestId('queue-item').nth(3).getByRole('checkbox').uncheck();
  await expect(page.getByTestId('build-summary')).toContainText('58 cards · 116 pages');
  await page.locator('#main').evaluate((m) => m.scrollTo(0, 0));
  await look(page, 'cards-11-batch-60');
  // Address labels instead: 21 to an A4 sheet, starting at label 5 of a part-used sheet.
  await page.getByLabel('Address labels').check();
  await page.getByLabel(/Start at label/).fill('5');
  await expect(page.getByTestId('build-summary')).toContainText('58 cards · 61 pages');
  await expect(page.getByTestId('pdf-preview').locator('.pdf-page-label').nth(58)).toContainText('Labels · ');
  await page.getByLabel('Envelopes, one per card').check();
  await expect(page.getByTestId('build-summary')).toContainText('58 cards · 116 pages');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Save PDF…' }).click(),
  ]);
  const path = `${OUT}/batch-60.pdf`;
  await download.saveAs(path);
  expect(pageCount(path)).toBe(116);
  expect(execFileSync('pdffonts', [path], { encoding: 'utf8' }).match(/^Caveat/gm)).toHaveLength(1);
});

test('under the desktop Content Security Policy the card worker, its wasm, the fonts and pdf.js all run', async ({
  page,
}) => {
  // The web build, served with the headers the desktop app sends (no eval; workers from self/blob:).
  await page.route(/^http:\/\/127\.0\.0\.1:\d+\//, async (route) => {
    // A request still running when the test ends is dropped quietly.
    const response = await route.fetch().catch(() => null);
    if (!response) return route.abort().catch(() => undefined);
    await route.fulfill({ response, headers: { ...response.headers(), ...securityHeaders(null) } });
  });
  const violations: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' && m.text().startsWith('CSP violation')) violations.push(m.text());
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      // zod probes `new Function('')` once and falls back when refused (it is set jitless anyway).
      if (e.blockedURI === 'eval' && e.violatedDirective === 'script-src') return;
      console.error(
        `CSP violation: ${e.violatedDirective} blocked ${e.blockedURI} (${e.sourceFile}:${e.lineNumber})`,
      );
    });
  });
  const first = await page.goto('./');
  expect(first?.headers()['content-security-policy']).toContain("script-src 'self' 'wasm-unsafe-eval'; ");
  expect(first?.headers()['content-security-policy']).toContain("worker-src 'self' blob:");
  await setSender(page);
  await expect(page.getByTestId('card-look').getByTestId('build-summary')).toContainText('1 card · 1 page');
  await addClient(page, { first: '小明', last: '王', starts: '2026-11-24', city: '北京' });
  await page.keyboard.press('Alt+5');
  await page.getByLabel('Envelopes, one per card').check();
  await expect(page.getByTestId('build-summary')).toContainText('1 card · 2 pages');
  await expect(page.getByTestId('warnings')).toContainText('Droid Sans Fallback');
  await look(page, 'cards-12-under-desktop-csp');
  expect(violations).toEqual([]);
});
