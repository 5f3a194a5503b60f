import { type Browser, expect, type Page, test } from '@playwright/test';
import { expectAccessible, shot, signInAsAdmin } from './support';

/**
 * An administrator adds the institution's own portfolio template: starts from Associate CMALT,
 * drops a section, adds one tagged with a CMALT item, sees a server field error next to the
 * right section, saves, starts a portfolio from it, cannot delete it while that portfolio
 * exists, and adds and deletes a second template.
 */

test.describe.configure({ mode: 'serial' });

const stamp = Date.now().toString(36);
const OURS = `Harbour Associate CMALT ${stamp}`;
const CUSTOM = 'Digital accessibility audit';
const SECOND = `Short-lived template ${stamp}`;

async function newPage(browser: Browser, width: number, height = 900): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height } });
  return context.newPage();
}

const sectionCard = (page: Page, name: RegExp) => page.getByRole('region', { name });

test('an administrator adds a template from Associate CMALT, starts a portfolio from it and cannot delete it while in use', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1280, height: 900 });
  await signInAsAdmin(page);

  // The portfolios list leads managers and administrators to the templates.
  await page.goto('/portfolios');
  await page.getByRole('link', { name: 'Templates' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Portfolio templates');
  await expect(page.getByText('Your institution has no templates of its own yet.')).toBeVisible();
  const builtins = page.getByRole('region', { name: 'Built-in templates' });
  await expect(builtins.getByRole('article', { name: 'Associate CMALT' })).toBeVisible();
  await shot(page, '95-portfolio-templates-empty');

  // Start from Associate CMALT: its sections fill the form.
  await builtins.getByRole('button', { name: 'Use Associate CMALT as a starting point' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'New template' })).toBeVisible();
  await expect(page.getByText('Starting from Associate CMALT.')).toBeVisible();
  await expect(page.getByLabel('Scheme')).toHaveValue('CMALT (ALT)');
  const sections = page.getByRole('region', { name: /^Section \d+:/ });
  const before = await sections.count();
  expect(before).toBeGreaterThan(5);
  await expect(sectionCard(page, /^Section 1: Contextual statement$/)).toBeVisible();
  // The built-in section's framework item comes along as a chosen item.
  await expect(
    sectionCard(page, /^Section 1: Contextual statement$/).getByRole('list', {
      name: 'Framework items: chosen',
    }),
  ).toContainText('Contextual statement');
  await page.getByLabel('Title', { exact: true }).fill(OURS);

  // Remove the specialist area.
  await page.getByRole('button', { name: /^Remove section \d+: Specialist area/ }).click();
  await expect(sections).toHaveCount(before - 1);
  await expect(page.getByRole('region', { name: /Specialist area/ })).toHaveCount(0);

  // Add a section of our own: the key follows the title; tag it with CMALT 3a.
  await page.getByRole('button', { name: 'Add a section' }).click();
  await expect(sections).toHaveCount(before);
  const added = sectionCard(page, new RegExp(`^Section ${before}: Untitled section$`));
  await added.getByLabel('Section title').fill(CUSTOM);
  const custom = sectionCard(page, new RegExp(`^Section ${before}: ${CUSTOM}$`));
  await expect(custom.getByLabel('Key')).toHaveValue('digital-accessibility-audit');
  await custom.getByLabel('Guidance').fill('Show an accessibility audit you led and what changed.');
  await custom.getByLabel('Reflection').uncheck();
  await custom.getByLabel('Pieces of evidence, at least').fill('2');
  await custom.getByRole('textbox', { name: 'Framework items' }).fill('legislation');
  await page.getByRole('option', { name: /^3a / }).first().click();
  await expect(custom.getByRole('list', { name: 'Framework items: chosen' })).toContainText('3a');
  await custom.getByLabel('Ask for declarations').check();
  await custom.getByLabel('Declarations label').fill('Standards you audited against');
  await custom.getByLabel('Declarations, at least').fill('1');

  // Reorder: move it up one place, by keyboard.
  await custom.getByRole('button', { name: `Move section ${before} up` }).focus();
  await page.keyboard.press('Enter');
  const moved = sectionCard(page, new RegExp(`^Section ${before - 1}: ${CUSTOM}$`));
  await expect(moved).toBeVisible();

  // A key the server refuses: the message names the section and sits under the field.
  await moved.getByLabel('Key').fill('Accessibility Audit!');
  await page.getByRole('button', { name: 'Save template' }).click();
  const alert = page.getByRole('alert').filter({ hasText: 'The template was not saved' });
  await expect(alert).toContainText(`Section ${before - 1} (${CUSTOM}): Key`);
  await expect(moved.getByText('Use lower-case letters, digits and dashes')).toBeVisible();
  await expectAccessible(page, 'template form with errors');
  await moved.getByLabel('Key').fill('accessibility-audit');
  await shot(page, '96-portfolio-template-form');
  await page.getByRole('button', { name: 'Save template' }).click();

  // Listed among the institution's own templates.
  await expect(page.getByRole('status').filter({ hasText: 'Template saved' })).toBeVisible();
  const own = page.getByRole('region', { name: 'Your institution’s templates' });
  const card = own.getByRole('article', { name: OURS });
  await expect(card).toContainText(`CMALT (ALT) · ${before} sections`);
  await shot(page, '97-portfolio-templates-list');

  // Start a portfolio from it: the custom section is in the editor, the removed one is not.
  await page.getByRole('link', { name: 'Back to portfolios' }).click();
  await page.getByRole('button', { name: 'Start a portfolio' }).first().click();
  const start = page.getByRole('dialog', { name: 'Start a portfolio' });
  await start.getByRole('radio', { name: new RegExp(`^${OURS}`) }).click();
  await start.getByRole('button', { name: 'Start portfolio' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(OURS);
  const nav = page.getByRole('navigation', { name: 'Sections' });
  await expect(nav.getByRole('button', { name: new RegExp(CUSTOM) })).toBeVisible();
  await expect(nav.getByRole('button', { name: /Specialist area/ })).toHaveCount(0);
  await nav.getByRole('button', { name: new RegExp(CUSTOM) }).click();
  await expect(page.getByRole('heading', { level: 2, name: CUSTOM })).toBeVisible();
  await expect(
    page.getByText('Show an accessibility audit you led and what changed.'),
  ).toBeVisible();

  // Deleting it is refused while the portfolio uses it, with the server's reason.
  await page.goto('/portfolios/templates');
  await own.getByRole('button', { name: `Delete ${OURS}` }).click();
  const confirm = page.getByRole('dialog', { name: 'Delete this template?' });
  await confirm.getByRole('button', { name: 'Delete template' }).click();
  await expect(confirm.getByRole('alert')).toContainText('1 portfolio uses this template');
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(card).toBeVisible();

  // A second template, from scratch, deleted again.
  await page.getByRole('button', { name: 'New template' }).click();
  await page.getByLabel('Title', { exact: true }).fill(SECOND);
  await page.getByLabel('Scheme').fill('Harbour local');
  await sectionCard(page, /^Section 1:/)
    .getByLabel('Section title')
    .fill('What I did');
  await page.getByRole('button', { name: 'Save template' }).click();
  const second = own.getByRole('article', { name: SECOND });
  await expect(second).toContainText('Harbour local · 1 section');
  await second.getByRole('button', { name: `Delete ${SECOND}` }).click();
  await confirm.getByRole('button', { name: 'Delete template' }).click();
  await expect(confirm).toBeHidden();
  await expect(second).toHaveCount(0);
  await expect(card).toBeVisible();
});

test('the templates page and form on a phone', async ({ browser }) => {
  const phone = await newPage(browser, 390, 844);
  await signInAsAdmin(phone);
  await phone.goto('/portfolios/templates');
  await expect(
    phone.getByRole('region', { name: 'Your institution’s templates' }).getByRole('article', {
      name: OURS,
    }),
  ).toBeVisible();
  await shot(phone, '98-phone-portfolio-templates');
  await phone.getByRole('button', { name: 'Use CMALT as a starting point' }).click();
  await expect(phone.getByText('Starting from CMALT.')).toBeVisible();
  await shot(phone, '99-phone-portfolio-template-form');
  await phone.context().close();
});
