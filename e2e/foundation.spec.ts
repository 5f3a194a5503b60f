import { expect, test } from '@playwright/test';
import { visit } from './support';

/**
 * The first day of an institution on Cairn: set it up, sign out and back in, invite a
 * colleague, who accepts in their own browser; then the pages an administrator uses.
 */
const admin = {
  name: 'Priya Raman',
  email: 'priya.raman@harbour.example',
  password: 'a long and memorable passphrase',
};
const invitee = {
  name: 'Tom Okafor',
  email: 'tom.okafor@harbour.example',
  password: 'another long passphrase',
};

const tokenName = 'Weekly report script';

test.describe.configure({ mode: 'serial' });

test('first run: set up the institution and its administrator', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveURL(/\/setup$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await visit(page, '01-setup');

  await page.getByLabel('Institution name').fill('Harbour University');
  await page.getByLabel('Sector').selectOption({ label: 'Higher education' });
  await page.getByLabel('Your name').fill(admin.name);
  await page.getByLabel('Email').fill(admin.email);
  await page.getByLabel('Password', { exact: true }).fill(admin.password);
  await page.getByRole('button', { name: 'Create institution' }).click();

  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Priya');
  await expect(page.getByText('Harbour University').first()).toBeVisible();
  await visit(page, '02-home-admin');
});

test('sign out and sign back in', async ({ page }) => {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(admin.email);
  await page.getByLabel('Password').fill('not the password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByText(/do not match/)).toBeVisible();
  await visit(page, '03-sign-in-error');

  await page.getByLabel('Password').fill(admin.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Priya');

  await page.getByRole('button', { name: 'Account menu' }).click();
  await page.getByRole('menuitem', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  await page.goto('/people');
  await expect(page).toHaveURL(/\/sign-in/);
});

test('invite a colleague, who accepts in a fresh browser and signs out', async ({
  page,
  browser,
}) => {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(admin.email);
  await page.getByLabel('Password').fill(admin.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Priya');

  await page.getByRole('link', { name: 'People' }).first().click();
  await expect(page).toHaveURL(/\/people$/);
  await visit(page, '04-people');
  await page.getByRole('button', { name: 'Invite people' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Email').fill(invitee.email);
  await dialog
    .getByLabel('Name (optional)')
    .fill(invitee.name)
    .catch(() => dialog.getByLabel(/Name/).fill(invitee.name));
  await dialog.getByRole('checkbox', { name: /Assessor/ }).check();
  await visit(page, '05-invite-dialog');
  await dialog.getByRole('button', { name: 'Send invitation' }).click();
  const link = (await page.getByTestId('invitation-link').textContent())?.trim() ?? '';
  expect(link).toMatch(/\/invitation\?token=[\w-]+$/);
  await visit(page, '06-invitation-created');

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(link);
  await expect(other.getByText(/Harbour University/).first()).toBeVisible();
  await visit(other, '07-accept-invitation');
  const nameField = other.getByLabel('Your name');
  if ((await nameField.inputValue()) === '') await nameField.fill(invitee.name);
  await other.getByLabel('Password', { exact: true }).fill(invitee.password);
  await other.getByRole('button', { name: 'Accept invitation' }).click();
  await expect(other.getByRole('heading', { level: 1 })).toContainText('Tom');
  await visit(other, '08-home-invitee');
  // A practitioner and assessor sees no administration in the navigation.
  await expect(other.getByRole('link', { name: 'Audit log' })).toHaveCount(0);
  await other.getByRole('button', { name: 'Account menu' }).click();
  await other.getByRole('menuitem', { name: 'Sign out' }).click();
  await expect(other).toHaveURL(/\/sign-in/);
  await fresh.close();

  // The administrator sees the new member and the accepted invitation.
  await page.reload();
  await expect(page.getByText(invitee.email).first()).toBeVisible();

  // A used invitation link explains itself.
  const later = await browser.newContext();
  const reused = await later.newPage();
  await reused.goto(link);
  await expect(reused.getByText(/already been accepted/)).toBeVisible();
  await visit(reused, '09-invitation-used');
  await later.close();
});

test('the administration pages are accessible and work on a phone', async ({ page }) => {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(admin.email);
  await page.getByLabel('Password').fill(admin.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Priya');

  for (const [path, name] of [
    ['/profile', '10-profile'],
    ['/profile/tokens', '11-tokens'],
    ['/institution', '12-institution'],
    ['/audit', '13-audit'],
    ['/no-such-page', '14-not-found'],
  ] as const) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await visit(page, name);
  }
  await page.goto('/audit');
  await expect(
    page
      .getByRole('table')
      .getByText(/Invitation accepted/i)
      .first(),
  ).toBeVisible();
  await expect(page.getByRole('table').getByText(invitee.email).first()).toBeVisible();

  // A token, so that the tokens page has a row to show on a phone.
  await page.goto('/profile/tokens');
  await page.getByRole('button', { name: 'Create token' }).click();
  const tokenDialog = page.getByRole('dialog');
  await tokenDialog.getByLabel('Token name').fill(tokenName);
  await tokenDialog.getByRole('button', { name: 'Create token' }).click();
  await expect(page.getByTestId('api-token-secret')).toBeVisible();
  await tokenDialog.getByRole('button', { name: 'I have copied it' }).click();
  await expect(page.getByRole('table').getByText(tokenName)).toBeVisible();

  // On a phone, the tables become lists of cards, with every row's buttons on screen.
  await page.setViewportSize({ width: 375, height: 740 });
  for (const [path, name, list, action] of [
    ['/', '15-phone-home', null, null],
    ['/people', '16-phone-people', 'Members', `Edit roles for ${invitee.name}`],
    ['/profile/tokens', '16b-phone-tokens', 'Your API tokens', `Revoke ${tokenName}`],
    ['/audit', '16c-phone-audit', 'Audit events', null],
  ] as const) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    if (list) {
      await expect(page.getByRole('list', { name: list })).toBeVisible();
      await expect(page.getByRole('table')).toHaveCount(0);
    }
    if (action) {
      const button = page.getByRole('button', { name: action, exact: true });
      await button.scrollIntoViewIfNeeded();
      const box = await button.boundingBox();
      expect(box, `${action} is on screen`).not.toBeNull();
      expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(375);
    }
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow, `${path} scrolls sideways on a phone`).toBeLessThanOrEqual(0);
    await page.evaluate(() => window.scrollTo(0, 0));
    await visit(page, name);
  }
  await expect(
    page
      .getByRole('list', { name: 'Audit events' })
      .getByText(/Invitation accepted/i)
      .first(),
  ).toBeVisible();
});

test('forgotten password: the page never says whether an account exists', async ({ page }) => {
  await page.goto('/forgot-password');
  await page.getByLabel('Email').fill('nobody@nowhere.example');
  await page.getByRole('button', { name: /Send|Email/ }).click();
  await expect(page.getByText(/If an account exists/)).toBeVisible();
  await visit(page, '17-forgot-password');
  await page.goto('/reset-password?token=not-a-real-token-value');
  await expect(page.getByText(/not valid/).first()).toBeVisible();
  await expect(page.getByRole('link', { name: /new link/i }).first()).toBeVisible();
  await visit(page, '18-reset-invalid');
});
