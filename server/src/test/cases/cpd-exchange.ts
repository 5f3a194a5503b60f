import type { Case } from './types';

const CSV = 'date,title,hours\n2026-01-05,Read about xAPI,1\n';
const ICS = [
  'BEGIN:VCALENDAR',
  'VERSION:2.0',
  'PRODID:-//Test//EN',
  'BEGIN:VEVENT',
  'UID:authorisation-case@example.test',
  'DTSTART:20260105T090000Z',
  'DTEND:20260105T100000Z',
  'SUMMARY:Webinar on xAPI',
  'END:VEVENT',
  'END:VCALENDAR',
  '',
].join('\r\n');

/**
 * CPD import and export routes in the authorisation harness. Neither takes an id: both work
 * on the caller's own entries only, so the export is checked as a read that must not leak.
 */
export const CPD_EXCHANGE_CASES: Record<string, Case> = {
  'POST /api/cpd/import/csv': { body: { text: CSV, mode: 'preview' } },
  'POST /api/cpd/import/ical': { body: { text: ICS, mode: 'preview' } },
  'GET /api/cpd/export': { url: '/api/cpd/export?format=json', leak: true },
};
