import { formatDate, formatDateTime } from '../format';

interface Props {
  value: string | null;
  /** Show the date only. */
  dateOnly?: boolean;
  /** What to say when there is no date. */
  fallback?: string;
}

export function DateTime({ value, dateOnly = false, fallback = 'Never' }: Props) {
  if (!value) return <>{fallback}</>;
  return <time dateTime={value}>{dateOnly ? formatDate(value) : formatDateTime(value)}</time>;
}
