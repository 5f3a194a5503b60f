import { isApiError } from '../../../app/api';
import { formatFieldMessage } from '../../../app/forms';

/** Server messages for rows of a list ("qualifications.0.name"), by row and field. */
export type RowErrors = Record<number, Record<string, string>>;

const FIELD_LABELS: Record<string, string> = {
  name: 'Name',
  awardedBy: 'Awarded by',
  level: 'Level',
  year: 'Year',
  subject: 'Subject',
  issuer: 'Issuer',
  awardedOn: 'Awarded on',
  expiresOn: 'Expires on',
  kind: 'Kind',
  since: 'Since',
};

export function rowErrors(error: unknown, list: string): RowErrors {
  const rows: RowErrors = {};
  if (!isApiError(error)) return rows;
  for (const field of error.fields) {
    const [head, index, name] = field.path.split(/[.[\]]+/).filter(Boolean);
    if (head !== list || index === undefined || !/^\d+$/.test(index)) continue;
    const row = rows[Number(index)] ?? {};
    rows[Number(index)] = row;
    const key = name ?? 'name';
    row[key] ??= formatFieldMessage(FIELD_LABELS[key] ?? key, field.message);
  }
  return rows;
}
