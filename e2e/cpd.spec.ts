import { deflateSync } from 'node:zlib';
import { expect, type Page, test } from '@playwright/test';
import { shot, signInAsAdmin } from './support';

/**
 * The CPD log, after foundation.spec.ts has set up Harbour University: quick capture with
 * the keyboard, the entry editor (reflection with preview, framework tags, time, evidence),
 * then curating the list (filters in the address, search, bulk actions with undo), on a
 * desktop and a phone.
 */

test.describe.configure({ mode: 'serial' });

const webinar = 'ALT webinar on accessible video';
const discussion = 'Team discussion on data protection';
const trial = 'Trying the Moodle accessibility plugin';

/** A valid 2×2 PNG, built here so that the test needs no file of its own. */
function png(): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (buf: Buffer) => {
    let c = 0xffffffff;
    for (const byte of buf) c = (crcTable[(c ^ byte) & 0xff] ?? 0) ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const out = Buffer.alloc(body.length + 8);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc(body), body.length + 4);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(2, 0);
  header.writeUInt32BE(2, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // truecolour
  const pixels = Buffer.from([0, 15, 118, 110, 255, 255, 255, 0, 255, 255, 255, 15, 118, 110]);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(pixels)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

async function openCpdLog(page: Page) {
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('list', { name: 'CPD log' })
    .getByRole('link', { name: 'Entries' })
    .click();
  await expect(page).toHaveURL(/\/cpd$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('CPD log');
}

async function quickCapture(page: Page, title: string, hours: string, type: string) {
  await page.getByRole('banner').getByRole('button', { name: 'Log CPD' }).click();
  const dialog = page.getByRole('dialog', { name: 'Log CPD' });
  await dialog.getByLabel('Title').fill(title);
  await dialog.getByLabel('Hours').fill(hours);
  await dialog.getByLabel('Type').selectOption({ label: type });
  await dialog.getByLabel('Title').press('Enter');
  await expect(dialog).toHaveCount(0);
  await expect(page.getByText(`“${title}”`)).toBeVisible();
}

test('quick capture from the keyboard, then the entry in the list', async ({ page }) => {
  await signInAsAdmin(page);
  await openCpdLog(page);
  await expect(page.getByRole('heading', { name: 'Start your CPD log' })).toBeVisible();
  await expect(page.getByText('Alt+N').first()).toBeVisible();
  await shot(page, '40-cpd-empty');

  // Typing in a field, the shortcut types instead of opening quick capture.
  await page.goto('/frameworks');
  await page.getByLabel('Search all frameworks').focus();
  await page.keyboard.press('Alt+KeyN');
  await expect(page.getByRole('dialog')).toHaveCount(0);

  // Anywhere else, Alt+N opens it with the title ready for typing.
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Priya');
  await page.keyboard.press('Alt+KeyN');
  const dialog = page.getByRole('dialog', { name: 'Log CPD' });
  await expect(dialog).toBeVisible();
  const title = dialog.getByLabel('Title');
  await expect(title).toBeFocused();
  await expect(dialog.getByLabel('Hours')).toHaveValue('1');
  const today = await page.evaluate(() => {
    const d = new Date();
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  });
  await expect(dialog.getByLabel('Date')).toHaveValue(today);

  // Nothing typed: the field says what to do. A date the server refuses: said under the date.
  await title.press('Enter');
  await expect(
    dialog.getByText('Title is required: say what you did in a few words'),
  ).toBeVisible();
  await title.fill(webinar);
  await dialog.getByLabel('Date').fill('2099-01-01');
  await title.press('Enter');
  await expect(dialog.getByText(/Date is more than a year ahead/)).toBeVisible();
  await shot(page, '41-cpd-quick-capture-error');

  await dialog.getByLabel('Date').fill(today);
  await dialog.getByLabel('Hours').fill('1.5');
  await dialog.getByLabel('Type').selectOption({ label: 'Seminar or webinar' });
  await title.press('Enter');
  await expect(dialog).toHaveCount(0);
  const logged = page.getByRole('alert').filter({ hasText: 'CPD logged' });
  await expect(logged).toContainText(`“${webinar}”, 1.5 hours of seminar or webinar`);

  // "Open it to add details" goes straight to the entry.
  await logged.getByRole('link', { name: 'Open it to add details' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(webinar);

  await openCpdLog(page);
  await expect(page.getByRole('link', { name: webinar })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /entry/ })).toHaveText(
    '1 entry · 1.5 hours',
  );
  await shot(page, '42-cpd-list');
});

test('reflect, tag, say whose time it was, and add evidence', async ({ page }) => {
  await signInAsAdmin(page);
  await page.goto('/cpd');
  await page.getByRole('link', { name: webinar }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(webinar);

  // A reflection in Markdown, previewed as the server renders it.
  await page
    .getByRole('textbox', { name: 'Reflection' })
    .fill(
      '## What I learnt\n\n- **Captions** help everyone, not only deaf students\n- See [the WAI guide](https://www.w3.org/WAI/media/av/)',
    );
  await page.getByRole('tab', { name: 'Preview' }).click();
  const preview = page.getByRole('region', { name: 'Preview of the reflection' });
  await expect(preview.getByRole('heading', { name: 'What I learnt' })).toBeVisible();
  await expect(preview.locator('strong')).toHaveText('Captions');
  await expect(preview.getByRole('link', { name: 'the WAI guide' })).toHaveAttribute(
    'href',
    'https://www.w3.org/WAI/media/av/',
  );

  // A CMALT item through the picker, chosen with the keyboard.
  const picker = page.getByLabel('Tag with a framework item');
  await picker.fill('legislation');
  const option = page.getByRole('option', { name: /^3a Legislation, CMALT/ });
  await expect(option).toBeVisible();
  await picker.press('Enter');
  const chosen = page.getByRole('list', { name: 'Tag with a framework item: chosen' });
  await expect(chosen.getByRole('button', { name: 'Remove 3a Legislation' })).toBeVisible();
  await expect(chosen).toContainText('CMALT');

  await page.getByRole('radio', { name: 'Protected work time' }).check();
  await page.getByRole('switch', { name: 'Significant' }).check();
  await expect(page.getByText('You have unsaved changes.')).toBeVisible();
  await shot(page, '43-cpd-entry-editing');

  // Leaving with unsaved changes asks first.
  await page.getByRole('link', { name: 'CPD log' }).first().click();
  const leave = page.getByRole('dialog', { name: 'Leave without saving?' });
  await expect(leave).toBeVisible();
  await leave.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(webinar);

  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByText('All changes saved.')).toBeVisible();
  // Saved, the reflection shows as it will be read.
  const reflection = page.getByRole('region', { name: 'Your reflection' });
  await expect(reflection.getByRole('heading', { name: 'What I learnt' })).toBeVisible();
  await expect(reflection.getByRole('link', { name: 'the WAI guide' })).toBeVisible();

  // Evidence: a picture, a file Cairn refuses (with the reason), and a link.
  const evidence = page.getByRole('list', { name: 'Evidence' });
  const choose = async (files: Parameters<Page['setInputFiles']>[1]) => {
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Choose files to upload' }).click();
    await (await chooser).setFiles(files);
  };
  await choose({ name: 'captions-poster.png', mimeType: 'image/png', buffer: png() });
  await expect(evidence.getByRole('link', { name: /captions-poster\.png/ })).toBeVisible();
  await expect(evidence).toContainText('File: captions-poster.png');

  await choose({
    name: 'diagram.svg',
    mimeType: 'image/svg+xml',
    buffer: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
  });
  await expect(page.getByRole('alert').filter({ hasText: 'diagram.svg' })).toContainText(
    /Not uploaded: diagram\.svg cannot be added as evidence: SVG images can carry scripts/,
  );

  await choose({
    name: 'recording.png',
    mimeType: 'image/png',
    buffer: Buffer.concat([png(), Buffer.alloc(26 * 1024 * 1024)]),
  });
  await expect(page.getByRole('alert').filter({ hasText: 'recording.png' })).toContainText(
    /larger than the 25 MB limit/,
  );

  await page.getByLabel('Web address').fill('https://www.w3.org/WAI/media/av/');
  await page.getByLabel('Title (optional)').fill('WAI guide to captions');
  await page.getByRole('button', { name: 'Add link' }).click();
  const link = evidence.getByRole('link', { name: 'WAI guide to captions' });
  await expect(link).toHaveAttribute('href', 'https://www.w3.org/WAI/media/av/');
  await expect(link).toHaveAttribute('target', '_blank');
  await shot(page, '44-cpd-entry');

  // The download answers with the picture.
  const href = await evidence
    .getByRole('link', { name: /captions-poster\.png/ })
    .getAttribute('href');
  const download = await page.request.get(href ?? '');
  expect(download.status()).toBe(200);
  expect(download.headers()['content-type']).toBe('image/png');

  // After a reload everything is still there.
  await page.reload();
  await expect(page.getByRole('radio', { name: 'Protected work time' })).toBeChecked();
  await expect(page.getByRole('switch', { name: 'Significant' })).toBeChecked();
  await expect(page.getByRole('button', { name: 'Remove 3a Legislation' })).toBeVisible();
  await expect(evidence.getByRole('listitem')).toHaveCount(2);

  await openCpdLog(page);
  const row = page.getByRole('listitem').filter({ hasText: webinar });
  for (const badge of ['Significant', 'Reflection', '2 pieces of evidence', '1 tag']) {
    await expect(row.getByText(badge, { exact: true })).toBeVisible();
  }
});

test('filter by tag and by words, then bulk actions with undo', async ({ page }) => {
  await signInAsAdmin(page);
  await openCpdLog(page);
  await quickCapture(page, discussion, '1', 'Peer discussion');
  await quickCapture(page, trial, '2', 'Exploring new technology');
  const total = page.getByRole('status').filter({ hasText: /entr(y|ies)/ });
  await expect(total).toHaveText('3 entries · 4.5 hours');

  // By tag, chosen in the same picker; the filter lives in the address.
  const filtersButton = page.getByRole('button', { name: /^Filters/ });
  await expect(filtersButton).toHaveAttribute('aria-expanded', 'false');
  await expect(page.getByLabel('Tagged with')).toBeHidden();
  await filtersButton.click();
  await page.getByLabel('Tagged with').fill('legislation');
  await page.getByRole('option', { name: /^3a Legislation, CMALT/ }).click();
  await expect(page).toHaveURL(/tagId=[0-9a-f-]{36}/);
  await expect(total).toHaveText('1 entry matches · 1.5 hours');
  await expect(page.getByRole('link', { name: webinar })).toBeVisible();
  await expect(page.getByRole('link', { name: trial })).toHaveCount(0);
  await page.reload();
  await expect(total).toHaveText('1 entry matches · 1.5 hours');
  await expect(page.getByRole('button', { name: 'Remove 3a Legislation' })).toBeVisible();
  await expect(filtersButton).toHaveText('Filters (1)');
  await shot(page, '45-cpd-filtered-by-tag');

  // By words in titles and reflections.
  await page.getByRole('button', { name: 'Clear filters' }).first().click();
  await expect(total).toHaveText('3 entries · 4.5 hours');
  await page.getByLabel('Search titles and reflections').fill('captions');
  await expect(page).toHaveURL(/q=captions/);
  await expect(total).toHaveText('1 entry matches · 1.5 hours');
  await expect(page.getByRole('link', { name: webinar })).toBeVisible();
  await page.getByLabel('Search titles and reflections').fill('nothing like this');
  await expect(page.getByRole('heading', { name: 'No entries match these filters' })).toBeVisible();
  await page.getByRole('button', { name: 'Clear filters' }).last().click();
  await expect(page.getByLabel('Search titles and reflections')).toHaveValue('');
  await expect(total).toHaveText('3 entries · 4.5 hours');

  // Significant, for two at once.
  await page.getByRole('checkbox', { name: `Select “${discussion}”` }).check();
  await page.getByRole('checkbox', { name: `Select “${trial}”` }).check();
  const bar = page.getByRole('region', { name: 'Bulk actions' });
  await expect(bar).toContainText('2 entries selected');
  await shot(page, '46-cpd-bulk');
  await bar.getByRole('button', { name: 'Mark significant' }).click();
  await expect(page.getByText('2 entries marked significant')).toBeVisible();
  await page.getByLabel('Significance').selectOption({ label: 'Significant only' });
  await expect(total).toHaveText('3 entries match · 4.5 hours');
  await page.getByLabel('Significance').selectOption({ label: 'Any' });

  // Delete two, then undo.
  await page.getByRole('checkbox', { name: `Select “${discussion}”` }).check();
  await page.getByRole('checkbox', { name: `Select “${trial}”` }).check();
  await bar.getByRole('button', { name: 'Delete' }).click();
  const deleted = page.getByRole('alert').filter({ hasText: '2 entries deleted' });
  await expect(deleted).toBeVisible();
  await expect(total).toHaveText('1 entry · 1.5 hours');
  await expect(page.getByRole('link', { name: trial })).toHaveCount(0);
  await deleted.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByText('2 entries are back in your CPD log.')).toBeVisible();
  await expect(total).toHaveText('3 entries · 4.5 hours');
  await expect(page.getByRole('link', { name: trial })).toBeVisible();
});

test('on a phone: cards, the bar of bulk actions, and the editor', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signInAsAdmin(page);
  await page.goto('/cpd');
  await expect(page.getByRole('link', { name: trial })).toBeVisible();
  // Icon only in the header, still named.
  await expect(page.getByRole('banner').getByRole('button', { name: 'Log CPD' })).toBeVisible();
  const noSideways = async (where: string) => {
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow, `${where} scrolls sideways on a phone`).toBeLessThanOrEqual(0);
  };
  await noSideways('/cpd');
  await shot(page, '47-phone-cpd-list');

  await page.getByRole('button', { name: /^Filters/ }).click();
  await expect(page.getByLabel('Type')).toBeVisible();
  await page.getByRole('checkbox', { name: `Select “${webinar}”` }).check();
  const bar = page.getByRole('region', { name: 'Bulk actions' });
  await expect(bar.getByRole('button', { name: 'Delete' })).toBeInViewport();
  await noSideways('/cpd with the bulk bar');
  await shot(page, '48-phone-cpd-bulk');

  await page.getByRole('link', { name: webinar }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(webinar);
  await noSideways('an entry');
  await shot(page, '49-phone-cpd-entry');

  await page.getByRole('banner').getByRole('button', { name: 'Log CPD' }).click();
  await expect(page.getByRole('dialog', { name: 'Log CPD' }).getByLabel('Title')).toBeFocused();
  await shot(page, '50-phone-quick-capture');
});

/** Writes through the API as the signed-in person (cookie session, so with the CSRF header). */
async function post(page: Page, path: string, body: unknown) {
  const csrf = (await page.context().cookies()).find((c) => c.name === 'cairn_csrf')?.value ?? '';
  const response = await page.request.post(path, { data: body, headers: { 'x-csrf-token': csrf } });
  expect(response.ok(), `${path} answered ${response.status()}: ${await response.text()}`).toBe(
    true,
  );
  return response.json();
}

test('a draft from a calendar is marked and confirmed; many entries come in pages', async ({
  page,
}) => {
  await signInAsAdmin(page);
  const ics = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Harbour University//Calendar//EN',
    'BEGIN:VEVENT',
    'UID:accessibility-call-2026-03-10@harbour.example',
    'DTSTAMP:20260301T090000Z',
    'DTSTART:20260310T100000Z',
    'DTEND:20260310T113000Z',
    'SUMMARY:Digital accessibility community call',
    'END:VEVENT',
    'END:VCALENDAR',
    '',
  ].join('\r\n');
  const imported = await post(page, '/api/cpd/import/ical', { text: ics, mode: 'valid' });
  expect(imported.imported).toBe(1);

  await page.goto('/cpd?draft=true');
  const total = page.getByRole('status').filter({ hasText: /entr(y|ies)/ });
  // Drafts are not counted in hours until confirmed.
  await expect(total).toHaveText('1 entry matches · 0 hours');
  const row = page
    .getByRole('listitem')
    .filter({ hasText: 'Digital accessibility community call' });
  await expect(row.getByText('Draft', { exact: true })).toBeVisible();
  await row.getByRole('link').click();
  const notice = page.getByRole('alert').filter({ hasText: 'A draft from your calendar' });
  await expect(notice).toBeVisible();
  await shot(page, '51-cpd-draft');
  await notice.getByRole('button', { name: 'Confirm this entry' }).click();
  await expect(page.getByText('Draft confirmed')).toBeVisible();
  await expect(notice).toHaveCount(0);
  await page.goto('/cpd?draft=true');
  await expect(page.getByRole('heading', { name: 'No entries match these filters' })).toBeVisible();

  // Twenty-six more (through the API, for speed): two pages, and the page is in the address.
  for (let day = 1; day <= 26; day++) {
    await post(page, '/api/cpd/entries', {
      title: `Reading group, session ${day}`,
      date: `2025-01-${String(day).padStart(2, '0')}`,
      hours: 0.5,
      type: 'peer-discussion',
    });
  }
  await page.goto('/cpd');
  await expect(total).toHaveText('30 entries · 19 hours');
  const pages = page.getByRole('navigation', { name: 'Pages of entries' });
  await pages.getByRole('button', { name: 'Page 2' }).click();
  await expect(page).toHaveURL(/page=2/);
  await expect(page.getByRole('heading', { name: 'January 2025' })).toBeVisible();
  await expect(
    page.getByRole('link', { name: 'Reading group, session 1', exact: true }),
  ).toBeVisible();
  await page.reload();
  await expect(
    page.getByRole('link', { name: 'Reading group, session 1', exact: true }),
  ).toBeVisible();
  await expect(pages.getByRole('button', { name: 'Page 2' })).toHaveAttribute(
    'aria-current',
    'page',
  );
  await shot(page, '52-cpd-page-2');
});
