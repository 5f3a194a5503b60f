/// <reference path="../server/src/modules/credentials/vendor.d.ts" />
import { expect, type Page, test } from '@playwright/test';
import { generateKeyPair } from '../server/src/modules/credentials/keys';
import { issueSigned } from '../server/src/modules/credentials/signing';
import { shot, signInAsAdmin } from './support';

/**
 * The public verifier: a credential signed here in the test (with a key no scheme of this Cairn
 * holds) verifies as signed but from an unknown issuer; one changed character fails it; text
 * that is not JSON is explained; a link to a credential nobody made public says so.
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
  await expect(report.getByText('Signature valid', { exact: true })).toBeVisible();
  await expect(report.getByText('Issuer not known to this Cairn')).toBeVisible();
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
  await expect(report.getByText('Signature invalid')).toBeVisible();
  await expect(report.getByText('Not verified', { exact: true })).toBeVisible();
  await expect(page.getByTestId('verification-summary')).toHaveText(
    'Not verified: The signature does not match the content: the credential was changed after it was signed, or signed by another key.',
  );
  await expect(report.getByText('Signature valid', { exact: true })).toHaveCount(0);
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
    page.getByTestId('verification-report').getByText('Signature valid', { exact: true }),
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

test('a member without credentials sees how they come', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await signInAsAdmin(page);
  await page.getByRole('link', { name: 'Credentials' }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Credentials');
  await expect(
    page.getByText('No credentials yet: they are issued when a portfolio passes review.'),
  ).toBeVisible();
  await shot(page, '106-credentials-empty');
});
