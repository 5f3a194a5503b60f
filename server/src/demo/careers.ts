import type { TUpdateCareerProfileBody } from '../../../contracts/careers';
import type { Db } from '../db/connect';
import * as assessments from '../modules/careers/assessments';
import * as plan from '../modules/careers/plan';
import * as profile from '../modules/careers/profile';
import * as repo from '../modules/careers/repository';
import * as roles from '../modules/careers/role-profiles';
import { CMALT } from '../modules/frameworks/builtin/cmalt';
import { ISTE_COACHES } from '../modules/frameworks/builtin/iste-coaches';
import { builtinItemIdentifier } from '../modules/frameworks/builtin/sync';

export type DemoPerson = { institutionId: string; userId: string; name: string; title: string };

const day = (offset: number) =>
  new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
const at = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString();
const cmalt = (key: string) => builtinItemIdentifier(CMALT, key);
const iste = (key: string) => builtinItemIdentifier(ISTE_COACHES, key);

/** Profiles of the demo team (the title comes from the demo list), some shared with managers. */
const PROFILES: Record<string, Omit<TUpdateCareerProfileBody, 'jobTitle'>> = {
  'Priya Raman': {
    employer: 'Northfield University',
    sector: 'higher-education',
    country: 'GB',
    backgrounds: ['teaching', 'research'],
    backgroundNote:
      'Taught geography in further education, then a PhD on online distance learning, and into the learning technology team.',
    yearsInField: 14,
    qualifications: [
      {
        name: 'PhD in Education',
        awardedBy: 'University of Leeds',
        level: 'doctorate',
        year: 2012,
        subject: 'online distance learning',
      },
      { name: 'PGCE (Post-compulsory)', level: 'certificate', year: 2006, subject: 'education' },
    ],
    certifications: [
      {
        name: 'CMALT',
        issuer: 'Association for Learning Technology',
        awardedOn: '2017-03-01',
        expiresOn: day(60),
        catalogueKey: 'cmalt',
      },
      {
        name: 'Senior Fellow of the Higher Education Academy (SFHEA)',
        issuer: 'Advance HE',
        awardedOn: '2020-06-15',
        catalogueKey: 'sfhea',
      },
    ],
    memberships: [
      {
        name: 'Association for Learning Technology (ALT)',
        kind: 'membership',
        since: 2014,
        catalogueKey: 'alt',
      },
      {
        name: 'ALT Annual Conference',
        kind: 'conference',
        since: 2015,
        catalogueKey: 'alt-annual-conference',
      },
    ],
    shareWithManagers: true,
  },
  'Tom Okafor': {
    sector: 'higher-education',
    country: 'GB',
    backgrounds: ['it'],
    yearsInField: 8,
    certifications: [
      {
        name: 'CMALT',
        issuer: 'Association for Learning Technology',
        awardedOn: '2021-09-01',
        expiresOn: day(300),
        catalogueKey: 'cmalt',
      },
    ],
    memberships: [
      {
        name: 'Association for Learning Technology (ALT)',
        kind: 'membership',
        since: 2019,
        catalogueKey: 'alt',
      },
    ],
    shareWithManagers: true,
  },
  'Aisling Byrne': {
    sector: 'higher-education',
    country: 'GB',
    backgrounds: ['video-production'],
    yearsInField: 3,
    shareWithManagers: true,
  },
  'Marcus Webb': {
    sector: 'higher-education',
    country: 'GB',
    backgrounds: ['graphic-design', 'web-design'],
    yearsInField: 5,
    qualifications: [
      { name: 'MA Learning Design', level: 'master', year: 2022, subject: 'learning design' },
    ],
    shareWithManagers: false,
  },
  'Sofia Lindqvist': {
    sector: 'higher-education',
    country: 'GB',
    backgrounds: ['teaching', 'research'],
    yearsInField: 11,
    certifications: [
      {
        name: 'Senior Fellow of the Higher Education Academy (SFHEA)',
        issuer: 'Advance HE',
        catalogueKey: 'sfhea',
      },
    ],
    shareWithManagers: true,
  },
  'Hannah Morris': {
    sector: 'higher-education',
    country: 'GB',
    backgrounds: ['print-editing'],
    yearsInField: 2,
    shareWithManagers: true,
  },
  'Oliver Grant': {
    sector: 'higher-education',
    country: 'GB',
    backgrounds: ['teaching'],
    yearsInField: 0.5,
    shareWithManagers: true,
  },
};

/** Career profiles, a self-assessment and a plan for the demo people. */
export async function seedDemoCareers(db: Db, people: DemoPerson[]): Promise<void> {
  for (const p of people) {
    const fields = PROFILES[p.name];
    if (!fields) continue;
    await profile.updateProfile(
      db,
      { institutionId: p.institutionId, userId: p.userId },
      {
        jobTitle: p.title,
        ...fields,
      },
    );
  }

  const priya = people.find((p) => p.name === 'Priya Raman');
  if (!priya) return;
  const institutionId = priya.institutionId;
  const me = { institutionId, userId: priya.userId };

  // Seed 004: two K-12 roles that differ in scope, as the institution's own role profiles.
  await roles.createRoleProfile(db, institutionId, {
    name: 'Educational technologist (district-wide scope)',
    description:
      'Thinks district-wide: writes the three-year technology plan, evaluates vendors and approves platform purchases every school will use, and often leads the building specialists.',
    family: 'learning-technologist',
    seniority: 'senior',
    scope: 'District-wide or multi-site',
    frameworkId: ISTE_COACHES.identifier,
    requirements: [
      { itemId: iste('4.1a'), level: 4 },
      { itemId: iste('4.1e'), level: 3 },
      { itemId: iste('4.3c'), level: 4 },
      { itemId: iste('4.5a'), level: 3 },
      { itemId: iste('4.5c'), level: 3 },
      { itemId: iste('4.6b'), level: 3 },
    ],
  });
  await roles.createRoleProfile(db, institutionId, {
    name: 'Instructional technology specialist (building scope)',
    description:
      'Thinks building-level: weekly coaching and classroom integration support for one school or department, and small classroom grants rather than district purchases.',
    family: 'learning-technologist',
    seniority: 'practitioner',
    scope: 'Single building or department',
    frameworkId: ISTE_COACHES.identifier,
    requirements: [
      { itemId: iste('4.3a'), level: 3 },
      { itemId: iste('4.3d'), level: 3 },
      { itemId: iste('4.4a'), level: 3 },
      { itemId: iste('4.5b'), level: 3 },
      { itemId: iste('4.3c'), level: 2 },
      { itemId: iste('4.1a'), level: 1 },
    ],
  });

  // Priya's CMALT self-assessment, nine months ago and again now, so the change shows.
  const entries = await db
    .selectFrom('cpd_entries')
    .select('id')
    .where('institution_id', '=', institutionId)
    .where('user_id', '=', priya.userId)
    .where('deleted_at', 'is', null)
    .orderBy('occurred_on', 'desc')
    .limit(2)
    .execute();
  const first = await assessments.createAssessment(db, me, { frameworkId: CMALT.identifier });
  await assessments.rate(db, me, first.id, {
    ratings: [
      { itemId: cmalt('1a'), level: 3, note: 'Led the lecture capture review.' },
      { itemId: cmalt('1b'), level: 2 },
      { itemId: cmalt('1c'), level: 3 },
      { itemId: cmalt('2a'), level: 3 },
      { itemId: cmalt('2b'), level: 2 },
      { itemId: cmalt('3a'), level: 1, note: 'Accessibility regulations: need to catch up.' },
      { itemId: cmalt('3b'), level: 2 },
      { itemId: cmalt('4'), level: 3 },
      { itemId: cmalt('principle-dissemination'), level: 2 },
    ],
  });
  await assessments.complete(db, me, first.id);
  await repo.updateAssessment(db, me, first.id, {
    created_at: at(-270),
    updated_at: at(-268),
    completed_at: at(-268),
  });
  const second = await assessments.createAssessment(db, me, {
    frameworkId: CMALT.identifier,
    copyFromId: first.id,
  });
  await assessments.rate(db, me, second.id, {
    ratings: [
      {
        itemId: cmalt('3a'),
        level: 3,
        note: 'Ran the accessibility audit of the VLE with the disability service.',
        evidenceEntryIds: entries.map((e) => e.id),
      },
      { itemId: cmalt('1b'), level: 3 },
      { itemId: cmalt('4'), level: 4 },
      { itemId: cmalt('principle-dissemination'), level: 3 },
    ],
  });
  await assessments.complete(db, me, second.id);

  await roles.setTarget(db, me, {
    target: { kind: 'role', family: 'learning-technologist', seniority: 'leadership' },
  });

  await plan.createPlanGoal(db, me, {
    title: 'Gain Senior CMALT',
    notes:
      'Turn the CMALT renewal into a Senior CMALT portfolio: leadership of the VLE review and the accessibility audit.',
    dueOn: day(240),
    status: 'in-progress',
    recommendationKey: 'senior-cmalt',
    itemIds: [cmalt('3a'), cmalt('4')],
    milestones: [
      { title: 'Write the contextual statement', dueOn: day(45) },
      { title: 'Collect evidence for the leadership section', dueOn: day(120) },
      { title: 'Ask two colleagues to read it before submission', dueOn: day(210) },
    ],
  });
  await plan.createPlanGoal(db, me, {
    title: 'Prepare for a move into senior management',
    notes:
      'One of the two hard moves: chair the digital strategy group and shadow the pro-vice-chancellor for a term.',
    dueOn: day(540),
    status: 'not-started',
    recommendationKey: 'move-into-senior-management',
    milestones: [
      { title: 'Chair the digital education strategy group', dueOn: day(150) },
      { title: 'Complete a leadership programme' },
    ],
  });
}
