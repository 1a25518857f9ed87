/**
 * Referrals, tried as a new user would: log a referral from an existing client with the action
 * confirmed; the thank-you is due tomorrow on Today; log the thank-you call with the timer; move
 * the referral to contacted, then won with a value; turn the lead into a client, who gets a
 * welcome card planned; the report card shows 1 referral, 100 % conversion and that value; the
 * referrer's tree shows the new client.
 */
import { expect, openApp, shot, test } from './fixtures';

test('a referral from first log to the report card', async ({ page }) => {
  // A fixed "now" (timers keep running): Tuesday 24 November 2026, 10:00 in Berlin.
  await page.clock.setFixedTime(new Date('2026-11-24T10:00:00+01:00'));

  // An existing client, the referrer.
  await openApp(page, 'clients');
  await page
    .getByRole('button', { name: /New client/ })
    .first()
    .click();
  const clientForm = page.getByRole('dialog', { name: 'New client' });
  await clientForm.getByLabel('First name *').fill('Zoë');
  await clientForm.getByLabel('Last name').fill('Ñúñez');
  await clientForm.getByLabel('Email').fill('zoe@atelier-lumiere.fr');
  await clientForm.getByRole('button', { name: /Add client/ }).click();
  await expect(page.getByTestId('client-name')).toHaveText('Zoë Ñúñez');

  // 1. Log the referral, with the action confirmed.
  await page.getByTestId('nav-referrals').click();
  await expect(page.getByRole('heading', { name: 'Referrals', level: 1 })).toBeVisible();
  await page.getByRole('button', { name: /New referral/ }).click();
  const form = page.getByRole('dialog', { name: 'New referral' });
  await form.getByRole('combobox', { name: 'Referred by' }).fill('zoe');
  await form.getByRole('option', { name: /Zoë Ñúñez/ }).click();
  await expect(form.getByRole('combobox', { name: 'Referred by' })).toHaveValue('Zoë Ñúñez');
  await form.getByLabel('Name *').fill('Lena Fischer');
  await form.getByLabel('Email', { exact: true }).fill('lena.fischer@example.de');
  await form.getByLabel('Phone', { exact: true }).fill('+49 30 1234 5678');
  await form.getByLabel('How the introduction happened').selectOption('phone');
  await form.getByRole('checkbox', { name: /took action to introduce them/ }).check();
  await expect(form.getByText('Ask for an action, not a contact')).toBeVisible();
  await shot(page, 'referrals-01-new-referral');
  await form.getByRole('button', { name: /Log referral/ }).click();
  await expect(form).toBeHidden();
  const newCol = page.getByTestId('col-new');
  await expect(newCol.getByTestId('referral-tile')).toContainText('Lena Fischer');
  await expect(newCol.getByTestId('referral-tile')).toContainText('from Zoë Ñúñez');
  await expect(newCol.getByTestId('referral-tile')).toContainText('introduced ✓');

  // 2. The thank-you is due tomorrow on Today.
  await page.getByTestId('nav-today').click();
  const thankRow = page.getByTestId('agenda-row').filter({ hasText: 'Thank Zoë for referring Lena Fischer' });
  await expect(thankRow).toHaveCount(1);
  await expect(thankRow).toContainText('tomorrow');
  await expect(page.getByTestId('group-this-week')).toContainText('Thank Zoë for referring Lena Fischer');
  await shot(page, 'referrals-02-today-thank-you');

  // 3. Log the thank-you call with the timer, straight from the Today row.
  await thankRow.hover();
  await thankRow.locator('[data-action="log-call"]').click();
  const call = page.getByRole('dialog', { name: 'Log a call' });
  await expect(call.getByRole('combobox', { name: 'Who' })).toHaveValue('Zoë Ñúñez');
  await expect(call.getByLabel('Purpose')).toHaveValue('referral-thank-you');
  await expect(call.getByLabel('Completes a planned call').locator('option:checked')).toContainText(
    'Thank Zoë for referring Lena Fischer',
  );
  await call.getByRole('button', { name: /Start timer/ }).click();
  // Four and a half minutes on the phone.
  await page.clock.setFixedTime(new Date('2026-11-24T10:04:30+01:00'));
  await expect(call.getByTestId('call-timer')).toHaveText('4:30');
  await call.getByLabel('Outcome').fill('Zoë was delighted; Lena expects our call on Thursday');
  await shot(page, 'referrals-03-call-timer');
  await call.getByRole('button', { name: /Stop timer/ }).click();
  await expect(call.getByLabel('Minutes')).toHaveValue('4.5');
  await call.getByRole('button', { name: /Log call/ }).click();
  await expect(call).toBeHidden();
  await expect(
    page.getByRole('status').filter({ hasText: 'Logged a 4 min 30 s call with Zoë Ñúñez' }),
  ).toBeVisible();
  // The planned call is done, so it leaves Today.
  await expect(thankRow).toHaveCount(0);

  // The shortcut opens the call log on any screen, even while typing.
  await page.getByTestId('nav-clients').click();
  await page.getByLabel('Search clients').focus();
  await page.keyboard.press('Control+l');
  await expect(page.getByRole('dialog', { name: 'Log a call' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name: 'Log a call' })).toBeHidden();

  // 4. Contacted (moved on the board; the lead was introduced by Zoë's call, a step the user skips),
  // then won with a value (from the referral itself).
  await page.getByTestId('nav-referrals').click();
  await expect(page.getByRole('button', { name: 'Move Lena Fischer to introduced' })).toBeVisible();
  await page.getByRole('combobox', { name: 'Move Lena Fischer to' }).selectOption('contacted');
  await expect(page.getByTestId('col-contacted').getByTestId('referral-tile')).toContainText('Lena Fischer');
  await page.getByRole('button', { name: 'Open the referral of Lena Fischer' }).click();
  const detail = page.getByRole('dialog', { name: 'Lena Fischer' });
  await expect(detail.getByTestId('referral-status')).toHaveText('Contacted');
  await expect(detail.getByTestId('referral-follow-ups')).toContainText(
    'Thank Zoë again: update on Lena Fischer',
  );
  await detail.getByRole('button', { name: /Won/ }).click();
  const won = page.getByRole('dialog', { name: 'Lena Fischer signed' });
  await won.getByLabel(/Value of the sale/).fill('4800');
  await won.getByRole('button', { name: 'Mark won' }).click();
  await expect(detail.getByTestId('referral-status')).toHaveText('Won');
  await expect(detail.getByTestId('referral-value')).toHaveText('$4,800');
  await expect(detail.getByTestId('status-steps')).toContainText('Nov 24, 2026');
  await expect(detail.getByTestId('referral-follow-ups')).toContainText(
    'Thank-you card to Zoë: Lena Fischer signed',
  );
  await shot(page, 'referrals-04-detail-won');

  // 5. Lena signs: one click makes her a client, referred by Zoë.
  await detail.getByRole('button', { name: 'Make client' }).click();
  await expect(detail.getByTestId('referral-client')).toHaveText('Lena Fischer');
  await detail.getByRole('link', { name: 'Open Lena Fischer' }).click();
  await expect(page.getByTestId('client-name')).toHaveText('Lena Fischer');
  await expect(page.getByTestId('client-facts')).toContainText('Referral from Zoë Ñúñez');
  await expect(page.getByTestId('client-facts')).toContainText('lena.fischer@example.de');
  // The new client gets a welcome card planned (by the client planner).
  await expect(page.getByTestId('timeline-upcoming')).toContainText(/welcome/i);
  await shot(page, 'referrals-05-new-client');

  // 6. The report card for this year: 1 referral, 100 % conversion, $4,800.
  await page.getByTestId('nav-referrals').click();
  await page.getByRole('link', { name: 'Report card' }).click();
  await expect(page.getByRole('button', { name: 'This year' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('metric-received')).toContainText('1');
  await expect(page.getByTestId('metric-received')).toContainText('0 open · 1 won · 0 lost');
  await expect(page.getByTestId('metric-introduced')).toContainText('100%');
  await expect(page.getByTestId('metric-conversion')).toContainText('100%');
  await expect(page.getByTestId('metric-revenue')).toContainText('$4,800');
  await expect(page.getByTestId('metric-median')).toContainText('0 days');
  await expect(page.getByTestId('top-advocates')).toContainText('Zoë Ñúñez');
  await expect(page.locator('.recharts-bar-rectangle').first()).toBeVisible();
  await shot(page, 'referrals-06-report-card');
  await page.emulateMedia({ colorScheme: 'dark' });
  await shot(page, 'referrals-07-report-card-dark');
  await page.emulateMedia({ colorScheme: 'light' });
  // Last month had nothing: an empty period says so rather than showing 0 %.
  await page.getByRole('button', { name: 'Custom' }).click();
  await page.getByLabel('Period from').fill('2026-10-01');
  await page.getByLabel('Period to').fill('2026-10-31');
  await expect(page.getByTestId('metric-received')).toContainText('None in this period');
  await expect(page.getByTestId('metric-conversion')).toContainText('—');

  // 7. Zoë's tree shows her new client.
  await page.getByTestId('nav-clients').click();
  await page.getByTestId('client-row').filter({ hasText: 'Zoë Ñúñez' }).click();
  const section = page.getByTestId('client-referrals');
  await expect(section.getByTestId('tree-node')).toHaveCount(1);
  await expect(section.getByTestId('tree-node').getByRole('link', { name: 'Lena Fischer' })).toBeVisible();
  await expect(section.getByTestId('tree-node')).toContainText('won');
  await expect(page.getByTestId('call-list')).toContainText('Referral thank-you');
  await expect(page.getByTestId('call-list')).toContainText('4 min 30 s');
  await section.scrollIntoViewIfNeeded();
  await shot(page, 'referrals-08-referrer-tree');

  // The tree view on the Referrals screen agrees.
  await page.getByTestId('nav-referrals').click();
  await page.getByRole('link', { name: 'Referral trees' }).click();
  await expect(page.getByRole('region', { name: 'Referral tree of Zoë Ñúñez' })).toContainText(
    'Lena Fischer',
  );
  await shot(page, 'referrals-09-trees');
});

test('rewards owed and given, a green light waiting for the ask, and the CSV export', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-11-24T10:00:00+01:00'));
  await openApp(page, 'clients');
  await page.getByRole('button', { name: /New client/ }).first().click();
  const clientForm = page.getByRole('dialog', { name: 'New client' });
  await clientForm.getByLabel('First name *').fill('Zoë');
  await clientForm.getByLabel('Last name').fill('Ñúñez');
  await clientForm.getByRole('button', { name: /Add client/ }).click();
  await expect(page.getByTestId('client-name')).toHaveText('Zoë Ñúñez');

  // The rewards program: a gift card per won referral, dinner at three.
  await page.getByTestId('nav-settings').click();
  const rewards = page.getByTestId('rewards-settings');
  await rewards.getByRole('checkbox', { name: /Rewards program/ }).check();
  await rewards.getByLabel('For every won referral').fill('$25 gift card');
  await rewards.getByRole('button', { name: '+ Add a tier' }).click();
  await rewards.getByLabel('Tier 1: reward').fill('Dinner for two');
  await rewards.scrollIntoViewIfNeeded();
  await shot(page, 'referrals-10-rewards-settings');
  await rewards.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Referral settings saved.' })).toBeVisible();

  // A referral from Zoë, won.
  await page.getByTestId('nav-referrals').click();
  await page.keyboard.press('n');
  const form = page.getByRole('dialog', { name: 'New referral' });
  await form.getByRole('combobox', { name: 'Referred by' }).fill('ñúñ');
  await form.getByRole('combobox', { name: 'Referred by' }).press('Enter');
  await form.getByLabel('Name *').fill('李华');
  await form.getByLabel('Phone', { exact: true }).fill('+86 10 8888 6666');
  await form.getByRole('button', { name: /Log referral/ }).click();
  await page.getByRole('combobox', { name: 'Move 李华 to' }).selectOption('won');
  const won = page.getByRole('dialog', { name: '李华 signed' });
  await won.getByLabel(/Value of the sale/).fill('1,200.50');
  await expect(won.getByText('Counts as $1,200.50 of revenue from referrals.')).toBeVisible();
  await won.getByRole('button', { name: 'Mark won' }).click();
  await expect(page.getByTestId('col-won').getByTestId('referral-tile')).toContainText('$1,200.50');

  // The reward is owed: a banner and a count beside Referrals.
  await expect(page.getByTestId('owed-banner')).toContainText('1 reward owed');
  await expect(page.getByTestId('owed-banner')).toContainText('$25 gift card for Zoë Ñúñez');
  await expect(page.getByTestId('nav-referrals')).toContainText('1');
  await shot(page, 'referrals-11-pipeline-owed');
  await page.emulateMedia({ colorScheme: 'dark' });
  await shot(page, 'referrals-12-pipeline-dark');
  await page.emulateMedia({ colorScheme: 'light' });

  await page.getByRole('link', { name: 'See rewards' }).click();
  await expect(page.getByTestId('owed-rewards')).toContainText('$25 gift card');
  await page.getByRole('button', { name: 'Mark given' }).click();
  await expect(page.getByTestId('owed-banner')).toBeHidden();
  await expect(page.getByTestId('rewards')).toContainText('$25 gift card to Zoë Ñúñez');
  await shot(page, 'referrals-13-rewards-given');

  // A testimonial check with the green light puts Zoë on the "ready to ask" list.
  await page.getByTestId('nav-clients').click();
  await page.getByTestId('client-row').filter({ hasText: 'Zoë Ñúñez' }).click();
  await page.getByRole('button', { name: 'Testimonial check' }).click();
  const check = page.getByRole('dialog', { name: 'Testimonial check' });
  await check.getByLabel('What could we be doing better?').fill('Answer emails on Fridays too');
  await check.getByLabel('What have we done right so far?').fill('The garden plan — spot on');
  await check.getByLabel('What would it take for you to refer others to us?').fill('Nothing, happy to!');
  await check.getByRole('checkbox', { name: /Green light/ }).check();
  await shot(page, 'referrals-14-testimonial-check');
  await check.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByTestId('latest-testimonial-check')).toContainText('The garden plan — spot on');
  await page.getByTestId('nav-referrals').click();
  const ready = page.getByTestId('green-lights');
  await expect(ready).toContainText('Zoë Ñúñez');
  await ready.getByRole('button', { name: 'Mark asked' }).click();
  await expect(ready).toContainText('Ready to ask for referrals (0)');

  // CSV export: names intact, the phone number defused for spreadsheets.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export referrals (CSV)' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('touchpoint-referrals-2026-11-24.csv');
  const path = await download.path();
  const { readFileSync } = await import('node:fs');
  const csv = readFileSync(path, 'utf8');
  expect(csv.startsWith('\uFEFFReferral date,Referred by,Referred person')).toBe(true);
  expect(csv).toContain('2026-11-24,Zoë Ñúñez,李华');
  expect(csv).toContain(`"'+86 10 8888 6666"`);
  expect(csv).toContain(',Won,');
  expect(csv).toContain(',1200.5,');
});
