import { expect, type Page, test } from '@playwright/test';
import { shot, signInAsAdmin } from './support';

/**
 * Careers, after foundation.spec.ts has set up Harbour University: the administrator fills a
 * career profile, sees the job title classified with its reasons, corrects it and undoes the
 * correction, assesses herself against CMALT, sets a target and reads the gaps, reads her
 * recommendations, adds one to her plan and finds it in the plan and among her CPD goals.
 */

// Long journeys on a shared machine: more time than the default minute.
test.describe.configure({ mode: 'serial', timeout: 180_000 });

const TITLE = 'Senior Learning Technologist';

function nav(page: Page) {
  return page.getByRole('navigation', { name: 'Main' });
}

/** A page of the Careers area of the navigation. */
async function openCareersPage(page: Page, link: string, heading: string | RegExp) {
  await nav(page).getByRole('list', { name: 'Careers' }).getByRole('link', { name: link }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
}

/** A day this many days from today, as the date inputs want it. */
function inDays(days: number): string {
  const d = new Date(Date.now() + days * 86_400_000);
  return d.toISOString().slice(0, 10);
}

/** A JSON write as the person signed in on `page` (with the CSRF header writes need). */
async function post<T>(page: Page, path: string, data: unknown): Promise<T> {
  const csrf = (await page.context().cookies()).find((c) => c.name === 'cairn_csrf')?.value ?? '';
  const response = await page.request.post(path, { headers: { 'x-csrf-token': csrf }, data });
  expect(response.ok(), `POST ${path}: ${await response.text()}`).toBe(true);
  return (await response.json()) as T;
}

async function fitsPhone(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
}

test('profile: classified with reasons, corrected and the correction undone', async ({ page }) => {
  await signInAsAdmin(page);
  await openCareersPage(page, 'Career profile', 'Career profile');
  await expect(page.getByText('Start your career profile')).toBeVisible();
  await shot(page, '70-careers-profile-empty');

  const form = page.getByRole('form', { name: 'Career profile' });
  await form.getByLabel('Job title').fill(TITLE);
  await form.getByLabel('Employer').fill('Harbour University');
  await form.getByLabel('Sector').selectOption('higher-education');
  await form.getByLabel('Country').fill('g');
  await form.getByLabel('Years in the field').fill('6');
  await form.getByText('Teaching', { exact: true }).click();
  await form.getByText('Web design', { exact: true }).click();
  await form.getByRole('button', { name: 'Add a certification' }).click();
  const cert = form.getByRole('group', { name: 'Certification 1' });
  await cert.getByLabel('Name').fill('CMALT');
  await form.getByRole('group', { name: 'CMALT' }).getByLabel('Expires on').fill(inDays(40));
  await form.getByRole('button', { name: 'Add a network or membership' }).click();
  await form.getByRole('group', { name: 'Network or membership 1' }).getByLabel('Name').fill('ALT');
  await form.getByRole('switch', { name: /Share my career profile/ }).check();
  await form.getByRole('button', { name: 'Save profile' }).click();
  // The server's message appears under the field that caused it, and nothing typed is lost.
  await expect(
    form.getByText('Country must be a two-letter country code, like GB or US'),
  ).toBeVisible();
  await expect(form.getByLabel('Job title')).toHaveValue(TITLE);
  await form.getByLabel('Country').fill('gb');
  await form.getByRole('button', { name: 'Save profile' }).click();

  // The classification beside the form, with the words that decided it.
  await expect(page.getByTestId('classification-family')).toHaveText('Learning technologist');
  await expect(page.getByTestId('classification-seniority')).toHaveText('Senior');
  const why = page.getByTestId('classification-why');
  await expect(why).toContainText('‘senior’ → senior');
  await expect(why).toContainText('→ learning technologist');
  await expect(page.getByRole('list', { name: 'Survey groups' })).toContainText(
    'Learning technologist or a close variant',
  );
  // The certification that lapses in 40 days is flagged; the country was upper-cased.
  await expect(form.getByRole('group', { name: 'CMALT' })).toContainText('Expiring soon');
  await expect(form.getByLabel('Country')).toHaveValue('GB');
  await shot(page, '71-careers-profile-classified');

  // Correct it, see the correction used, then undo it.
  await page.getByRole('button', { name: 'Not right? Correct it' }).click();
  const dialog = page.getByRole('dialog', { name: 'Correct the classification' });
  await dialog.getByLabel('Role family').selectOption('learning-designer');
  await dialog.getByLabel('Seniority').selectOption('leadership');
  await dialog.getByLabel('Note (optional)').fill('I lead the learning design team.');
  await dialog.getByRole('button', { name: 'Save correction' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('classification-family')).toHaveText('Learning designer');
  await expect(page.getByTestId('classification-seniority')).toHaveText('Leadership');
  await expect(page.getByText('Corrected by you')).toBeVisible();
  await expect(page.getByText('Corrections are kept')).toBeVisible();
  // Kept: it is still there after a reload.
  await page.reload();
  await expect(page.getByTestId('classification-family')).toHaveText('Learning designer');
  await page.getByRole('button', { name: 'Undo correction' }).click();
  await expect(page.getByTestId('classification-family')).toHaveText('Learning technologist');
  await expect(page.getByText('Corrected by you')).toHaveCount(0);
});

test('self-assessment against CMALT: rate, complete, see the chart', async ({ page }) => {
  await signInAsAdmin(page);
  await openCareersPage(page, 'Self-assessment', 'Self-assessment');
  await expect(page.getByRole('heading', { name: 'No self-assessments yet' })).toBeVisible();
  await page.getByRole('button', { name: 'Start a self-assessment' }).click();
  const dialog = page.getByRole('dialog', { name: 'Start a self-assessment' });
  const framework = dialog.getByLabel('Framework');
  const cmalt = await framework.locator('option', { hasText: /^CMALT \(/ }).getAttribute('value');
  await framework.selectOption(cmalt ?? '');
  await dialog.getByRole('button', { name: 'Start' }).click();
  await expect(page).toHaveURL(/\/careers\/assessments\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^CMALT/);

  const rate = async (code: string, level: string) => {
    const item = page.getByRole('article', { name: new RegExp(`^${code} `) });
    await item.getByRole('radio', { name: new RegExp(`^${level}:`) }).check();
    await expect(item.getByText('Saved', { exact: true })).toBeVisible();
    return item;
  };
  const oneA = await rate('1a', 'Proficient');
  // Evidence from the CPD log, found by searching it.
  const entry = await post<{ id: string }>(page, '/api/cpd/entries', {
    title: 'Evaluated three quiz tools for the VLE',
    hours: 2,
  });
  await oneA.getByRole('button', { name: /^Link CPD entries to 1a / }).click();
  const picker = page.getByRole('dialog', { name: 'Link CPD entries' });
  await picker.getByLabel('Search your CPD log').fill('quiz tools');
  await picker.getByRole('checkbox', { name: /Evaluated three quiz tools/ }).check();
  await picker.getByRole('button', { name: 'Link 1 entry' }).click();
  await expect(picker).toBeHidden();
  await expect(
    oneA.getByRole('link', { name: 'Evaluated three quiz tools for the VLE' }),
  ).toBeVisible();
  // Out of the CPD log again, so the CPD browser test's totals for this person stay as they were.
  const csrf = (await page.context().cookies()).find((c) => c.name === 'cairn_csrf')?.value ?? '';
  const removed = await page.request.delete(`/api/cpd/entries/${entry.id}`, {
    headers: { 'x-csrf-token': csrf },
  });
  expect(removed.status()).toBe(204);
  const oneB = await rate('1b', 'Developing');
  await rate('2a', 'Leading');
  await expect(page.getByTestId('assessment-progress')).toHaveText(/^3 of \d+ items rated$/);
  await oneB.getByLabel('Note (optional)').fill('Moodle plugins, not yet the media server.');
  await oneB.getByLabel('Note (optional)').blur();
  await expect(oneB.getByText('Saved', { exact: true })).toBeVisible();
  await shot(page, '72-careers-assessment-rating');

  await page.getByRole('button', { name: 'Complete', exact: true }).click();
  const confirm = page.getByRole('dialog', { name: 'Complete this self-assessment?' });
  await confirm.getByRole('button', { name: 'Complete' }).click();
  await expect(confirm).toBeHidden();
  await expect(page.getByText('Completed', { exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Your result by area' })).toBeVisible();
  await expect(page.getByTestId('assessment-chart')).toBeVisible();
  // The text alternative carries the numbers: area 1 averages (3 + 2) / 2.
  await expect(page.getByRole('table', { name: 'Your result by area' })).toContainText('2.5');
  await expect(page.getByRole('button', { name: 'Repeat this assessment' })).toBeVisible();
  await shot(page, '73-careers-assessment-complete');

  // Repeat it later, starting from these ratings, and see what changed.
  const first = page.url();
  await page.getByRole('button', { name: 'Repeat this assessment' }).click();
  const repeat = page.getByRole('dialog', { name: 'Start a self-assessment' });
  await expect(repeat.getByLabel('Repeat an earlier assessment (optional)')).not.toHaveValue('');
  await repeat.getByRole('button', { name: 'Start' }).click();
  await expect(page).not.toHaveURL(first);
  await expect(page.getByTestId('assessment-progress')).toHaveText(/^3 of \d+ items rated$/);
  await rate('1b', 'Proficient');
  const changes = page.getByRole('region', { name: 'Items whose level changed' });
  await expect(changes.getByRole('row', { name: /1b/ })).toContainText('Up 1');
  await expect(changes.getByRole('row')).toHaveCount(2);
  // The repeat is left in progress: the gap analysis uses the completed one's levels either way.
  await page.getByRole('button', { name: 'Delete' }).click();
  await page
    .getByRole('dialog', { name: 'Delete this self-assessment?' })
    .getByRole('button', { name: 'Delete' })
    .click();
  await expect(page).toHaveURL(/\/careers\/assessments$/);
  await expect(
    page.getByRole('region', { name: 'Your self-assessments' }).getByRole('row'),
  ).toHaveCount(2);
});

test('target and gaps, recommendations, the plan and the CPD goals', async ({ page }) => {
  await signInAsAdmin(page);
  await openCareersPage(page, 'Target & gaps', 'Target and gaps');
  await page.getByLabel('Role family').selectOption('learning-technologist');
  await page.getByLabel('Seniority').selectOption('leadership');
  await page.getByRole('button', { name: 'Set target' }).click();
  await expect(page.getByTestId('target-name')).not.toHaveText('No target yet');
  const gaps = page.getByTestId('gap-list');
  await expect(gaps.getByRole('listitem').first()).toBeVisible();
  await expect(
    gaps.getByRole('link', { name: 'CPD entries for this item' }).first(),
  ).toHaveAttribute('href', /^\/cpd\?tagId=[0-9a-f-]{36}$/);
  await expect(page.getByTestId('gap-below')).toBeVisible();
  await shot(page, '74-careers-target-gaps');

  await nav(page)
    .getByRole('list', { name: 'Careers' })
    .getByRole('link', { name: 'Recommendations' })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const add = page.getByRole('button', { name: /Add .*to (my |your )?plan/i }).first();
  await expect(add).toBeVisible();
  await shot(page, '75-careers-recommendations');
  await add.click();
  await expect(page.getByText(/in your plan|added to your plan/i).first()).toBeVisible();

  await openCareersPage(page, 'Plan', 'Career plan');
  const goal = page.getByTestId('plan-goal').first();
  await expect(goal).toBeVisible();
  await expect(goal).toContainText('From the recommendation');
  const goalTitle = (await goal.getByRole('heading').textContent()) ?? '';
  expect(goalTitle.length).toBeGreaterThan(0);
  // A milestone added and ticked off.
  await goal.getByLabel('New milestone').fill('Book a conversation with my manager');
  await goal.getByRole('button', { name: 'Add milestone' }).click();
  const milestone = goal.getByRole('checkbox', { name: 'Book a conversation with my manager' });
  await milestone.check();
  await expect(goal).toContainText(/Milestones: \d+ of \d+ done/);
  await expect(milestone).toBeChecked();
  await shot(page, '76-careers-plan');

  await goal.getByRole('link', { name: 'The linked CPD goal' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/goals/i);
  await expect(page.getByRole('article', { name: goalTitle })).toBeVisible();
  await shot(page, '77-careers-cpd-goals');
});

test('an institution role profile, chosen as a target', async ({ page }) => {
  await signInAsAdmin(page);
  await openCareersPage(page, 'Target & gaps', 'Target and gaps');
  await page.getByRole('button', { name: 'New role profile' }).click();
  const dialog = page.getByRole('dialog', { name: 'New role profile' });
  await dialog.getByRole('button', { name: 'Create role profile' }).click();
  await expect(dialog.getByText('Name is required')).toBeVisible();
  await dialog.getByLabel('Name').fill('Educational technologist (district-wide)');
  await dialog.getByLabel('Scope (optional)').fill('district-wide');
  const framework = dialog.getByLabel('Framework');
  const cmalt = await framework.locator('option', { hasText: /^CMALT \(/ }).getAttribute('value');
  await framework.selectOption(cmalt ?? '');
  await dialog.getByLabel(/^1a /).selectOption('3');
  await dialog.getByLabel(/^1c /).selectOption('2');
  await dialog.getByRole('button', { name: 'Create role profile' }).click();
  await expect(dialog).toBeHidden();
  const mine = page.getByRole('list', { name: 'Your institution’s role profiles' });
  await expect(mine).toContainText('Educational technologist (district-wide)');
  await expect(mine).toContainText('Scope: district-wide');

  await page.getByText('A role profile', { exact: true }).click();
  await page
    .getByLabel('Role profile', { exact: true })
    .selectOption({ label: 'Educational technologist (district-wide)' });
  await page.getByRole('button', { name: 'Set target' }).click();
  await expect(page.getByTestId('target-name')).toHaveText(
    'Educational technologist (district-wide)',
  );
  // 1a was rated 3 (met); 1c was not rated.
  await expect(page.getByTestId('gap-met')).toHaveText(/^1\s*Met/);
  await expect(page.getByTestId('gap-not-assessed')).toHaveText(/^1\s*Not assessed/);
  await expect(page.getByTestId('gap-list').getByRole('listitem')).toHaveCount(2);
});

test('managers see the profiles shared with them', async ({ page }) => {
  await signInAsAdmin(page);
  await nav(page).getByRole('link', { name: 'Team careers' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Team careers');
  const row = page.getByRole('row', { name: /Priya/ });
  await expect(row).toContainText(TITLE);
  await expect(row).toContainText('Senior learning technologist');
  await expect(row).toContainText('Educational technologist (district-wide)');
  await row.getByRole('link').click();
  await expect(page.getByRole('heading', { name: 'Target and plan' })).toBeVisible();
  await expect(page.getByRole('heading', { name: /^Latest self-assessment: CMALT/ })).toBeVisible();
  await shot(page, '78-careers-team-person');
});

test('on a phone: the profile and the plan fit the screen', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signInAsAdmin(page);
  await page.goto('/careers');
  await expect(page.getByTestId('classification-family')).toHaveText('Learning technologist');
  await fitsPhone(page);
  await shot(page, '79-phone-careers-profile');
  await page.goto('/careers/plan');
  await expect(page.getByTestId('plan-goal').first()).toBeVisible();
  await fitsPhone(page);
  await shot(page, '79-phone-careers-plan');
  await page.goto('/careers/target');
  await expect(page.getByTestId('gap-list')).toBeVisible();
  await fitsPhone(page);
  await shot(page, '79-phone-careers-target');
  await page.goto('/careers/assessments');
  await page.getByRole('list', { name: 'Your self-assessments' }).getByRole('link').first().click();
  await expect(page.getByRole('heading', { name: 'Your result by area' })).toBeVisible();
  await fitsPhone(page);
  await shot(page, '79-phone-careers-assessment');
  await page.goto('/team/careers');
  await expect(
    page.getByRole('list', { name: 'People who share their career profile' }),
  ).toContainText(TITLE);
  await fitsPhone(page);
  await shot(page, '79-phone-careers-team');
});
