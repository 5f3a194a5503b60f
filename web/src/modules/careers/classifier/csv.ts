import {
  ROLE_FAMILY_LABELS,
  SENIORITY_LABELS,
  type TTitleClassification,
  type TTitleError,
  TITLE_GROUP_LABELS,
} from '../../../../../contracts/classifier';

/** Splits CSV text into rows of fields ("" escapes a quote; quoted fields may hold commas and line breaks). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/**
 * The job titles in an uploaded file: a CSV's column headed "title" or "job title" (else its
 * first column, header included only when it does not look like one), or a text file's lines.
 */
export function titlesFromFile(name: string, text: string): string[] {
  if (!/\.csv$/i.test(name)) return text.split(/\r?\n/).filter((l) => l.trim() !== '');
  const rows = parseCsv(text).filter((r) => r.some((f) => f.trim() !== ''));
  const header = (rows[0] ?? []).map((h) => h.trim().toLowerCase());
  let col = header.findIndex((h) => h === 'title' || h === 'job title' || h === 'job_title');
  let start = 1;
  if (col < 0) {
    col = header.findIndex((h) => /title/.test(h));
    if (col < 0) {
      col = 0;
      start = 0;
    }
  }
  return rows
    .slice(start)
    .map((r) => (r[col] ?? '').trim())
    .filter((t) => t !== '');
}

const cell = (v: string) => (/[",\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

/** The results as CSV, one row per title, in the order they were given. */
export function resultsCsv(results: (TTitleClassification | TTitleError)[]): string {
  const lines = [['title', 'family', 'seniority', 'stage', 'groups', 'cues', 'error'].join(',')];
  for (const r of results) {
    if ('error' in r) {
      lines.push([cell(r.title ?? ''), '', '', '', '', '', cell(r.error)].join(','));
      continue;
    }
    lines.push(
      [
        cell(r.title),
        cell(ROLE_FAMILY_LABELS[r.family]),
        cell(SENIORITY_LABELS[r.seniority]),
        r.stage,
        cell(r.groups.map((g) => TITLE_GROUP_LABELS[g]).join('; ')),
        cell(
          r.cues
            .filter((c) => c.field === 'family' || c.field === 'seniority')
            .map((c) => `${c.phrase || '(none)'} → ${c.value}`)
            .join('; '),
        ),
        '',
      ].join(','),
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}
