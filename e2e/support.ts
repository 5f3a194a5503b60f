import { mkdirSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

export const SHOTS = 'test-results/screenshots';
mkdirSync(SHOTS, { recursive: true });

/** Fails on serious or critical WCAG 2.1 A/AA violations, listing each with the elements involved. */
export async function expectAccessible(page: Page, name: string) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const report = bad.map(
    (v) =>
      `${v.impact} ${v.id}: ${v.help}\n    ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 5)
        .join('\n    ')}`,
  );
  expect(report, `accessibility violations on ${name}`).toEqual([]);
}

/** Saves a full-page screenshot for people to look at, and checks accessibility on the way. */
export async function visit(page: Page, name: string) {
  await page.waitForLoadState('networkidle');
  await expectAccessible(page, name);
  await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
}

/** The administrator that foundation.spec.ts creates when it sets up "Harbour University". */
export const HARBOUR_ADMIN = {
  email: 'priya.raman@harbour.example',
  password: 'a long and memorable passphrase',
};

export async function signInAsAdmin(page: Page) {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(HARBOUR_ADMIN.email);
  await page.getByLabel('Password').fill(HARBOUR_ADMIN.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Priya');
}

/** Back at the top, so that the full-page screenshot shows the header where it belongs. */
export async function shot(page: Page, name: string) {
  await page.evaluate(() => window.scrollTo(0, 0));
  await visit(page, name);
}

async function csrfToken(page: Page): Promise<string> {
  const cookie = (await page.context().cookies()).find((c) => c.name === 'cairn_csrf');
  return cookie?.value ?? '';
}

/** A JSON call as the person signed in on `page` (with the CSRF header writes need). */
export async function apiCall<T>(
  page: Page,
  method: string,
  path: string,
  data?: unknown,
): Promise<{ status: number; body: T }> {
  const response = await page.request.fetch(path, {
    method,
    headers: { 'x-csrf-token': await csrfToken(page) },
    ...(data === undefined ? {} : { data }),
  });
  const text = await response.text();
  let body: unknown = null;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    body = text;
  }
  return { status: response.status(), body: body as T };
}

/** `apiCall` that fails the test unless the call succeeds, and returns the body. */
export async function apiOk<T>(
  page: Page,
  method: string,
  path: string,
  data?: unknown,
): Promise<T> {
  const r = await apiCall<T>(page, method, path, data);
  expect(r.status, `${method} ${path}: ${JSON.stringify(r.body)}`).toBeLessThan(300);
  return r.body;
}
