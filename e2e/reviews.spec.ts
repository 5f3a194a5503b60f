import { type Browser, expect, type Locator, type Page, test } from '@playwright/test';
import { apiOk as ok, expectAccessible, SHOTS, shot, signInAsAdmin } from './support';

/**
 * One portfolio from submission to issued credential. The administrator of Harbour University
 * starts a scheme and adds two assessors (one with enough experience to lead); a practitioner
 * submits a free-form portfolio that fails the intake check, fixes it and submits again; the
 * administrator assigns the lead and the second assessor; both judge (the second cannot see the
 * lead's judgement before submitting their own); the lead records a pass; the candidate sees
 * the decision, opens the credential, downloads its JSON and its public page says it verifies.
 * Everyone but the administrator is invited here (new addresses each run).
 */

test.describe.configure({ mode: 'serial' });

const stamp = Date.now().toString(36);
const person = (name: string, handle: string) => ({
  name,
  email: `${handle}.${stamp}@harbour.example`,
  password: `a review passphrase for ${handle}`,
});
const candidate = person('Maya Lindqvist', 'maya.lindqvist');
const lead = person('Lena Fischer', 'lena.fischer');
const second = person('Samir Haddad', 'samir.haddad');
const SCHEME = `Harbour teaching technologist award ${stamp}`;
const PORTFOLIO = 'Promotion case 2026';

async function newPage(browser: Browser, width = 1280, height = 900): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height } });
  return context.newPage();
}

/** The administrator invites someone, who accepts in a browser of their own. */
async function invite(
  admin: Page,
  browser: Browser,
  who: { name: string; email: string; password: string },
  roles: string[],
): Promise<Page> {
  const invitation = await ok<{ link: string }>(admin, 'POST', '/api/invitations', {
    email: who.email,
    name: who.name,
    roles,
  });
  const token = new URL(invitation.link).searchParams.get('token');
  const page = await newPage(browser);
  await page.goto('/sign-in');
  await ok(page, 'POST', '/api/invitations/accept', { token, password: who.password });
  return page;
}

/** Chooses an option of a Mantine Select by its label. */
async function choose(scope: Page | Locator, page: Page, label: string, option: RegExp) {
  await scope.getByLabel(label, { exact: true }).click();
  await page.getByRole('option', { name: option }).click();
}

type Section = { id: string; key: string; revision: number };
type Portfolio = { id: string; sectionList: Section[] };

const accreditation = (page: Page) =>
  page.getByRole('navigation', { name: 'Main' }).getByRole('list', { name: 'Accreditation' });

/** Marks every part of every section "Met" with a comment, and writes the feedback. */
async function judgeEverything(page: Page, feedback: string) {
  const sections = page.locator('[data-testid^="judge-"]');
  const count = await sections.count();
  expect(count).toBeGreaterThan(0);
  for (let i = 0; i < count; i++) {
    const section = sections.nth(i);
    const groups = section.getByRole('radiogroup');
    for (let g = 0; g < (await groups.count()); g++) {
      await groups.nth(g).getByRole('radio', { name: 'Met', exact: true }).check();
    }
    await section.getByLabel('Comment').fill('Clear and well evidenced.');
  }
  await page.getByLabel('Overall feedback').fill(feedback);
  await page.getByRole('radio', { name: 'Pass', exact: true }).check();
}

test('one portfolio from submission to issued credential', async ({ page, browser }) => {
  test.setTimeout(540_000);
  await signInAsAdmin(page);

  // People: a candidate (practitioner) and two assessors, invited by the administrator.
  const maya = await invite(page, browser, candidate, ['practitioner']);
  const lena = await invite(page, browser, lead, ['assessor']);
  const samir = await invite(page, browser, second, ['assessor']);

  // ---- The administrator starts a scheme ----------------------------------------------------
  await page.goto('/');
  await accreditation(page).getByRole('link', { name: 'Schemes' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Schemes');
  await page.getByRole('button', { name: 'New scheme' }).first().click();
  const form = page.getByRole('dialog', { name: 'New scheme' });
  await form.getByLabel('Name', { exact: true }).fill(SCHEME);
  await form.getByLabel('Accepted portfolio templates').click();
  await page.getByRole('option', { name: /^Free-form portfolio/ }).click();
  await form.getByLabel('Award name').fill('Harbour Teaching Technologist');
  await form
    .getByLabel('What holding it means')
    .fill('The holder supports teaching with technology at Harbour University, assessed by peers.');
  await form
    .getByLabel('Criteria')
    .fill(
      'A portfolio whose every section meets the description, evidence and reflection criteria.',
    );
  await expectAccessible(page, 'new scheme');
  await page.screenshot({ path: `${SHOTS}/85-scheme-new.png` });
  await form.getByRole('button', { name: 'Create scheme' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(SCHEME);
  await expect(page.getByRole('tab', { name: 'Dashboard' })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await expect(page.getByText('No submissions yet.').first()).toBeVisible();
  await expect(page.getByRole('link', { name: 'Signing keys' })).toBeVisible();
  const schemeUrl = page.url();

  // Two assessors: Lena brings three second assessments from before Cairn, so she can lead.
  await page.getByRole('tab', { name: 'Assessors' }).click();
  const addAssessor = page.getByRole('region', { name: 'Add an assessor' });
  await addAssessor.getByLabel('Email').fill('nobody.here@harbour.example');
  await addAssessor.getByRole('button', { name: 'Add assessor' }).click();
  await expect(addAssessor.getByRole('alert')).toContainText('No Cairn account');
  await addAssessor.getByLabel('Email').fill(lead.email);
  await addAssessor.getByLabel('Second assessments before Cairn').fill('3');
  await addAssessor.getByRole('button', { name: 'Add assessor' }).click();
  await expect(page.getByRole('row', { name: new RegExp(lead.name) })).toContainText(
    'Eligible to lead',
  );
  await addAssessor.getByLabel('Email').fill(second.email);
  await addAssessor.getByLabel('Second assessments before Cairn').fill('0');
  await addAssessor.getByRole('button', { name: 'Add assessor' }).click();
  await expect(page.getByRole('row', { name: new RegExp(second.name) })).toContainText(
    '0 of 3 second assessments towards leading',
  );
  await shot(page, '86-scheme-assessors');

  // ---- The candidate submits a portfolio that is not finished -------------------------------
  const templates = await ok<{ templates: { id: string; key: string | null }[] }>(
    maya,
    'GET',
    '/api/portfolio-templates',
  );
  const freeForm = templates.templates.find((t) => t.key === 'free-form');
  expect(freeForm, 'the built-in free-form template').toBeTruthy();
  const portfolio = await ok<Portfolio>(maya, 'POST', '/api/portfolios', {
    templateId: freeForm?.id,
    title: PORTFOLIO,
  });
  const work = portfolio.sectionList.find((s) => s.key === 'work') as Section;
  await ok(maya, 'PATCH', `/api/portfolios/${portfolio.id}/sections/${work.id}`, {
    revision: work.revision,
    description: 'I led the move of 40 modules to the new virtual learning environment.',
  });

  await maya.goto('/');
  await accreditation(maya).getByRole('link', { name: 'My submissions' }).click();
  await expect(maya.getByRole('heading', { level: 1 })).toHaveText('My submissions');
  await expect(maya.getByRole('heading', { name: 'No submissions yet' })).toBeVisible();
  await shot(maya, '87-my-submissions-empty');

  await maya.getByRole('button', { name: 'Submit a portfolio for review' }).first().click();
  const submit = maya.getByRole('dialog', { name: 'Submit a portfolio for review' });
  await choose(submit, maya, 'Scheme', new RegExp(SCHEME));
  await choose(submit, maya, 'Portfolio', new RegExp(PORTFOLIO));
  // A nominated conflict: her colleague Tom must not assess it.
  await submit.getByLabel('People who must not assess this (optional)').fill('Tom');
  await maya.getByRole('option', { name: /Tom Okafor/ }).click();
  await submit.getByText(/^Cairn freezes the portfolio/).click();
  await expect(submit.getByText('Tom Okafor', { exact: false }).first()).toBeVisible();
  await expectAccessible(maya, 'submit a portfolio');
  await maya.screenshot({ path: `${SHOTS}/88-submit-modal.png` });
  await submit.getByRole('button', { name: 'Submit for review' }).click();

  // The intake check answers at once, with each problem linked to its section.
  await expect(maya.getByText('The intake check found things to fix')).toBeVisible();
  await expect(maya.getByText('Intake check failed').first()).toBeVisible();
  const problems = maya.getByRole('list', { name: 'Intake problems' });
  await expect(problems).toContainText('Introduction');
  await expect(problems).toContainText('My work');
  const failedUrl = maya.url();
  await shot(maya, '89-intake-failed');

  // Fix the introduction from its link, in the portfolio editor.
  await problems
    .getByRole('listitem')
    .filter({ hasText: 'Introduction' })
    .first()
    .getByRole('link', { name: 'Open this section' })
    .click();
  await expect(maya.getByRole('heading', { level: 2, name: 'Introduction' })).toBeVisible();
  await maya
    .getByLabel('Description', { exact: true })
    .fill('I am a learning technologist at Harbour University; this portfolio supports my case.');
  await maya.getByRole('button', { name: 'Save section' }).click();
  await expect(maya.getByText(/^Saved /)).toBeVisible();
  // The rest of "My work": a CPD entry as evidence and a reflection.
  const entry = await ok<{ id: string }>(maya, 'POST', '/api/cpd/entries', {
    title: 'Led the VLE migration working group',
    date: `${new Date().getFullYear()}-01-15`,
    hours: 6,
    type: 'skill-sharing',
    reflection: 'What a large migration taught me about change.',
  });
  await ok(maya, 'POST', `/api/portfolios/${portfolio.id}/sections/${work.id}/evidence`, {
    cpdEntryId: entry.id,
  });
  const now = await ok<Portfolio>(maya, 'GET', `/api/portfolios/${portfolio.id}`);
  const workNow = now.sectionList.find((s) => s.key === 'work') as Section;
  await ok(maya, 'PATCH', `/api/portfolios/${portfolio.id}/sections/${workNow.id}`, {
    revision: workNow.revision,
    reflection: 'Moving forty modules showed me that training beats documentation.',
  });

  // Submit again from the failed submission: scheme and portfolio are filled in.
  await maya.goto(failedUrl);
  await maya.getByRole('button', { name: 'Submit again' }).click();
  const again = maya.getByRole('dialog', { name: 'Submit a portfolio for review' });
  await expect(again.getByLabel('Portfolio', { exact: true })).toHaveValue(new RegExp(PORTFOLIO));
  // The conflict she named comes along.
  await expect(again.getByText('A colleague you named before')).toBeVisible();
  await again.getByRole('button', { name: 'Submit for review' }).click();
  await expect(maya.getByText('Awaiting assessors').first()).toBeVisible();
  await expect(maya.getByText(/The intake check passed/)).toBeVisible();
  const submissionUrl = maya.url();
  const submissionId = submissionUrl.split('/reviews/submissions/')[1] ?? '';
  expect(submissionId).toMatch(/^[0-9a-f-]{36}$/);
  await shot(maya, '90-submission-awaiting');

  // ---- The administrator assigns the assessors ----------------------------------------------
  await page.goto(schemeUrl);
  // The failed intake stays listed; the resubmission is the row to assign.
  const row = page
    .getByRole('row', { name: new RegExp(candidate.name) })
    .filter({ hasNotText: 'Intake check failed' });
  await expect(row).toContainText('Awaiting assessors');
  await shot(page, '91-scheme-dashboard');
  await row.getByRole('button', { name: `Assign assessors: ${candidate.name}` }).click();
  const assign = page.getByRole('dialog', { name: 'Assign assessors' });
  await expect(assign.getByText('The candidate nominated conflicts')).toBeVisible();
  await assign.getByLabel('Lead assessor', { exact: true }).click();
  // Samir cannot lead yet, and the modal says why.
  await expect(page.getByRole('option', { name: new RegExp(second.name) })).toContainText(
    '0 of 3 second assessments',
  );
  await expectAccessible(page, 'assign assessors');
  await page.screenshot({ path: `${SHOTS}/92-assign-modal.png` });
  await page.getByRole('option', { name: new RegExp(lead.name) }).click();
  await choose(assign, page, 'Second assessor', new RegExp(second.name));
  await assign.getByRole('button', { name: 'Assign', exact: true }).click();
  await expect(assign).toBeHidden();
  await expect(row).toContainText('In assessment');
  await expect(row).toContainText(`Lead: ${lead.name}`);

  // ---- The lead judges first ----------------------------------------------------------------
  await lena.goto('/');
  await accreditation(lena).getByRole('link', { name: 'Assessing' }).click();
  await expect(lena.getByRole('heading', { level: 1 })).toHaveText('Assessing');
  await lena.getByRole('link', { name: new RegExp(PORTFOLIO) }).click();
  await expect(lena.getByRole('heading', { level: 2, name: 'The portfolio' })).toBeVisible();
  await expect(lena.getByText('Led the VLE migration working group').first()).toBeVisible();
  // Submitting too early says what is missing, at the fields.
  await lena.getByLabel('Overall feedback').fill('A strong case.');
  await lena.getByRole('button', { name: 'Submit judgement' }).click();
  await lena
    .getByRole('dialog', { name: 'Submit your judgement?' })
    .getByRole('button', { name: 'Submit judgement' })
    .click();
  await expect(lena.getByText('Not submitted yet')).toBeVisible();
  await expect(lena.getByTestId('judge-work')).toContainText(
    'judge description, evidence, reflection',
  );
  await judgeEverything(lena, 'A strong case, well evidenced throughout.');
  await lena.getByRole('button', { name: 'Save draft' }).click();
  await expect(lena.getByText(/Draft saved/)).toBeVisible();
  await shot(lena, '93-assess-lead');
  await lena.getByRole('button', { name: 'Submit judgement' }).click();
  await lena
    .getByRole('dialog', { name: 'Submit your judgement?' })
    .getByRole('button', { name: 'Submit judgement' })
    .click();
  await expect(lena.getByText('Submitted', { exact: true })).toBeVisible();
  await expect(lena.getByRole('heading', { name: 'Both judgements side by side' })).toBeHidden();

  // ---- The second cannot see the lead's judgement before submitting their own ---------------
  await samir.goto('/reviews/assessing');
  await samir.getByRole('link', { name: new RegExp(PORTFOLIO) }).click();
  await expect(samir.getByRole('heading', { level: 2, name: 'Your judgement' })).toBeVisible();
  await expect(samir.getByText('A strong case, well evidenced throughout.')).toHaveCount(0);
  await expect(samir.getByRole('heading', { name: 'Both judgements side by side' })).toHaveCount(0);
  const early = await ok<{ others: unknown[] }>(
    samir,
    'GET',
    `/api/review-submissions/${submissionId}/judgements`,
  );
  expect(early.others).toEqual([]);
  await judgeEverything(samir, 'Meets every criterion; the reflection is thoughtful.');
  await samir.getByRole('button', { name: 'Submit judgement' }).click();
  await samir
    .getByRole('dialog', { name: 'Submit your judgement?' })
    .getByRole('button', { name: 'Submit judgement' })
    .click();
  await expect(samir.getByRole('heading', { name: 'Both judgements side by side' })).toBeVisible();
  await expect(samir.getByText('A strong case, well evidenced throughout.')).toBeVisible();
  await shot(samir, '94-assess-both');

  // ---- The lead records a pass ---------------------------------------------------------------
  await lena.reload();
  await expect(lena.getByRole('heading', { name: 'Record the decision' })).toBeVisible();
  await expect(lena.getByRole('heading', { name: 'Both judgements side by side' })).toBeVisible();
  await lena.getByRole('radio', { name: 'Pass', exact: true }).first().check();
  await lena
    .getByLabel('Feedback for the candidate')
    .fill('Congratulations: a clear, well-evidenced portfolio.');
  await shot(lena, '95-decision');
  await lena.getByRole('button', { name: 'Record decision' }).click();
  const confirm = lena.getByRole('dialog', { name: /Record “Pass”/ });
  await expect(confirm).toContainText('issues their credential');
  await confirm.getByRole('button', { name: 'Record decision' }).click();
  await expect(lena.getByText('Decision: Pass')).toBeVisible();
  await lena.goto('/reviews/assessing');
  await expect(lena.getByRole('article', { name: new RegExp(PORTFOLIO) })).toContainText(
    'Judgement submitted',
  );
  // Her standing counts the experience the coordinator recorded.
  await expect(lena.getByText(/you can lead assessments \(3 from before Cairn/)).toBeVisible();
  await shot(lena, '95-assessing-list');

  // The coordinator's list of schemes, and the dashboard on a phone: rows become cards.
  await page.goto('/reviews/schemes');
  await expect(page.getByRole('region', { name: 'Schemes you coordinate' })).toContainText(SCHEME);
  await shot(page, '86-schemes-list');
  const adminPhone = await browser.newContext({
    viewport: { width: 390, height: 844 },
    storageState: await page.context().storageState(),
  });
  const adminSmall = await adminPhone.newPage();
  await adminSmall.goto(schemeUrl);
  await expect(adminSmall.getByRole('list', { name: 'Submissions', exact: true })).toContainText(
    'Passed',
  );
  await expect(adminSmall.getByRole('table')).toHaveCount(0);
  await shot(adminSmall, '91-phone-scheme-dashboard');

  // ---- The candidate hears, sees the decision and the credential ----------------------------
  await maya.goto('/reviews');
  const bell = maya.getByTestId('notifications-bell');
  await expect(bell).toHaveAccessibleName(/Notifications, \d+ unread/);
  await bell.click();
  const inbox = maya.getByRole('dialog', { name: 'Notifications' });
  await expect(inbox.getByRole('list', { name: 'Latest notifications' })).toBeVisible();
  await expectAccessible(maya, 'notifications');
  await maya.screenshot({ path: `${SHOTS}/96-notifications.png` });
  await inbox.getByRole('button', { name: 'Mark all read' }).click();
  await expect(bell).toHaveAccessibleName('Notifications');
  await maya.keyboard.press('Escape');

  await maya.goto(submissionUrl);
  await expect(maya.getByText('Passed').first()).toBeVisible();
  await expect(maya.getByRole('region', { name: 'Decision' })).toContainText(
    'Congratulations: a clear, well-evidenced portfolio.',
  );
  // Judgements are shown without the assessors' names (the scheme does not show them).
  await expect(maya.getByRole('heading', { name: 'Lead assessor', exact: true })).toBeVisible();
  await expect(maya.getByText(lead.name)).toHaveCount(0);
  await expect(maya.getByText(second.name)).toHaveCount(0);
  await shot(maya, '97-submission-passed');

  await maya.getByRole('link', { name: 'View your credential' }).click();
  await expect(maya).toHaveURL(/\/credentials\/[0-9a-f-]{36}$/);
  const credentialId = maya.url().split('/credentials/')[1] ?? '';
  await expect(maya.getByText('Harbour Teaching Technologist').first()).toBeVisible();
  // The JSON downloads, and is the signed credential.
  const href = await maya.getByRole('link', { name: 'Download JSON' }).getAttribute('href');
  const file = await maya.request.get(href ?? '');
  expect(file.status()).toBe(200);
  const json = (await file.json()) as { type?: string[]; proof?: unknown };
  expect(json.type).toContain('OpenBadgeCredential');
  expect(json.proof).toBeTruthy();
  // The public page is the holder's choice (the switch follows the server's answer).
  const publicSwitch = maya.getByLabel('Anyone with the link can see the verification page');
  await publicSwitch.click();
  await expect(publicSwitch).toBeChecked();
  await expect(maya.getByRole('button', { name: 'Copy public link' })).toBeVisible();
  await shot(maya, '98-credential');

  // Anyone can open the public verification page; it says the credential verifies.
  const stranger = await newPage(browser);
  await stranger.goto(`/verify/${credentialId}`);
  await expect(stranger.getByText('Verified', { exact: true })).toBeVisible();
  await expect(stranger.getByTestId('verification-summary')).toBeVisible();
  await stranger.screenshot({ path: `${SHOTS}/99-verify-public.png`, fullPage: true });

  // On a phone, the submission page stacks and stays readable.
  const phone = await browser.newContext({
    viewport: { width: 390, height: 844 },
    storageState: await maya.context().storageState(),
  });
  const small = await phone.newPage();
  await small.goto(submissionUrl);
  await expect(small.getByRole('heading', { level: 1 })).toHaveText(PORTFOLIO);
  await expect(small.getByText('Passed').first()).toBeVisible();
  const width = await small.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(390);
  await shot(small, '99-phone-submission');
});
