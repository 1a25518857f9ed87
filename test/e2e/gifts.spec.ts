/**
 * Gifts and the command palette, as a user would meet them: a yearly budget in Settings, a new
 * client made from the palette, a gift idea noted during a call, the end-of-journey gift coming
 * due on Today with the ideas and what was given before, the gift logged, the budget going down.
 */
import type { Page } from '@playwright/test';
import { expect, openApp, shot, test } from './fixtures';

test.beforeEach(async ({ page }) => {
  // Tuesday, 24 November 2026, 10:00 in Berlin.
  await page.clock.install({ time: new Date('2026-11-24T10:00:00+01:00') });
});

/** Lets the toasts time out, so screenshots show what is under them. */
async function hideToasts(page: Page): Promise<void> {
  await page.clock.runFor(9000);
  await expect(page.locator('.toast')).toHaveCount(0);
}

async function palette(page: Page, text: string): Promise<void> {
  await page.keyboard.press('Control+k');
  const input = page.getByRole('combobox', { name: /Command or client|Client name/ });
  await expect(input).toBeFocused();
  await input.fill(text);
}

test('a gift idea from a call shows when the end-of-journey gift comes due; logging it spends the budget', async ({
  page,
}) => {
  await openApp(page, 'settings');

  // A yearly budget of 300 euros.
  await page.getByLabel('Yearly gift budget').fill('300');
  await page.getByLabel('Currency').fill('EUR');
  await page.getByRole('button', { name: 'Save budget' }).click();
  await expect(page.getByText('Gift budget saved: €300 a year.')).toBeVisible();

  // A new client from the command palette, whose journey ends today.
  await palette(page, 'new cli');
  await expect(page.getByTestId('palette-option').first()).toHaveText(/New client/);
  await page.keyboard.press('Enter');
  const form = page.getByRole('dialog', { name: 'New client' });
  await form.getByLabel('First name *').fill('Zoë');
  await form.getByLabel('Last name').fill('Ñúñez');
  await form.getByLabel('Journey starts').fill('2026-09-01');
  await form.getByLabel('Expected end').fill('2026-11-24');
  await form.getByRole('button', { name: /Add client/ }).click();
  await expect(page.getByTestId('client-name')).toHaveText('Zoë Ñúñez');
  await expect(page.getByTestId('upcoming-item').filter({ hasText: 'End-of-journey' })).toHaveAttribute(
    'data-due',
    '2026-11-24',
  );

  // Gifts given before: one last December (another year's budget), flowers in March.
  const gifts = page.getByTestId('client-gifts');
  for (const [what, date, cost] of [
    ['Bottle of Barolo 2019', '2025-12-20', '45'],
    ['Flowers for the new office', '2026-03-08', '40'],
  ] as const) {
    await gifts.getByRole('button', { name: '+ Log a gift' }).click();
    const dialog = page.getByRole('dialog', { name: 'Log a gift for Zoë Ñúñez' });
    await dialog.getByLabel('What you gave *').fill(what);
    await dialog.getByLabel('Given on').fill(date);
    await dialog.getByLabel('Cost (EUR)').fill(cost);
    await dialog.getByRole('button', { name: /Log gift/ }).click();
    await expect(dialog).toBeHidden();
  }
  await expect(gifts.getByTestId('gift-given')).toHaveCount(2);
  await expect(gifts.getByTestId('gift-budget')).toContainText('€40 spent of €300');
  await expect(gifts.getByTestId('gift-budget-left')).toHaveText('€260 left');

  // A gift idea noted while on the phone with her.
  await page.getByRole('button', { name: /^Log call/ }).click();
  const call = page.getByRole('dialog', { name: 'Log a call' });
  await expect(call).toBeVisible();
  await call.getByLabel('Minutes').fill('12');
  await call.getByLabel('Outcome').fill('Project wrapped up, she is happy');
  await call.getByLabel('Gift idea').fill('Orchid — she mentioned her new windowsill');
  await hideToasts(page);
  await shot(page, 'gifts-01-call-with-gift-idea');
  await call.getByRole('button', { name: /Log call/ }).click();
  await expect(call).toBeHidden();
  await expect(page.getByText(/Gift idea noted\./)).toBeVisible();
  await expect(gifts.getByTestId('gift-idea')).toHaveText(/Orchid — she mentioned her new windowsill/);
  await expect(gifts.getByTestId('gift-idea')).toContainText('Noted during a call');
  await hideToasts(page);
  await gifts.scrollIntoViewIfNeeded();
  await shot(page, 'gifts-02-client-gift-log');

  // The gift touchpoint itself shows her ideas and what she had.
  await page.getByTestId('upcoming-item').filter({ hasText: 'End-of-journey' }).getByRole('button').click();
  const hint = page.getByTestId('touchpoint-gift-ideas');
  await expect(hint).toContainText('Orchid — she mentioned her new windowsill');
  await expect(hint).toContainText('Bottle of Barolo 2019');
  await shot(page, 'gifts-02b-touchpoint-ideas');
  await page.keyboard.press('Escape');
  await expect(hint).toBeHidden();

  // Today: the end-of-journey gift is due; G shows her ideas, what she had, and the budget.
  await page.keyboard.press('Alt+1');
  const row = page.getByTestId('agenda-row').filter({ hasText: 'End-of-journey' });
  await expect(row).toBeVisible();
  await row.focus();
  await page.keyboard.press('g');
  const due = page.getByRole('dialog', { name: 'Gift for Zoë Ñúñez' });
  await expect(due.getByTestId('gift-due-ideas')).toContainText('Orchid — she mentioned her new windowsill');
  await expect(due.getByTestId('gift-due-given')).toContainText('Bottle of Barolo 2019');
  await expect(due.getByTestId('gift-due-given')).toContainText('Flowers for the new office');
  await expect(due.getByTestId('gift-budget-left')).toHaveText('€260 left');

  // Typing another Barolo warns that she had one.
  await due.getByLabel('What you gave *').fill('Barolo 2021');
  await expect(due.getByTestId('gift-similar')).toContainText('Bottle of Barolo 2019');
  await shot(page, 'gifts-03-today-gift-due-warning');

  // She gets the orchid instead.
  await due.getByRole('button', { name: 'Use idea “Orchid — she mentioned her new windowsill”' }).click();
  await expect(due.getByTestId('gift-similar')).toBeHidden();
  await expect(due.getByLabel('Occasion')).toHaveValue('End of journey');
  await due.getByLabel('Cost (EUR)').fill('35,50');
  await due.getByLabel('Where bought').fill('Blumen Huber');
  await expect(due.getByTestId('gift-budget-after')).toHaveText(
    'After this gift: €224.50 left of the 2026 budget.',
  );
  await shot(page, 'gifts-04-today-gift-due-log');
  await page.keyboard.press('Control+Enter');
  await expect(due).toBeHidden();
  await expect(
    page.getByText(
      /Logged “Orchid — she mentioned her new windowsill” for Zoë Ñúñez\. “End-of-journey appreciation gift” is done\./,
    ),
  ).toBeVisible();
  await expect(row).toHaveCount(0);

  // Her page: the idea became the gift, the budget went down, the timeline has it.
  await palette(page, 'zoe');
  await expect(page.getByTestId('palette-option').filter({ hasText: 'Zoë Ñúñez' })).toBeVisible();
  await hideToasts(page);
  await shot(page, 'palette-03-client-by-name');
  await page.getByTestId('palette-option').filter({ hasText: 'Zoë Ñúñez' }).click();
  await expect(page.getByTestId('client-name')).toHaveText('Zoë Ñúñez');
  await expect(gifts.getByTestId('gift-idea')).toHaveCount(0);
  await expect(gifts.getByTestId('gift-given').first()).toContainText(
    'Orchid — she mentioned her new windowsill',
  );
  await expect(gifts.getByTestId('gift-given').first()).toContainText('€35.50');
  await expect(gifts.getByTestId('gift-budget')).toContainText('€75.50 spent of €300');
  await expect(gifts.getByTestId('gift-budget-left')).toHaveText('€224.50 left');
  await expect(page.getByTestId('timeline-past')).toContainText(
    'Gift: Orchid — she mentioned her new windowsill',
  );
  await hideToasts(page);
  await gifts.scrollIntoViewIfNeeded();
  await shot(page, 'gifts-05-client-after-gift');

  // Settings shows the same year in months and clients.
  await page.keyboard.press('Alt+6');
  await expect(page.getByTestId('settings-gifts').getByTestId('gift-budget-left')).toHaveText('€224.50 left');
  await expect(page.getByTestId('settings-gifts')).toContainText('Zoë Ñúñez');
  await page.getByTestId('settings-gifts').scrollIntoViewIfNeeded();
  await hideToasts(page);
  await shot(page, 'gifts-06-settings-budget');
});

test('the command palette: type, arrows, Enter navigates; Escape closes; menu actions go to their screens', async ({
  page,
}) => {
  await openApp(page, 'today');

  await palette(page, 'calen');
  await expect(page.getByTestId('palette-option').first()).toHaveText(/Go to Calendar/);
  await shot(page, 'palette-01-calendar');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('command-palette')).toBeHidden();
  await expect(page).toHaveURL(/#\/calendar$/);

  // Arrows move the highlighted option; Enter runs it.
  await palette(page, '');
  const options = page.getByTestId('palette-option');
  await expect(options.first()).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowDown');
  await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(options.last()).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('command-palette')).toBeHidden();
  await expect(page).toHaveURL(/#\/calendar$/);

  // Fuzzy: "nwcl" is New client, which opens the form over the current screen.
  await palette(page, 'nwcl');
  await expect(options.first()).toHaveText(/New client/);
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('First name *')).toBeFocused();
  await page.getByLabel('First name *').fill('王');
  await page.getByLabel('Last name').fill('小明');
  await page.keyboard.press('Escape');

  // Import/export/backup go to Settings' data section.
  await palette(page, 'export');
  await expect(options.first()).toHaveText(/Export data/);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/settings\?section=data$/);

  // Settings: the login item is a desktop feature; About names the version.
  await expect(page.getByTestId('login-item-note')).toContainText('Only in the desktop app');
  await expect(page.getByLabel('Open Touchpoint at login')).toBeDisabled();
  await expect(page.getByTestId('about-version')).toHaveText(/^\d+\.\d+\.\d+/);
  await page.getByTestId('settings-desktop').scrollIntoViewIfNeeded();
  await shot(page, 'palette-02-settings-this-app');

  // "Open client…" narrows to clients; nothing matches a stranger.
  await palette(page, 'open cl');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('combobox', { name: 'Client name' })).toBeFocused();
  await page.keyboard.type('nobody');
  await expect(page.getByText('No client matches “nobody”.')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('command-palette')).toBeHidden();
});
