import type { Db } from '../db/connect';
import { hashPassword } from '../lib/passwords';
import { nowIso } from '../lib/time';
import { recordAudit } from '../modules/audit/service';
import { findUserByEmail, insertUser, joinRoles } from '../modules/auth/repository';
import { insertInstitution, insertMembership } from '../modules/institutions/repository';
import type { TRole } from '../../../contracts/common';
import { type DemoPerson, seedDemoCareers } from './careers';
import { seedDemoCpd } from './cpd';
import { seedDemoPortfolio } from './portfolio';
import { seedDemoReviews } from './reviews';

export const DEMO_SLUG = 'northfield-university-demo';
export const DEMO_PASSWORD = 'cairn-demo-2026';
const DOMAIN = 'northfield.example';

/** A fictional university's digital education team, shaped like the teams the seed documents describe. */
export const DEMO_PEOPLE: { name: string; title: string; roles: TRole[] }[] = [
  {
    name: 'Priya Raman',
    title: 'Head of Digital Education',
    roles: ['admin', 'manager', 'practitioner'],
  },
  {
    name: 'Rebecca Hall',
    title: 'Director of Learning and Teaching Enhancement',
    roles: ['manager'],
  },
  {
    name: 'Tom Okafor',
    title: 'Senior Learning Technologist',
    roles: ['practitioner', 'assessor'],
  },
  { name: 'Aisling Byrne', title: 'Learning Technologist', roles: ['practitioner'] },
  { name: 'Marcus Webb', title: 'Learning Designer', roles: ['practitioner'] },
  { name: 'Sofia Lindqvist', title: 'Educational Developer', roles: ['practitioner', 'assessor'] },
  { name: 'Daniel Cho', title: 'E-learning Developer', roles: ['practitioner'] },
  { name: 'Hannah Morris', title: 'Digital Capability Officer', roles: ['practitioner'] },
  { name: 'Kwame Mensah', title: 'VLE Systems Administrator', roles: ['practitioner'] },
  { name: 'Laura Jenkins', title: 'Lecturer in Nursing (TEL champion)', roles: ['practitioner'] },
  { name: 'Oliver Grant', title: 'Trainee Learning Technologist', roles: ['practitioner'] },
];

export const demoEmail = (name: string) =>
  `${name.toLowerCase().replace(/[^a-z]+/g, '.')}@${DOMAIN}`;

export type DemoResult = {
  created: boolean;
  institution: string;
  signIns: { email: string; title: string; roles: TRole[] }[];
  password: string;
};

/** Loads the demo institution once; later calls only report how to sign in. */
export async function loadDemo(db: Db): Promise<DemoResult> {
  const signIns = DEMO_PEOPLE.map((p) => ({
    email: demoEmail(p.name),
    title: p.title,
    roles: p.roles,
  }));
  const existing = await db
    .selectFrom('institutions')
    .select('name')
    .where('slug', '=', DEMO_SLUG)
    .executeTakeFirst();
  const base = { signIns, password: DEMO_PASSWORD };
  if (existing) return { created: false, institution: existing.name, ...base };
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const name = 'Northfield University (demo)';
  const everyone: DemoPerson[] = [];
  const priya = await db.transaction().execute(async (trx) => {
    const institutionId = await insertInstitution(trx, {
      name,
      slug: DEMO_SLUG,
      sector: 'higher-education',
    });
    const people = [];
    for (const p of DEMO_PEOPLE) {
      const email = demoEmail(p.name);
      const userId =
        (await findUserByEmail(trx, email))?.id ??
        (await insertUser(trx, { email, name: p.name, passwordHash }));
      await insertMembership(trx, { institutionId, userId, roles: joinRoles(p.roles) });
      people.push({ userId, name: p.name, practitioner: p.roles.includes('practitioner') });
      everyone.push({ institutionId, userId, name: p.name, title: p.title });
    }
    await seedDemoCpd(trx, institutionId, people);
    await recordAudit(trx, {
      institutionIds: [institutionId],
      action: 'institution-created',
      actor: null,
      subject: name,
      detail: `demo data loaded at ${nowIso()}`,
    });
    return { institutionId, userId: people[0]!.userId };
  });
  // Portfolio writes open their own transactions, so the portfolio comes after the rest.
  await seedDemoPortfolio(db, priya);
  await seedDemoCareers(db, everyone);
  await seedDemoReviews(db, everyone);
  return { created: true, institution: name, ...base };
}

export function describeDemo(r: DemoResult): string {
  const pick = (role: TRole) => r.signIns.find((s) => s.roles.includes(role));
  const lines = [
    r.created
      ? `Loaded the demo institution "${r.institution}" with ${r.signIns.length} staff.`
      : `The demo institution "${r.institution}" is available.`,
    'Demo sign-in (every demo account has the same password):',
    `  administrator & manager: ${pick('admin')?.email}`,
    `  practitioner:            ${r.signIns.find((s) => s.roles.length === 1 && s.roles[0] === 'practitioner')?.email}`,
    `  assessor:                ${pick('assessor')?.email}`,
    `  password:                ${r.password}`,
  ];
  return lines.join('\n');
}
