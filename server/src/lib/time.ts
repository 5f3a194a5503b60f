/** All timestamps are stored and sent as ISO 8601 UTC strings, which sort correctly as text. */
export const nowIso = (): string => new Date().toISOString();

export const isoIn = (ms: number, from: Date = new Date()): string =>
  new Date(from.getTime() + ms).toISOString();

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;
