import { readFileSync } from 'node:fs';
import { type Browser, expect, type Page, test } from '@playwright/test';
import { apiOk as call, shot, signInAsAdmin } from './support';

/**
 * The CPD dashboard, goals, import & export and the team's CPD, after foundation.spec.ts has
 * set up Harbour University. A new practitioner (invited here, so that no other spec's
 * entries change the numbers) logs CPD last year, sees it add up, maps it on a framework,
 * sets a target and a goal, imports a CSV with a bad row and a calendar, exports CSV and
 * shares a summary, which the administrator then reads on the team's page.
 */

test.describe.configure({ mode: 'serial' });

const nadia = {
  name: 'Nadia Haddad',
  email: 'nadia.haddad@harbour.example',
  password: 'a practitioner passphrase',
};
/** Last year: the dashboard opens on this year, so the year selector is part of the test. */
const YEAR = new Date().getFullYear() - 1;
const conference = 'Digital Universities conference';
const seminar = 'Webinar on learning analytics ethics';
const imported = ['Moodle workshop for new staff', 'Read the sector report on AI'];
const calendarEvent = 'Accessibility network meeting';
const goalTitle = 'Lead a data literacy study group';

async function signInAsNadia(page: Page) {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(nadia.email);
  await page.getByLabel('Password').fill(nadia.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Nadia');
}

async function openDashboard(page: Page, year = YEAR) {
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Dashboard' })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('CPD dashboard');
  if (year !== new Date().getFullYear()) {
    await page.getByLabel('Year', { exact: true }).selectOption(String(year));
    await expect(page).toHaveURL(new RegExp(`year=${year}`));
  }
}

/** ISTE 4.6b: a framework no other browser test tags, so its map starts empty. */
async function isteItem(page: Page): Promise<{ id: string; code: string; title: string }> {
  const { frameworks } = await call<{ frameworks: { id: string; title: string }[] }>(
    page,
    'GET',
    '/api/frameworks',
  );
  const iste = frameworks.find((f) => f.title === 'ISTE Standards for Coaches');
  expect(iste, 'the built-in ISTE Standards for Coaches').toBeTruthy();
  type Node = { id: string; code: string | null; title: string | null; children: Node[] };
  const tree = await call<{ items: Node[] }>(page, 'GET', `/api/frameworks/${iste?.id}`);
  const all: Node[] = [];
  const walk = (nodes: Node[]) => {
    for (const n of nodes) {
      all.push(n);
      walk(n.children);
    }
  };
  walk(tree.items);
  const item = all.find((n) => n.code === '4.6b');
  expect(item, 'ISTE 4.6b').toBeTruthy();
  return { id: item?.id ?? '', code: '4.6b', title: item?.title ?? '' };
}

async function newContextPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext();
  return context.newPage();
}

test('a practitioner sees the year add up, maps it on a framework, and sets a target and a goal', async ({
  page,
  browser,
}) => {
  // The administrator invites Nadia, who accepts in her own browser.
  await signInAsAdmin(page);
  const invitation = await call<{ link: string }>(page, 'POST', '/api/invitations', {
    email: nadia.email,
    name: nadia.name,
    roles: ['practitioner'],
  });
  const token = new URL(invitation.link).searchParams.get('token');
  const me = await newContextPage(browser);
  await me.goto('/sign-in');
  await call(me, 'POST', '/api/invitations/accept', { token, password: nadia.password });
  await me.goto('/');
  await expect(me.getByRole('heading', { level: 1 })).toContainText('Nadia');

  // A newcomer's dashboard explains itself and points to quick capture.
  await openDashboard(me, new Date().getFullYear());
  await expect(
    me.getByRole('heading', { name: 'Your dashboard fills in as you log CPD' }),
  ).toBeVisible();
  await expect(me.getByRole('button', { name: 'Log your first CPD' })).toBeVisible();
  await shot(me, '60-cpd-dashboard-empty');

  // Two entries last year.
  const first = await call<{ id: string }>(me, 'POST', '/api/cpd/entries', {
    title: conference,
    date: `${YEAR}-03-10`,
    hours: 3,
    type: 'conference',
    timeKind: 'protected',
  });
  await call(me, 'POST', '/api/cpd/entries', {
    title: seminar,
    date: `${YEAR}-05-20`,
    hours: 1.5,
    type: 'seminar',
    timeKind: 'personal',
  });

  await me.reload();
  await openDashboard(me);
  await expect(me.getByTestId('target-progress')).toHaveText('4.5 of 20 hours');
  await expect(
    me.getByText(`You logged 4.5 hours in 2 entries in ${YEAR}, 23% of your 20-hour target.`),
  ).toBeVisible();
  await expect(me.getByText(/busiest was March with 3 hours/)).toBeVisible();
  const byType = me.getByRole('list', { name: 'Hours by type' });
  await expect(byType.getByRole('listitem')).toHaveCount(2);
  await expect(byType.getByRole('listitem').first()).toContainText('Conference');
  await expect(byType.getByRole('listitem').first()).toContainText('3 hours');
  const time = me.getByRole('list', { name: 'Hours by kind of time' });
  await expect(time).toContainText('Protected work time: 3 hours (67%)');
  await expect(time).toContainText('Personal time: 1.5 hours (33%)');
  // The month chart's numbers are there for screen readers too.
  await expect(
    me
      .getByRole('table', { name: `Hours of CPD each month of ${YEAR}` })
      .getByRole('row', { name: /^May/ }),
  ).toContainText('1.5');

  // Map ISTE for Coaches: its cell for 4.6b is empty until an entry is tagged with it.
  await me.getByRole('button', { name: 'Settings' }).click();
  const settings = me.getByRole('dialog', { name: 'Dashboard settings' });
  await settings.getByLabel('Frameworks to map').click();
  await settings.getByLabel('Frameworks to map').fill('ISTE');
  await me.getByRole('option', { name: /ISTE Standards for Coaches/ }).click();
  await settings.getByRole('button', { name: 'Save settings' }).click();
  await expect(settings).toHaveCount(0);
  const map = me.getByRole('region', { name: /ISTE Standards for Coaches/ });
  const item = await isteItem(me);
  const cell = map.getByRole('link', { name: new RegExp(`^4\\.6b ${item.title}`) });
  await expect(cell).toContainText('No entries yet');
  await expect(map.getByTestId('coverage-summary')).toContainText('0 of 33 items');

  await call(me, 'PATCH', `/api/cpd/entries/${first.id}`, { tagIds: [item.id] });
  await me.reload();
  await expect(cell).toContainText('1 entry · 3 hours');
  await expect(cell).toHaveAttribute('data-level', '4');
  // The item and the standard above it now have CPD.
  await expect(map.getByTestId('coverage-summary')).toContainText('2 of 33 items');
  await shot(me, '61-cpd-dashboard');

  // A cell opens the list filtered by that item.
  await cell.click();
  await expect(me).toHaveURL(new RegExp(`/cpd\\?tagId=${item.id}$`));
  await expect(me.getByText(conference).first()).toBeVisible();
  await expect(me.getByText(seminar)).toHaveCount(0);

  // Change the yearly target.
  await openDashboard(me);
  await me.getByRole('button', { name: 'Change the target' }).click();
  await settings.getByLabel('Yearly target (hours)').fill('10');
  await settings.getByRole('button', { name: 'Save settings' }).click();
  await expect(me.getByTestId('target-progress')).toHaveText('4.5 of 10 hours');

  // A goal with a due date and a framework item, then its status in one click.
  await me.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Goals' }).click();
  await expect(me.getByRole('heading', { level: 1 })).toHaveText('Goals');
  await expect(me.getByTestId('yearly-target')).toContainText('10 hours of CPD each calendar year');
  await expect(me.getByRole('heading', { name: 'No goals yet' })).toBeVisible();
  await me.getByRole('button', { name: 'New goal' }).click();
  const goalDialog = me.getByRole('dialog', { name: 'New goal' });
  // Empty title: the form says what to fix.
  await goalDialog.getByRole('button', { name: 'Set goal' }).click();
  await expect(goalDialog.getByText(/Goal is required/)).toBeVisible();
  await goalDialog.getByLabel('Goal', { exact: true }).fill(goalTitle);
  const due = new Date(Date.now() + 30 * 86_400_000);
  const dueIso = `${due.getFullYear()}-${String(due.getMonth() + 1).padStart(2, '0')}-${String(due.getDate()).padStart(2, '0')}`;
  await goalDialog.getByLabel('Due date (optional)').fill(dueIso);
  await goalDialog.getByLabel('Framework items').fill(item.title);
  await me.getByRole('option', { name: new RegExp(`^4\\.6b ${item.title}`) }).click();
  await expect(goalDialog.getByRole('list', { name: 'Framework items: chosen' })).toContainText(
    '4.6b',
  );
  await goalDialog.getByRole('button', { name: 'Set goal' }).click();
  await expect(goalDialog).toHaveCount(0);
  const goal = me.getByRole('article', { name: goalTitle });
  await expect(goal).toContainText('Due in 30 days');
  await expect(goal).toContainText('Not started');
  await goal.getByText('In progress', { exact: true }).click();
  await expect(goal.getByRole('radio', { name: 'In progress' })).toBeChecked();
  await expect(goal.locator('.mantine-Badge-root')).toHaveText('In progress');
  await shot(me, '62-cpd-goals');

  // The dashboard lists it under goals due.
  await openDashboard(me);
  await expect(me.getByRole('list', { name: 'Goals due' })).toContainText(goalTitle);
  await expect(me.getByRole('list', { name: 'Goals due' })).toContainText('Due in 30 days');
  await me.context().close();
});

test('import a CSV with a bad row and a calendar as drafts, then export CSV', async ({ page }) => {
  await signInAsNadia(page);
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Import & export' })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Import & export');
  await expect(page.getByRole('table', { name: 'CSV columns' })).toContainText('tags');
  await shot(page, '63-cpd-import');

  // The example file is made in the browser and imports as it is.
  const [example] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download an example CSV' }).click(),
  ]);
  expect(example.suggestedFilename()).toBe('cairn-cpd-example.csv');
  expect(readFileSync((await example.path()) ?? '', 'utf8')).toMatch(
    /^\uFEFF?date,title,hours,type,reflection,time,significant,tags\r\n/,
  );

  const csv = [
    'date,title,hours,type,time',
    `${YEAR}-06-01,${imported[0]},2,skill-sharing,protected`,
    `${YEAR}-06-15,Three-day residential,30,formal-study,`,
    `${YEAR}-07-01,${imported[1]},1,other,personal`,
  ].join('\n');
  const file = page.getByLabel('CSV or calendar (.ics) file');
  await file.setInputFiles({ name: 'my-cpd.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await expect(page.getByTestId('import-summary')).toHaveText(
    'my-cpd.csv (CSV file): 2 rows ready to import, 1 row with problems.',
  );
  const rows = page.getByRole('region', { name: 'Rows of the file' }).getByRole('row');
  const bad = rows.filter({ hasText: 'Three-day residential' });
  await expect(bad.getByRole('cell').first()).toHaveText('3');
  await expect(bad).toContainText('Problem');
  await expect(bad).toContainText('more than 24 hours');
  await expect(rows.filter({ hasText: imported[0] ?? '' })).toContainText('Ready');
  await shot(page, '64-cpd-import-preview');

  await page.getByRole('button', { name: 'Import 2 valid rows' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Imported 2 entries from my-cpd.csv' }),
  ).toBeVisible();
  await expect(page.getByText('1 row was left out.')).toBeVisible();
  await page.getByRole('link', { name: 'See them in your CPD log' }).click();
  await expect(page).toHaveURL(/\/cpd$/);
  for (const title of imported) await expect(page.getByText(title).first()).toBeVisible();
  await expect(page.getByText('Three-day residential')).toHaveCount(0);

  // A calendar event becomes a draft, which the dashboard asks to confirm.
  await page.goto('/cpd/import');
  const ics = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Harbour University//Browser test//EN',
    'BEGIN:VEVENT',
    'UID:cpd-dashboard-spec-1@harbour.example',
    'DTSTAMP:20260101T090000Z',
    `DTSTART:${YEAR}1015T090000Z`,
    `DTEND:${YEAR}1015T110000Z`,
    `SUMMARY:${calendarEvent}`,
    'END:VEVENT',
    'END:VCALENDAR',
    '',
  ].join('\r\n');
  await file.setInputFiles({
    name: 'calendar.ics',
    mimeType: 'text/calendar',
    buffer: Buffer.from(ics),
  });
  await expect(page.getByTestId('import-summary')).toContainText('1 event ready to import');
  await page.getByRole('button', { name: 'Import 1 event as drafts' }).click();
  await expect(page.getByRole('link', { name: 'Review and confirm the drafts' })).toHaveAttribute(
    'href',
    '/cpd?draft=true',
  );
  await openDashboard(page);
  await expect(page.getByText('1 calendar event to confirm')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Review the drafts' })).toHaveAttribute(
    'href',
    '/cpd?draft=true',
  );
  // Drafts do not count: last year is the two entries and the two imported rows.
  await expect(page.getByTestId('target-progress')).toHaveText('7.5 of 10 hours');

  // Export CSV, with a visible busy state, and read the file.
  await page.goto('/cpd/import');
  await page.getByRole('radio', { name: 'CSV' }).check();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download CSV' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^cairn-cpd-.*\.csv$/);
  const text = readFileSync((await download.path()) ?? '', 'utf8').replace(/^\uFEFF/, '');
  const lines = text.trim().split(/\r?\n/);
  expect(lines[0]).toBe('date,title,hours,type,reflection,time,significant,tags');
  expect(lines).toHaveLength(5);
  expect(text).toContain(
    `${YEAR}-03-10,${conference},3,conference,,protected,no,ISTE Standards for Coaches 4.6b`,
  );
  expect(text).toContain(`${YEAR}-06-01,${imported[0]},2,skill-sharing`);
  expect(text).not.toContain(calendarEvent);
  await expect(page.getByText(/Export ready/)).toBeVisible();
});

test('a manager sees the summaries people share, and only the entries they share', async ({
  page,
  browser,
}) => {
  // Nadia shares her summary, and one entry with its reflection.
  await signInAsNadia(page);
  await openDashboard(page);
  await page.getByRole('button', { name: 'Settings' }).click();
  const settings = page.getByRole('dialog', { name: 'Dashboard settings' });
  await expect(
    settings.getByText(/They never see the titles of your entries, your reflections/),
  ).toBeVisible();
  await settings.getByLabel('Share my summary with managers').check();
  await settings.getByRole('button', { name: 'Save settings' }).click();
  await expect(settings).toHaveCount(0);
  const { entries } = await call<{ entries: { id: string; title: string }[] }>(
    page,
    'GET',
    `/api/cpd/entries?q=${encodeURIComponent(conference)}`,
  );
  await call(page, 'PATCH', `/api/cpd/entries/${entries[0]?.id}`, {
    shared: true,
    reflection: 'Learnt **three** ways to use learning analytics with consent.',
  });

  // The administrator reads it on the team's page.
  const admin = await browser.newContext();
  const manager = await admin.newPage();
  await signInAsAdmin(manager);
  await manager
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Team CPD' })
    .click();
  await expect(manager.getByRole('heading', { level: 1 })).toHaveText('Team CPD');
  await manager.getByLabel('Year', { exact: true }).selectOption(String(YEAR));
  const people = manager.getByRole('region', { name: 'People' });
  const nadiaRow = people.getByRole('row').filter({ hasText: nadia.name });
  await expect(nadiaRow).toContainText('7.5 of 10 h (75%)');
  await expect(nadiaRow).toContainText('67% protected');
  await expect(people.getByRole('row').filter({ hasText: 'Priya Raman' })).toContainText(
    'Not shared',
  );
  await shot(manager, '65-team-cpd');

  await nadiaRow.getByRole('link', { name: nadia.name }).click();
  await expect(manager.getByRole('heading', { level: 1 })).toHaveText(nadia.name);
  await expect(manager.getByTestId('target-progress')).toHaveText('7.5 of 10 hours');
  const shared = manager.getByRole('list', { name: 'Shared entries' });
  await expect(shared.getByRole('article')).toHaveCount(1);
  await expect(shared.getByRole('heading', { name: conference })).toBeVisible();
  await expect(shared.locator('.cpd-reflection strong')).toHaveText('three');
  // Entries she did not share stay private.
  await expect(manager.getByText(seminar)).toHaveCount(0);
  await expect(manager.getByText(imported[0] ?? '')).toHaveCount(0);
  await shot(manager, '66-team-cpd-member');
  await admin.close();
});

test('on a phone: the dashboard, goals, import and the team page', async ({ page, browser }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signInAsNadia(page);
  await page.goto(`/cpd/dashboard?year=${YEAR}`);
  await expect(page.getByTestId('target-progress')).toHaveText('7.5 of 10 hours');
  await expect(page.getByRole('link', { name: /^4\.6b / })).toBeVisible();
  // Nothing is wider than the screen.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await shot(page, '67-phone-cpd-dashboard');
  await page.goto('/cpd/goals');
  await expect(page.getByRole('article', { name: goalTitle })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await shot(page, '68-phone-cpd-goals');
  await page.goto('/cpd/import');
  await expect(page.getByRole('list', { name: 'CSV columns' })).toBeVisible();
  await shot(page, '69-phone-cpd-import');

  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const manager = await context.newPage();
  await signInAsAdmin(manager);
  await manager.goto(`/team/cpd?year=${YEAR}`);
  await expect(manager.getByRole('list', { name: 'People' })).toContainText('7.5 of 10 h');
  expect(await manager.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
    390,
  );
  await shot(manager, '70-phone-team-cpd');
  await context.close();
});
