import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { shot, signInAsAdmin } from './support';

/**
 * Competency frameworks, after foundation.spec.ts has set up Harbour University: search
 * across frameworks, follow a mapping, browse and filter a framework's tree, and import a
 * CASE package (a good one, then broken ones that are refused with their JSON paths).
 */

const importedTitle = 'Compétences numériques 𝑑';

test.describe.configure({ mode: 'serial' });

const signIn = signInAsAdmin;

/** A small CASE 1.1 package: a document, three items and the isChildOf tree. */
function casePackage(options: { brokenParent?: boolean } = {}) {
  const now = '2026-09-01T09:00:00Z';
  const doc = randomUUID();
  const [c1, c11, c2] = [randomUUID(), randomUUID(), randomUUID()];
  const link = (identifier: string, title: string) => ({
    identifier,
    uri: `urn:uuid:${identifier}`,
    title,
  });
  const item = (identifier: string, code: string, title: string, statement: string) => ({
    identifier,
    uri: `urn:uuid:${identifier}`,
    humanCodingScheme: code,
    abbreviatedStatement: title,
    fullStatement: statement,
    CFItemType: 'Compétence',
    lastChangeDateTime: now,
  });
  const childOf = (sequenceNumber: number, child: string, parent: string, title: string) => ({
    identifier: randomUUID(),
    uri: `urn:uuid:${randomUUID()}`,
    associationType: 'isChildOf',
    originNodeURI: link(child, child),
    destinationNodeURI: link(parent, title),
    sequenceNumber,
    lastChangeDateTime: now,
  });
  return {
    CFDocument: {
      identifier: doc,
      uri: `urn:uuid:${doc}`,
      creator: 'Harbour University',
      publisher: 'Harbour University Digital Education',
      title: importedTitle,
      description: 'Les compétences numériques attendues des équipes pédagogiques.',
      language: 'fr',
      version: '1.0',
      lastChangeDateTime: now,
    },
    CFItems: [
      item(
        c1,
        'C1',
        'Maîtrise des outils',
        'Utiliser les outils numériques de l’établissement avec assurance.',
      ),
      item(c11, 'C1.1', 'Plateforme', 'Publier un cours sur la plateforme d’apprentissage.'),
      item(c2, 'C2', 'Données', 'Protéger les données des étudiants.'),
    ],
    CFAssociations: [
      childOf(1, c1, doc, importedTitle),
      childOf(1, c11, options.brokenParent ? 'no-such-item' : c1, 'C1'),
      childOf(2, c2, doc, importedTitle),
    ],
  };
}

test('search across frameworks and follow a mapping', async ({ page }) => {
  await signIn(page);
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Frameworks' })
    .click();
  await expect(page).toHaveURL(/\/frameworks$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Competency frameworks');
  const builtin = page.getByRole('list', { name: 'Built-in frameworks' });
  await expect(builtin.getByRole('link', { name: 'ISTE Standards for Coaches' })).toBeVisible();
  await expect(builtin.getByText(/^CMALT/).first()).toBeVisible();
  await expect(builtin.getByText(/Levels: Developing, Capable,? and Proficient/)).toBeVisible();
  await shot(page, '20-frameworks');

  await page.getByLabel('Search all frameworks').fill('collaborat');
  const results = page.getByRole('list', { name: 'Search results' });
  const collaborator = results.getByRole('link', { name: '4.3 Collaborator', exact: true });
  await expect(collaborator).toBeVisible();
  await expect(page.getByRole('status').getByText(/match “collaborat”/)).toBeVisible();
  await shot(page, '21-frameworks-search');
  await collaborator.click();

  await expect(page).toHaveURL(/\/frameworks\/items\/[\w-]+$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('4.3 Collaborator');
  await expect(
    page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', {
      name: 'ISTE Standards for Coaches',
    }),
  ).toBeVisible();
  await expect(page.getByRole('link', { name: '4.3a Trusting relationships' })).toBeVisible();
  const mappings = page.getByRole('list', { name: 'Mappings' });
  const toCmalt = mappings.getByRole('listitem').filter({ hasText: 'CMALT' });
  await expect(toCmalt.first()).toBeVisible();
  await expect(toCmalt.first().getByText('Related to')).toBeVisible();
  await expect(
    toCmalt.first().getByRole('link', { name: '4 Communication and working with others' }),
  ).toBeVisible();
  await shot(page, '22-framework-item');

  // Back from the item, the search is still there.
  await page.goBack();
  await expect(page.getByLabel('Search all frameworks')).toHaveValue('collaborat');
  await expect(collaborator).toBeVisible();
});

test('browse and filter a framework', async ({ page }) => {
  await signIn(page);
  await page.goto('/frameworks');
  await page.getByRole('link', { name: 'ISTE Standards for Coaches' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('ISTE Standards for Coaches');
  await expect(page.getByRole('link', { name: 'Download as CASE (JSON)' })).toHaveAttribute(
    'download',
    '',
  );
  const source = page.getByRole('link', { name: /Official source/ });
  await expect(source).toHaveAttribute('target', '_blank');
  await expect(source).toHaveAttribute('rel', 'noreferrer');

  // 33 items: the standards start open, showing their indicators.
  const tree = page.getByRole('list', { name: 'Items of ISTE Standards for Coaches' });
  await expect(tree.getByRole('link', { name: '4.3a Trusting relationships' })).toBeVisible();
  const collapse = tree.getByRole('button', { name: 'Collapse 4.3 Collaborator' });
  await expect(collapse).toHaveAttribute('aria-expanded', 'true');
  await collapse.click();
  await expect(tree.getByRole('link', { name: '4.3a Trusting relationships' })).toHaveCount(0);
  const expand = tree.getByRole('button', { name: 'Expand 4.3 Collaborator' });
  await expect(expand).toHaveAttribute('aria-expanded', 'false');
  await page.getByRole('button', { name: 'Collapse all' }).click();
  await expect(tree.getByRole('link', { name: /^4\.1a / })).toHaveCount(0);
  await page.getByRole('button', { name: 'Expand all' }).click();
  await expect(tree.getByRole('link', { name: '4.3a Trusting relationships' })).toBeVisible();
  await shot(page, '23-framework');

  await page.getByLabel('Filter this framework').fill('data');
  await expect(tree.getByRole('link', { name: '4.6 Data-Driven Decision-Maker' })).toBeVisible();
  await expect(tree.getByRole('link', { name: '4.6a Secure data collection' })).toBeVisible();
  await expect(tree.getByRole('link', { name: '4.3 Collaborator' })).toHaveCount(0);
  await expect(page.getByText(/items? match(es)? “data”/)).toBeVisible();
  await shot(page, '24-framework-filtered');
  await page.getByLabel('Filter this framework').fill('');
  await expect(tree.getByRole('link', { name: '4.3 Collaborator' })).toBeVisible();

  // On a phone: no sideways scrolling.
  await page.setViewportSize({ width: 375, height: 740 });
  for (const [path, name] of [
    [page.url(), '25-phone-framework'],
    ['/frameworks?q=data', '25b-phone-frameworks-search'],
  ] as const) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.waitForLoadState('networkidle');
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow, `${path} scrolls sideways on a phone`).toBeLessThanOrEqual(0);
    await shot(page, name);
  }
  await expect(page.getByRole('list', { name: 'Search results' })).toBeVisible();
});

test('import a CASE package, and refuse broken ones with their JSON paths', async ({ page }) => {
  const good = test.info().outputPath('good-case.json');
  const broken = test.info().outputPath('broken-case.json');
  const notJson = test.info().outputPath('not-json.json');
  writeFileSync(good, JSON.stringify(casePackage(), null, 2));
  writeFileSync(broken, JSON.stringify(casePackage({ brokenParent: true }), null, 2));
  writeFileSync(notJson, 'CFDocument: this is not JSON');

  await signIn(page);
  await page.goto('/frameworks');
  await page.getByRole('link', { name: 'Import a CASE package' }).click();
  await expect(page).toHaveURL(/\/frameworks\/import$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Import a CASE package');
  await shot(page, '26-import');

  const file = page.getByLabel('CASE package (JSON)');
  await file.setInputFiles(good);
  const preview = page.getByRole('region', { name: 'What the package holds' });
  await expect(preview.getByRole('heading', { name: importedTitle })).toBeVisible();
  await expect(preview.getByText('Harbour University Digital Education')).toBeVisible();
  await expect(preview.getByText('Maîtrise des outils')).toBeVisible();
  await expect(preview.getByText('(1 item under it)')).toBeVisible();
  const importButton = preview.getByRole('button', { name: 'Import 3 items' });
  await expect(importButton).toBeVisible();
  await shot(page, '27-import-preview');
  await importButton.click();

  await expect(page).toHaveURL(/\/frameworks\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(importedTitle);
  await expect(page.getByText('Framework imported')).toBeVisible();
  const tree = page.getByRole('list', { name: `Items of ${importedTitle}` });
  await expect(tree.getByRole('link', { name: 'C1 Maîtrise des outils' })).toBeVisible();
  await expect(tree.getByRole('link', { name: 'C1.1 Plateforme' })).toBeVisible();
  await expect(tree.getByRole('link', { name: 'C2 Données' })).toBeVisible();
  await shot(page, '28-imported-framework');

  // Its items have pages too, with the tree above them and no mappings yet.
  await tree.getByRole('link', { name: 'C1.1 Plateforme' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('C1.1 Plateforme');
  const breadcrumb = page.getByRole('navigation', { name: 'Breadcrumb' });
  await expect(breadcrumb.getByRole('link', { name: importedTitle })).toBeVisible();
  await expect(breadcrumb.getByRole('link', { name: 'C1 Maîtrise des outils' })).toBeVisible();
  await expect(page.getByText('No mappings to other frameworks yet.')).toBeVisible();
  await breadcrumb.getByRole('link', { name: importedTitle }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(importedTitle);

  await page.getByRole('link', { name: 'All frameworks' }).click();
  await expect(
    page.getByRole('list', { name: 'Your institution’s frameworks' }).getByRole('link', {
      name: importedTitle,
    }),
  ).toBeVisible();

  // A broken tree: the problem comes back with its JSON path, and nothing is saved.
  await page.goto('/frameworks/import');
  await page.getByLabel('CASE package (JSON)').setInputFiles(broken);
  const problems = page.getByRole('list', { name: 'Problems' });
  await expect(
    problems.getByText('$.CFAssociations[1].destinationNodeURI.identifier'),
  ).toBeVisible();
  await expect(problems.getByText(/unknown item no-such-item/)).toBeVisible();
  await expect(page.getByText(/Nothing was imported/)).toBeVisible();
  await expect(page.getByRole('button', { name: /^Import \d+ items?$/ })).toHaveCount(0);
  await shot(page, '29-import-problems');

  // Not JSON at all, or too big: said at once, without sending anything to the server.
  const checks: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/api/frameworks/import')) checks.push(request.url());
  });
  await page.getByLabel('CASE package (JSON)').setInputFiles(notJson);
  await expect(page.getByText(/This file is not JSON/)).toBeVisible();
  await expect(page.getByText(/Nothing was sent to the server/)).toBeVisible();
  await page.getByLabel('CASE package (JSON)').setInputFiles({
    name: 'huge-case.json',
    mimeType: 'application/json',
    buffer: Buffer.alloc(21 * 1024 * 1024, ' '),
  });
  await expect(page.getByText(/up to 20 MB, so it was not uploaded/)).toBeVisible();
  expect(checks, 'nothing was sent to the server').toEqual([]);

  // framework-editing.spec.ts runs first (files run in alphabetical order), so the
  // institution has frameworks of its own besides this one: only it was imported, once.
  await page.goto('/frameworks');
  await expect(
    page.getByRole('list', { name: 'Your institution’s frameworks' }).getByRole('link', {
      name: importedTitle,
    }),
  ).toHaveCount(1);
});

test('an assessor reads frameworks but cannot import', async ({ page }) => {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill('tom.okafor@harbour.example');
  await page.getByLabel('Password').fill('another long passphrase');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Tom');

  await page.getByRole('link', { name: 'Browse frameworks' }).click();
  await expect(page).toHaveURL(/\/frameworks$/);
  await expect(
    page.getByRole('list', { name: 'Your institution’s frameworks' }).getByRole('link', {
      name: importedTitle,
    }),
  ).toBeVisible();
  await expect(page.getByRole('link', { name: 'Import a CASE package' })).toHaveCount(0);
  // Nor write: no button to start a framework, and none to change one.
  await expect(page.getByRole('button', { name: 'New framework' })).toHaveCount(0);
  await page.getByRole('link', { name: importedTitle }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(importedTitle);
  await expect(page.getByRole('button', { name: 'Start a new version' })).toHaveCount(0);
  await expect(page.getByRole('switch', { name: 'Share over CASE' })).toHaveCount(0);
  await page.goto('/frameworks/import');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'You do not have access to this page',
  );
  await expect(page.getByLabel('CASE package (JSON)')).toHaveCount(0);
});
