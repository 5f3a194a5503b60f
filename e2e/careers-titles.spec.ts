import { expect, type Page, test } from '@playwright/test';
import { shot, signInAsAdmin } from './support';

/**
 * The job-titles page, after foundation.spec.ts has set up Harbour University: the
 * administrator pastes survey titles, classifies them, reads the table and the charts, then
 * edits a survey group's keywords and sees the group's share change; on a desktop and a phone.
 */

test.describe.configure({ mode: 'serial' });

const TITLES = [
  'Senior Learning Technologist',
  'Learning Systems Administrator',
  'Head of TEL',
  'Instructional Designer',
  'Academic Developer',
  'Digital Learning Technologist',
  '',
  'Lecturer in Educational Technology',
];

async function resetGroups(page: Page) {
  const csrf = (await page.context().cookies()).find((c) => c.name === 'cairn_csrf')?.value ?? '';
  const res = await page.request.delete('/api/careers/title-groups', {
    headers: { 'x-csrf-token': csrf },
  });
  expect(res.status()).toBe(200);
}

async function classify(page: Page) {
  await page.goto('/careers/titles');
  await expect(page.getByRole('heading', { level: 1, name: 'Job titles' })).toBeVisible();
  await page.getByLabel('Job titles, one per line').fill(TITLES.join('\n'));
  await page.getByRole('button', { name: /^Classify 7 titles/ }).click();
  await expect(page.getByTestId('titles-summary')).toHaveText(
    '7 titles classified, 1 not (see the table).',
  );
}

const technologyShare = (page: Page) =>
  page.getByRole('figure').filter({ hasText: 'Survey groups' }).locator('figcaption');

test('classifies pasted titles and shows the table and the charts', async ({ page }) => {
  await signInAsAdmin(page);
  await resetGroups(page);
  await classify(page);

  const table = page.getByTestId('titles-table');
  const row = (title: string) => table.getByRole('row').filter({ hasText: title });
  await expect(row('Senior Learning Technologist')).toContainText('Learning technologist');
  await expect(row('Senior Learning Technologist')).toContainText('Senior');
  await expect(row('Senior Learning Technologist')).toContainText('“senior”');
  await expect(row('Head of TEL')).toContainText('Leadership');
  await expect(row('Instructional Designer')).toContainText('Learning designer');
  await expect(row('Lecturer in Educational Technology')).toContainText('Academic');
  await expect(table.getByRole('row').filter({ hasText: '(empty line)' })).toContainText(
    'Not classified: The title is empty',
  );

  await expect(page.getByRole('heading', { name: 'Titles per role family' })).toBeVisible();
  await expect(
    page.getByRole('figure').filter({ hasText: 'Titles per role family' }).locator('svg').first(),
  ).toBeVisible();
  // Two of seven titles name "technology" or TEL: "Head of TEL", "Lecturer in Educational Technology".
  await expect(technologyShare(page)).toContainText('"Technology" (including TEL): 29%');

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download CSV' }).click();
  expect((await download).suggestedFilename()).toBe('classified-job-titles.csv');

  await shot(page, '80-careers-titles');
});

test('a manager edits a survey group and the group share changes', async ({ page }) => {
  await signInAsAdmin(page);
  await classify(page);
  await expect(technologyShare(page)).toContainText('"Technology" (including TEL): 29%');

  await page.getByRole('tab', { name: 'Survey groups' }).click();
  const technology = page.getByRole('region', { name: '"Technology" (including TEL)' });
  const words = technology.getByRole('combobox', { name: 'Words and phrases' });
  await words.fill('systems');
  await words.press('Enter');
  await shot(page, '81-careers-titles-groups');
  await page.getByRole('button', { name: 'Save survey groups' }).click();
  await expect(page.getByText('Survey groups saved')).toBeVisible();

  // The same titles are classified again with the institution's groups: three of seven now.
  await page.getByRole('tab', { name: 'Classify' }).click();
  await expect(technologyShare(page)).toContainText('"Technology" (including TEL): 43%');
  await shot(page, '82-careers-titles-after-edit');

  await page.getByRole('tab', { name: 'Survey groups' }).click();
  await page.getByRole('button', { name: 'Reset to the built-in groups' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Reset' }).click();
  await expect(page.getByText('Back to the built-in groups')).toBeVisible();
  await page.getByRole('tab', { name: 'Classify' }).click();
  await expect(technologyShare(page)).toContainText('"Technology" (including TEL): 29%');
});

test('works on a phone', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signInAsAdmin(page);
  await classify(page);
  await expect(page.getByRole('heading', { name: 'Survey groups' })).toBeVisible();
  await shot(page, '83-careers-titles-phone');
  await page.getByRole('tab', { name: 'Survey groups' }).click();
  await shot(page, '84-careers-titles-groups-phone');
});
