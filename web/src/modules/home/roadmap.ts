/**
 * Modules on Cairn's roadmap (docs: product description) that do not exist yet, so none is
 * linked. Competency frameworks, the CPD log, portfolios, peer review and careers have arrived: they
 * are cards under "What you can do now".
 */
export const ROADMAP: { name: string; description: string }[] = [
  {
    name: 'Workforce audit',
    description: 'Roles, contracts, grades, skills and protected CPD time across the team.',
  },
  {
    name: 'Edtech tools',
    description:
      'An inventory with vetting, pilots and acceptance surveys, and retirement of unused tools.',
  },
  {
    name: 'Coaching',
    description: 'Four-week coaching cycles with teachers, recorded as evidence of your practice.',
  },
  {
    name: 'Usage analytics',
    description: 'Real usage from your learning platforms through xAPI, Caliper and OneRoster.',
  },
];
