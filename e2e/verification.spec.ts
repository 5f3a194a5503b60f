/// <reference path="../server/src/modules/credentials/vendor.d.ts" />
import path from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { parseConfig } from '../server/src/config';
import { openSqlite } from '../server/src/db/connect';
import type { Deps } from '../server/src/deps';
import { generateKeyPair } from '../server/src/modules/credentials/keys';
import { issueCredential } from '../server/src/modules/credentials/service';
import { insertUser } from '../server/src/modules/auth/repository';
import { insertMembership } from '../server/src/modules/institutions/repository';
import { issueSigned } from '../server/src/modules/credentials/signing';
import { HARBOUR_ADMIN, shot, signInAsAdmin } from './support';

/**
 * The public verifier: a credential signed here in the test (with a key no scheme of this Cairn
 * holds) verifies as signed but from an unknown issuer; one changed character fails it; text
 * that is not JSON is explained; a link to a credential nobody made public says so. Then a
 * credential issued by a scheme of Harbour University to a member of this spec's own (written
 * through the credentials service into the test server's database, as a pass in peer review
 * would) is seen by its holder, made public, verified anonymously, and the scheme's coordinator
 * rotates its key and revokes it.
 */

test.describe.configure({ mode: 'serial' });

let signed: Record<string, unknown>;

test.beforeAll(async () => {
  signed = await issueSigned(
    {
      id: crypto.randomUUID(),
      issuer: { name: 'Northern Learning Technology Network', url: 'https://network.example' },
      recipient: { name: 'Grace Hopper', email: 'grace@example.test' },
      achievement: {
        name: 'Certified Member of ALT (CMALT)',
        description:
          'Awarded for a portfolio that met every CMALT core area and a specialist area.',
        criteriaNarrative:
          'Two assessors judged each section on description, evidence and reflection.',
        achievementType: 'Certificate',
        alignments: [
          {
            targetName: 'Operational issues',
            targetUrl: 'https://network.example/cmalt/1',
            targetFramework: 'CMALT',
            targetCode: '1',
          },
          {
            targetName: 'Teaching, learning and assessment',
            targetUrl: 'https://network.example/cmalt/2',
            targetFramework: 'CMALT',
            targetCode: '2',
          },
        ],
      },
      validFrom: new Date(Date.now() - 86_400_000),
      validUntil: new Date(Date.now() + 3 * 365 * 86_400_000).toISOString().slice(0, 10),
    },
    await generateKeyPair(),
  );
});

async function verifyText(page: Page, text: string) {
  const box = page.getByLabel('Credential JSON');
  await box.fill(text);
  await page.getByRole('button', { name: 'Verify', exact: true }).click();
}

test('anyone verifies a pasted credential: valid signature from an unknown issuer, then a changed character fails', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/verify');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Verify a credential');
  await shot(page, '100-verify-empty');

  // Nothing pasted yet: the page says what to do.
  await page.getByRole('button', { name: 'Verify', exact: true }).click();
  await expect(page.getByRole('alert')).toHaveText(
    'Paste the credential JSON, or choose its file, first.',
  );

  await verifyText(page, JSON.stringify(signed, null, 2));
  const report = page.getByTestId('verification-report');
  await expect(report.getByText('Signature valid, issuer not known here')).toBeVisible();
  await expect(report.getByText('Passed: Signature valid', { exact: true })).toBeVisible();
  await expect(
    report.getByText('Warning: Issuer not known to this Cairn', { exact: true }),
  ).toBeVisible();
  await expect(report.getByText('A well-formed Open Badge')).toBeVisible();
  await expect(page.getByTestId('verification-summary')).toContainText(
    'The signature is valid, but the signing key does not belong to any scheme on this Cairn',
  );
  await expect(
    report.getByRole('heading', { name: 'Certified Member of ALT (CMALT)' }),
  ).toBeVisible();
  await expect(report.getByText('Grace Hopper')).toBeVisible();
  await expect(
    report.getByRole('link', { name: '2 Teaching, learning and assessment' }),
  ).toBeVisible();
  await expect(report.getByText('Active', { exact: true })).toBeVisible();
  await shot(page, '101-verify-valid-unknown-issuer');

  // One character of the recipient's name changed: the signature no longer matches.
  const changed = JSON.stringify(signed, null, 2).replace('Grace Hopper', 'Grace Hoppes');
  expect(changed).not.toBe(JSON.stringify(signed, null, 2));
  await verifyText(page, changed);
  await expect(report.getByText('Failed: Signature invalid', { exact: true })).toBeVisible();
  await expect(report.getByText('Not verified', { exact: true })).toBeVisible();
  await expect(page.getByTestId('verification-summary')).toHaveText(
    'Not verified: The signature does not match the content: the credential was changed after it was signed, or signed by another key.',
  );
  await expect(report.getByText('Passed: Signature valid', { exact: true })).toHaveCount(0);
  await expect(report.getByText('Issuer and status not checked')).toBeVisible();
  await expect(report.getByTestId('unconfirmed')).toHaveText(
    'What the credential claims. None of it is confirmed: the signature is invalid.',
  );
  await shot(page, '102-verify-tampered');

  // Text that is not JSON, and JSON that is not a credential, are explained.
  await verifyText(page, JSON.stringify(signed).slice(0, 200));
  await expect(page.getByText(/The request body is not valid JSON/)).toBeVisible();
  await expect(report).toHaveCount(0);
  await verifyText(page, '{"type": ["Person"], "name": "Not a credential"}');
  await expect(
    page.getByText(
      'This JSON is not a verifiable credential: its "type" does not include "VerifiableCredential".',
    ),
  ).toBeVisible();
  await shot(page, '103-verify-not-a-credential');
});

test('the verifier works at phone width, and a credential page nobody made public says so', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/verify');
  await verifyText(page, JSON.stringify(signed));
  await expect(
    page.getByTestId('verification-report').getByText('Passed: Signature valid', { exact: true }),
  ).toBeVisible();
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - window.innerWidth,
  );
  expect(overflow, 'the page does not scroll sideways at 390px').toBeLessThanOrEqual(0);
  await shot(page, '104-verify-phone');

  await page.goto(`/verify/${crypto.randomUUID()}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'There is no public credential here',
  );
  await shot(page, '105-verify-not-public');
});

test.beforeAll(createMember);

test('a member without credentials sees how they come', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await signInAsMember(page);
  await page.getByRole('link', { name: 'Credentials' }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Credentials');
  await expect(
    page.getByText('No credentials yet: they are issued when a portfolio passes review.'),
  ).toBeVisible();
  await shot(page, '106-credentials-empty');
});

/** The test server's data folder (see playwright.config.ts). */
const PORT = Number(process.env.E2E_PORT ?? 8181);
const DATA_DIR = path.resolve(
  PORT === 8181 ? 'test-results/e2e-data' : `test-results/e2e-data-${PORT}`,
);

const config = () => parseConfig({ DATA_DIR, PUBLIC_URL: `http://localhost:${PORT}` });

/** A practitioner of Harbour University of this run's own (Priya's password), so no other spec's credentials show. */
const MEMBER = {
  name: 'Grace Hopper',
  email: `grace.hopper.${Date.now().toString(36)}@harbour.example`,
};

async function createMember() {
  const handle = openSqlite(config().sqlitePath);
  try {
    const admin = await handle.db
      .selectFrom('users as u')
      .innerJoin('memberships as m', 'm.user_id', 'u.id')
      .select(['u.password_hash', 'm.institution_id'])
      .where('u.email', '=', HARBOUR_ADMIN.email)
      .executeTakeFirstOrThrow();
    const userId = await insertUser(handle.db, {
      email: MEMBER.email,
      name: MEMBER.name,
      passwordHash: admin.password_hash,
    });
    await insertMembership(handle.db, {
      institutionId: admin.institution_id,
      userId,
      roles: 'practitioner',
    });
  } finally {
    await handle.close();
  }
}

async function signInAsMember(page: Page) {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(MEMBER.email);
  await page.getByLabel('Password').fill(HARBOUR_ADMIN.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Grace');
}

/** A scheme of Harbour University and a credential it issues to the member, as a pass would. */
async function issueToMember() {
  const handle = openSqlite(config().sqlitePath);
  try {
    const admin = await handle.db
      .selectFrom('users as u')
      .innerJoin('memberships as m', 'm.user_id', 'u.id')
      .select(['u.id', 'u.name', 'u.email', 'm.institution_id'])
      .where('u.email', '=', MEMBER.email)
      .executeTakeFirstOrThrow();
    const schemeId = crypto.randomUUID();
    const at = new Date().toISOString();
    await handle.db
      .insertInto('review_schemes')
      .values({
        id: schemeId,
        institution_id: admin.institution_id,
        name: 'Harbour CMALT cohort',
        created_at: at,
        updated_at: at,
      })
      .execute();
    const deps = { db: handle.db, dialect: handle.dialect, config: config() } as unknown as Deps;
    const issued = await issueCredential(deps, {
      schemeId,
      submissionId: null,
      recipient: { userId: admin.id, name: admin.name, email: admin.email },
      achievement: {
        name: 'Certified Member of ALT (CMALT)',
        description:
          'Awarded for a portfolio that met every CMALT core area and a specialist area.',
        criteriaNarrative:
          'Two assessors judged each section on description, evidence and reflection.',
        achievementType: 'Certificate',
        alignments: [
          {
            targetName: 'Operational issues',
            targetUrl: `http://localhost:${PORT}/frameworks`,
            targetFramework: 'CMALT',
            targetCode: '1',
          },
        ],
      },
      reviewDueOn: new Date(Date.now() + 3 * 365 * 86_400_000).toISOString().slice(0, 10),
    });
    return { schemeId, id: issued.id };
  } finally {
    await handle.close();
  }
}

test('a holder shares an issued credential, anyone verifies its page, and a coordinator rotates the key and revokes it', async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  const { schemeId, id } = await issueToMember();
  await page.setViewportSize({ width: 1280, height: 900 });
  await signInAsMember(page);
  await page.goto('/credentials');
  await expect(page.getByRole('article')).toHaveCount(1);
  const card = page.getByRole('article', { name: 'Certified Member of ALT (CMALT)' });
  await expect(card.getByText('Harbour CMALT cohort · Harbour University')).toBeVisible();
  await expect(card.getByText('Active', { exact: true })).toBeVisible();
  await expect(
    card.getByRole('link', { name: 'Download Certified Member of ALT (CMALT) as JSON' }),
  ).toHaveAttribute('href', `/api/credentials/${id}/download`);
  await shot(page, '107-credentials-list');

  await card.getByRole('link', { name: 'Certified Member of ALT (CMALT)', exact: true }).click();
  const report = page.getByTestId('verification-report');
  await expect(report.getByText('Verified', { exact: true })).toBeVisible();
  await expect(report.getByText('Issuer known: Harbour CMALT cohort')).toBeVisible();
  const publicSwitch = page.getByLabel('Anyone with the link can see the verification page');
  await publicSwitch.click();
  await expect(publicSwitch).toBeChecked();
  await expect(page.getByRole('button', { name: 'Copy public link' })).toBeVisible();
  await shot(page, '108-credential-detail');

  // Anyone, signed out, sees the public page verified.
  const anonymous = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const publicPage = await anonymous.newPage();
  await publicPage.goto(`/verify/${id}`);
  await expect(publicPage.getByRole('heading', { level: 1 })).toHaveText(
    'Certified Member of ALT (CMALT)',
  );
  await expect(publicPage.getByTestId('verification-summary')).toHaveText(
    'Verified: issued by Harbour CMALT cohort (Harbour University).',
  );
  const overflow = await publicPage.evaluate(
    () => document.documentElement.scrollWidth - window.innerWidth,
  );
  expect(overflow, 'the public page does not scroll sideways at 390px').toBeLessThanOrEqual(0);

  // The holder cannot revoke; the scheme's coordinator (an administrator) can.
  await expect(page.getByRole('button', { name: 'Revoke' })).toHaveCount(0);
  const adminContext = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const admin = await adminContext.newPage();
  await signInAsAdmin(admin);

  // The coordinator rotates the scheme's key: the credential still verifies, by a retired key.
  await admin.goto(`/credentials/keys/${schemeId}`);
  await admin.getByRole('button', { name: 'Rotate key' }).click();
  await admin.getByRole('dialog').getByRole('button', { name: 'Rotate key' }).click();
  await expect(admin.getByRole('listitem', { name: 'Retired key' })).toContainText(
    '1 credential signed',
  );
  await expect(admin.getByRole('listitem', { name: 'Current key' })).toContainText(
    '0 credentials signed',
  );
  await shot(admin, '109-scheme-keys');
  await publicPage.reload();
  await expect(publicPage.getByTestId('verification-summary')).toContainText(
    'with a key retired on',
  );

  // ...and revokes it with a reason, which the public page then shows.
  await admin.goto(`/credentials/${id}`);
  await admin.getByRole('button', { name: 'Revoke' }).click();
  const dialog = admin.getByRole('dialog');
  await dialog.getByRole('button', { name: 'Revoke credential' }).click();
  await expect(
    dialog.getByText('Say why, in a few words (the holder and verifiers will see it)', {
      exact: true,
    }),
  ).toBeVisible();
  await dialog.getByLabel('Reason').fill('Issued to the wrong cohort by mistake.');
  await dialog.getByRole('button', { name: 'Revoke credential' }).click();
  await expect(dialog).toBeHidden();
  await expect(admin.getByTestId('verification-summary')).toContainText(
    'Issued to the wrong cohort by mistake.',
  );
  await publicPage.reload();
  await expect(publicPage.getByTestId('verification-summary')).toContainText(
    'Revoked by Harbour CMALT cohort (Harbour University) on',
  );
  await anonymous.close();
  await adminContext.close();
});
