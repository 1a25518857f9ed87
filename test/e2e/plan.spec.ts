/**
 * Plans, Today and the calendar, tried as a new user would: a client starting tomorrow with a
 * birthday next month in Germany (Bavaria) gets the welcome card, check-in, birthday and the
 * chosen holidays; done moves it off Today; a drag reschedules and survives re-planning; the
 * .ics file parses back into the same events.
 */
import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import { expect, openApp, shot, test } from './fixtures';

test.beforeEach(async ({ page }) => {
  // Tuesday, 24 November 2026, 10:00 in Berlin.
  await page.clock.install({ time: new Date('2026-11-24T10:00:00+01:00') });
});

test('a new client in Germany gets a planned calendar that the user can work through', async ({ page }) => {
  await openApp(page, 'today');
  await expect(page.getByTestId('all-clear')).toBeVisible();

  await page.keyboard.press('Alt+3');
  await page.keyboard.press('n');
  await page.getByLabel('First name *').fill('Jürgen');
  await page.getByLabel('Last name').fill('Weiß');
  await page.getByLabel('Birthday month').selectOption('12');
  await page.getByLabel('Birthday day').fill('20');
  await page.getByLabel('Birthday year').fill('1976');
  await page.getByLabel('Journey starts').fill('2026-11-25');
  await page.getByLabel('Country (for holidays)').selectOption('DE');
  await page.getByLabel('Region (for holidays)').selectOption('BY');
  // Choose this client's holidays: Christmas, New Year, and Epiphany, a Bavarian holiday.
  await page.getByText('Greet the holidays I chose in Settings').click();
  const picker = page.getByRole('group', { name: 'Holidays greeted for this client' });
  await expect(picker.getByLabel('Epiphany')).toBeVisible();
  await picker.getByLabel('Epiphany').check();
  await expect(picker.getByLabel('Christmas', { exact: true })).toBeChecked();
  await shot(page, 'plan-01-client-holidays');
  await page.getByRole('button', { name: /Add client/ }).click();
  await expect(page.getByTestId('client-name')).toHaveText('Jürgen Weiß');

  // The timeline lists what was planned.
  const upcoming = page.getByTestId('upcoming-item');
  await expect(upcoming.filter({ hasText: 'Welcome card' })).toHaveAttribute('data-due', '2026-11-26');
  await expect(upcoming.filter({ hasText: 'Check-in call' })).toHaveAttribute('data-due', '2026-12-25');
  await expect(upcoming.filter({ hasText: /Birthday/ }).first()).toHaveAttribute('data-due', '2026-12-13');
  await expect(upcoming.filter({ hasText: /Birthday/ }).first()).toContainText('turns 50 on Dec 20');
  await expect(upcoming.filter({ hasText: 'Christmas' }).first()).toHaveAttribute('data-due', '2026-12-15');
  await expect(upcoming.filter({ hasText: 'New Year' }).first()).toHaveAttribute('data-due', '2026-12-22');
  await expect(upcoming.filter({ hasText: 'Epiphany' }).first()).toHaveAttribute('data-due', '2026-12-27');
  await shot(page, 'plan-02-client-timeline');

  // Today: the welcome card is due this week; marking it done moves it off Today.
  await page.keyboard.press('Alt+1');
  const week = page.getByTestId('group-this-week');
  await expect(week.getByTestId('agenda-row').filter({ hasText: 'Welcome card' })).toBeVisible();
  await shot(page, 'plan-03-today');
  await week.getByTestId('agenda-row').filter({ hasText: 'Welcome card' }).focus();
  await page.keyboard.press('d');
  await expect(page.getByText('Done: Welcome card')).toBeVisible();
  await expect(page.getByTestId('agenda-row').filter({ hasText: 'Welcome card' })).toHaveCount(0);

  // Calendar, December: every kind shows; drag the Christmas greeting from the 15th to the 17th.
  await page.keyboard.press('Alt+2');
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.locator('.rbc-toolbar-label')).toHaveText('December 2026');
  const cal = page.getByTestId('calendar');
  for (const title of ['Birthday', 'Christmas greeting', 'New Year greeting', 'Check-in call', 'Epiphany greeting']) {
    await expect(cal.locator('.rbc-event').filter({ hasText: title }).first()).toBeVisible();
  }
  await shot(page, 'plan-04-calendar-month');
  const event = cal.locator('.rbc-event').filter({ hasText: 'Christmas greeting' }).first();
  const target = cal.locator('.rbc-date-cell').filter({ hasText: /^17$/ }).first();
  const from = await event.boundingBox();
  const to = await target.boundingBox();
  if (!from || !to) throw new Error('calendar not laid out');
  await page.mouse.move(from.x + 10, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + 30, from.y + 20, { steps: 5 });
  await page.mouse.move(to.x + to.width / 2, to.y + 30, { steps: 10 });
  await page.mouse.up();
  await expect(page.getByText('Moved to')).toBeVisible();

  // Re-plan everyone with changed rules: the dragged touchpoint stays, the birthday moves.
  await page.keyboard.press('Alt+6');
  await page.getByLabel('Birthday greeting: days before the birthday').fill('8');
  await page.getByRole('button', { name: 'Save plan' }).click();
  await expect(page.getByText('Every client is planned with the new rules.')).toBeVisible();
  await page.keyboard.press('Alt+3');
  await page.getByTestId('client-row').first().click();
  await expect(upcoming.filter({ hasText: 'Christmas' }).first()).toHaveAttribute('data-due', '2026-12-17');
  await expect(upcoming.filter({ hasText: /Birthday/ }).first()).toHaveAttribute('data-due', '2026-12-12');

  // The .ics file parses back into the same events as the client's upcoming list.
  const shown = await upcoming.evaluateAll((els) =>
    els.map((e) => `${e.getAttribute('data-due')} ${e.getAttribute('data-title')}`).sort(),
  );
  await page.keyboard.press('Alt+2');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: /Export to phone calendar/ }).click(),
  ]);
  const text = readFileSync(await download.path(), 'utf8');
  const events = new ICAL.Component(ICAL.parse(text))
    .getAllSubcomponents('vevent')
    .map((v) => new ICAL.Event(v));
  const parsed = events.map((e) => `${e.startDate.toString()} ${e.summary.replace(/ — Jürgen Weiß$/, '')}`).sort();
  expect(parsed).toEqual(shown);
  expect(parsed).toContain('2026-12-17 Christmas greeting (Dec 25)');
  expect(new Set(events.map((e) => e.uid)).size).toBe(events.length);
});
