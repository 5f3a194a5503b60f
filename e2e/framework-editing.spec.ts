import { expect, type Page, test } from '@playwright/test';
import { shot, signInAsAdmin } from './support';

/**
 * Writing frameworks, after foundation.spec.ts has set up Harbour University (and before
 * frameworks.spec.ts: files run in alphabetical order). The administrator writes a framework
 * of her own, publishes it, shares it over CASE, publishes a second version, and copies a
 * built-in framework to adapt it.
 */

const title = 'Harbour digital practice framework';
const cmalt = 'CMALT (Certified Membership of the Association for Learning Technology)';

test.describe.configure({ mode: 'serial' });

const signIn = signInAsAdmin;

/** Fills the item form in its dialog and adds or saves the item. */
async function fillItem(
  page: Page,
  dialogName: string | RegExp,
  item: { code?: string; title?: string; statement?: string },
  submit: 'Add item' | 'Save item' = 'Add item',
) {
  const dialog = page.getByRole('dialog', { name: dialogName });
  await expect(dialog).toBeVisible();
  if (item.code !== undefined) await dialog.getByLabel('Code').fill(item.code);
  if (item.title !== undefined) await dialog.getByLabel('Title').fill(item.title);
  if (item.statement !== undefined) await dialog.getByLabel('Statement').fill(item.statement);
  await dialog.getByRole('button', { name: submit }).click();
  await expect(dialog).toBeHidden();
}

async function publish(page: Page, version: string) {
  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: /^Publish / });
  await dialog.getByLabel('Version label').fill(version);
  await dialog.getByRole('button', { name: 'Publish version' }).click();
}

test('write a framework, publish it, share it over CASE and publish a new version', async ({
  page,
}) => {
  await signIn(page);
  await page.goto('/frameworks');
  await expect(page.getByText(/has no frameworks of its own yet/)).toBeVisible();

  // A new draft.
  await page.getByRole('button', { name: 'New framework' }).click();
  const create = page.getByRole('dialog', { name: 'New framework' });
  await create.getByRole('button', { name: 'Create draft' }).click();
  await expect(create.getByText('Title is required')).toBeVisible();
  await create.getByLabel('Title').fill(title);
  await create.getByLabel('Description').fill('What Harbour expects of its digital educators.');
  await shot(page, '30-new-framework');
  await create.getByRole('button', { name: 'Create draft' }).click();

  await expect(page).toHaveURL(/\/frameworks\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  const draft = page.getByRole('region', { name: 'Draft' });
  await expect(draft.getByText(/not yet published/)).toBeVisible();
  await expect(page.getByText('This framework has no items yet.')).toBeVisible();

  // Two top-level items and one under the first.
  await draft.getByRole('button', { name: 'Add item', exact: true }).click();
  const addTop = page.getByRole('dialog', { name: 'Add a top-level item' });
  await addTop.getByRole('button', { name: 'Add item' }).click();
  await expect(addTop.getByText(/Statement is required/)).toBeVisible();
  await fillItem(page, 'Add a top-level item', {
    code: '1',
    title: 'Teaching with technology',
    statement: 'Designs learning activities that use technology with purpose.',
  });
  await expect(page.getByText('Item added')).toBeVisible();
  await draft.getByRole('button', { name: 'Add item', exact: true }).click();
  await fillItem(page, 'Add a top-level item', {
    code: '2',
    title: 'Supporting colleagues',
    statement: 'Helps colleagues to adopt new tools and practices.',
  });
  const tree = page.getByRole('list', { name: `Items of ${title}` });
  await tree.getByRole('button', { name: 'Add item under 1 Teaching with technology' }).click();
  await fillItem(page, 'Add an item under 1 Teaching with technology', {
    code: '1.1',
    title: 'Accessible materials',
    statement: 'Makes course materials that everyone can use.',
  });
  await expect(tree.getByRole('link')).toHaveText([
    '1 Teaching with technology',
    '1.1 Accessible materials',
    '2 Supporting colleagues',
  ]);

  // Edit one, then move it to the top.
  await tree.getByRole('button', { name: 'Edit 2 Supporting colleagues' }).click();
  const edit = page.getByRole('dialog', { name: 'Edit 2 Supporting colleagues' });
  await expect(edit.getByLabel('Statement')).toHaveValue(
    'Helps colleagues to adopt new tools and practices.',
  );
  await fillItem(
    page,
    'Edit 2 Supporting colleagues',
    { title: 'Supporting and developing colleagues' },
    'Save item',
  );
  await expect(page.getByText('Item saved')).toBeVisible();
  await expect(
    tree.getByRole('button', { name: 'Move up 1 Teaching with technology' }),
  ).toBeDisabled();
  await tree
    .getByRole('button', { name: 'Move up 2 Supporting and developing colleagues' })
    .click();
  await expect(tree.getByRole('link')).toHaveText([
    '2 Supporting and developing colleagues',
    '1 Teaching with technology',
    '1.1 Accessible materials',
  ]);
  await shot(page, '31-draft-framework');

  // Publish as 2026: frozen from then on.
  await publish(page, '2026');
  await expect(page.getByText(`${title} version 2026 is published.`)).toBeVisible();
  await expect(page.getByRole('region', { name: 'Draft' })).toHaveCount(0);
  await expect(
    page.getByRole('button', { name: /^(Add item|Edit |Move up |Delete )/ }),
  ).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Start a new version' })).toBeVisible();
  const version2026 = page.url();

  // Share over CASE: other systems read the package without signing in.
  const share = page.getByRole('switch', { name: 'Share over CASE' });
  await expect(share).not.toBeChecked();
  await share.click();
  await expect(share).toBeChecked();
  await expect(page.getByText('Shared over CASE')).toBeVisible();
  const address = page.getByTestId('case-address');
  await expect(address).toContainText('/ims/case/v1p1/CFPackages/');
  await shot(page, '32-published-shared');
  const url = (await address.textContent())?.trim() ?? '';
  const pkg = await page.request.get(url);
  expect(pkg.status()).toBe(200);
  const body = (await pkg.json()) as {
    CFDocument: { title: string; version: string };
    CFItems: { humanCodingScheme?: string; fullStatement: string }[];
  };
  expect(body.CFDocument.title).toBe(title);
  expect(body.CFDocument.version).toBe('2026');
  expect(body.CFItems.map((item) => item.humanCodingScheme).sort()).toEqual(['1', '1.1', '2']);
  expect(body.CFItems.map((item) => item.fullStatement)).toContain(
    'Makes course materials that everyone can use.',
  );

  // A new version: a draft copy, edited and published as 2027.
  await page.getByRole('button', { name: 'Start a new version' }).click();
  await expect(page.getByText('New version started')).toBeVisible();
  await expect(page).not.toHaveURL(version2026);
  await expect(page.getByRole('region', { name: 'Draft' })).toBeVisible();
  await expect(tree.getByRole('link')).toHaveCount(3);
  await page.getByRole('button', { name: 'Add item', exact: true }).click();
  await fillItem(page, 'Add a top-level item', {
    code: '3',
    title: 'Evaluating practice',
    statement: 'Evaluates the effect of technology on learning and shares what works.',
  });
  await expect(tree.getByRole('link', { name: '3 Evaluating practice' })).toBeVisible();

  // A label already used is refused under its field.
  await publish(page, '2026');
  const publishDialog = page.getByRole('dialog', { name: /^Publish / });
  await expect(publishDialog.getByLabel('Version label')).toHaveAttribute('aria-invalid', 'true');
  await shot(page, '33-publish-label-taken');
  await publishDialog.getByLabel('Version label').fill('2027');
  await publishDialog.getByRole('button', { name: 'Publish version' }).click();
  await expect(page.getByText(`${title} version 2027 is published.`)).toBeVisible();

  // The 2026 version points to the newer one.
  await page.goto(version2026);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(page.getByText('A newer version exists')).toBeVisible();
  await expect(page.getByRole('link', { name: '2027' })).toBeVisible();
  await shot(page, '34-older-version');
});

test('copy a built-in framework to adapt it, then delete the copy', async ({ page }) => {
  await signIn(page);
  await page.goto('/frameworks');
  await page.getByRole('link', { name: cmalt }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(cmalt);
  await expect(page.getByRole('button', { name: /^Edit / })).toHaveCount(0);
  await page.getByRole('button', { name: 'Copy to edit' }).click();
  const dialog = page.getByRole('dialog', { name: 'Copy to edit' });
  await expect(dialog.getByLabel('Title of the copy')).toHaveValue(`${cmalt} (copy)`);
  await dialog.getByRole('button', { name: 'Make a copy' }).click();

  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${cmalt} (copy)`);
  await expect(page.getByText('Copy made')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Draft' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Copy to edit' })).toHaveCount(0);
  const tree = page.getByRole('list', { name: `Items of ${cmalt} (copy)` });
  await expect(tree.getByRole('button', { name: /^Edit / }).first()).toBeVisible();
  await expect(tree.getByRole('button', { name: /^Delete / }).first()).toBeVisible();
  await shot(page, '35-copied-draft');

  // Deleting an item says that the items under it go too.
  await tree.getByRole('button', { name: 'Delete 1 Operational issues' }).click();
  const confirm = page.getByRole('dialog', { name: 'Delete 1 Operational issues?' });
  await expect(confirm.getByText(/The 3 items under it will be deleted too/)).toBeVisible();
  await confirm.getByRole('button', { name: 'Cancel' }).click();

  await page.getByRole('button', { name: 'Delete draft' }).click();
  await page
    .getByRole('dialog', { name: 'Delete this draft?' })
    .getByRole('button', { name: 'Delete draft' })
    .click();
  await expect(page).toHaveURL(/\/frameworks$/);
  await expect(page.getByText('Draft deleted')).toBeVisible();
  await expect(page.getByRole('link', { name: `${cmalt} (copy)` })).toHaveCount(0);
  await expect(
    page.getByRole('list', { name: 'Your institution’s frameworks' }).getByRole('link', {
      name: title,
    }),
  ).toHaveCount(2);
  await shot(page, '36-frameworks-own');
});
