import type { Config } from '../config';
import type { Db } from '../db/connect';
import type { Deps } from '../deps';
import { DAY } from '../lib/time';
import * as portfolios from '../modules/portfolios/service';
import { builtinFrameworkRef, builtinTemplateId } from '../modules/portfolios/templates/sync';
import { createScheme } from '../modules/reviews/schemes';
import {
  assign,
  createSubmission,
  decide,
  saveJudgement,
  submitJudgement,
} from '../modules/reviews/submissions';
import type { DemoPerson } from './careers';

/**
 * An in-house CMALT scheme run by the demo institution: Priya and Rebecca coordinate it (as
 * administrator and manager), Tom Okafor (lead-eligible through recorded experience) and Sofia
 * Lindqvist assess. Aisling Byrne passed months ago (her credential is signed by the server's
 * hourly review job on its first run, since signing needs the server's key secret), Marcus Webb
 * is in assessment, and Daniel Cho's portfolio has waited over a week for assessors.
 */

/** The demo loader has only the database: notifications are written, email is not sent. */
const demoDeps = (db: Db): Deps =>
  ({
    db,
    dialect: 'sqlite',
    config: { publicUrl: 'http://localhost:8080', linkCheckAllowPrivate: false } as Config,
    mailer: { configured: false, send: async () => false },
    store: null,
  }) as unknown as Deps;

const TEXT: Record<string, { description: string; reflection: string }> = {
  default: {
    description:
      'I plan and run this part of our learning technology service with colleagues across the faculties, from the first conversation about what a course needs to supporting staff once it runs.',
    reflection:
      'Looking back, the projects that worked best began with the teaching problem rather than the tool. I now ask for a short evaluation at the end of each project and change my approach from what staff and students tell me.',
  },
};

/** A CMALT portfolio with every required section written and evidenced from the person's CPD log. */
async function completeCmalt(db: Db, person: DemoPerson, title: string) {
  const owner = { institutionId: person.institutionId, userId: person.userId };
  const p = await portfolios.createPortfolio(db, owner, {
    templateId: builtinTemplateId('cmalt'),
    title,
  });
  const entries = await db
    .selectFrom('cpd_entries')
    .select('id')
    .where('institution_id', '=', person.institutionId)
    .where('user_id', '=', person.userId)
    .where('deleted_at', 'is', null)
    .orderBy('occurred_on', 'desc')
    .limit(4)
    .execute();
  const specs = new Map(p.templateSpec.sectionSpecs.map((s) => [s.key, s]));
  for (const [i, s] of p.sectionList.entries()) {
    const spec = specs.get(s.key);
    if (!spec || spec.optional) continue;
    const text = TEXT[s.key] ?? TEXT.default!;
    await portfolios.updateSection(db, owner, p.id, s.id, {
      revision: s.revision,
      ...(spec.parts.includes('description') ? { description: text.description } : {}),
      ...(spec.parts.includes('reflection') ? { reflection: text.reflection } : {}),
      ...(spec.named ? { customTitle: 'Accessible video' } : {}),
      ...(spec.declarations
        ? {
            declarations: [
              s.key === 'core-3b' ? 'Accessibility regulations' : 'Copyright and licensing',
            ],
          }
        : {}),
    });
    if (spec.parts.includes('evidence')) {
      const needed = Math.max(1, spec.minEvidence ?? 1);
      for (let k = 0; k < needed && k < entries.length; k++) {
        const entry = entries[(i + k) % entries.length]!;
        await portfolios.addEvidence(db, owner, p.id, s.id, { cpdEntryId: entry.id });
      }
    }
  }
  return p.id;
}

/** Moves a submission and everything that happened to it `days` into the past. */
async function backdate(db: Db, id: string, days: number) {
  const shift = (iso: string | null) =>
    iso ? new Date(Date.parse(iso) - days * DAY).toISOString() : null;
  const s = await db
    .selectFrom('review_submissions')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
  await db
    .updateTable('review_submissions')
    .set({
      submitted_at: shift(s.submitted_at)!,
      intake_checked_at: shift(s.intake_checked_at)!,
      due_on: new Date(Date.parse(s.due_on) - days * DAY).toISOString().slice(0, 10),
      lead_assigned_at: shift(s.lead_assigned_at),
      second_assigned_at: shift(s.second_assigned_at),
      decided_at: shift(s.decided_at),
      updated_at: shift(s.updated_at)!,
    })
    .where('id', '=', id)
    .execute();
  for (const e of await db
    .selectFrom('review_events')
    .select(['id', 'at'])
    .where('submission_id', '=', id)
    .execute()) {
    await db
      .updateTable('review_events')
      .set({ at: shift(e.at)! })
      .where('id', '=', e.id)
      .execute();
  }
  for (const j of await db
    .selectFrom('review_judgements')
    .selectAll()
    .where('submission_id', '=', id)
    .execute()) {
    await db
      .updateTable('review_judgements')
      .set({
        submitted_at: shift(j.submitted_at),
        created_at: shift(j.created_at)!,
        updated_at: shift(j.updated_at)!,
      })
      .where('id', '=', j.id)
      .execute();
  }
}

const judgement = (
  recommendation: 'pass' | 'referral',
  sections: { key: string; parts: string[] }[],
) => ({
  sections: sections.map((s) => ({
    sectionKey: s.key,
    sectionTitle: '',
    description: s.parts.includes('description') ? ('met' as const) : null,
    evidence: s.parts.includes('evidence') ? ('met' as const) : null,
    reflection: s.parts.includes('reflection') ? ('met' as const) : null,
    comment:
      'Clearly described, with evidence that shows the work and a reflection that changes practice.',
  })),
  overallFeedback:
    'A coherent portfolio: the evidence is drawn from real projects and the reflections show how practice changed.',
  recommendation,
});

export async function seedDemoReviews(db: Db, people: DemoPerson[]): Promise<void> {
  const find = (name: string) => people.find((p) => p.name === name);
  const priya = find('Priya Raman');
  const tom = find('Tom Okafor');
  const sofia = find('Sofia Lindqvist');
  if (!priya || !tom || !sofia) return;
  const deps = demoDeps(db);
  const coordinator = { userId: priya.userId, institutionId: priya.institutionId };
  const scheme = await createScheme(db, coordinator, {
    name: 'Northfield CMALT',
    description:
      'Our in-house route to CMALT: portfolios are peer reviewed by two trained assessors, with a decision within three months.',
    acceptedTemplateIds: [builtinTemplateId('cmalt')],
    openTo: 'institution',
    submissionMode: 'rolling',
    windows: [],
    turnaroundDays: 91,
    assessorDaysToJudge: 28,
    showAssessorNames: false,
    reviewIntervalYears: 3,
    achievement: {
      name: 'Certified Member of the Association for Learning Technology (Northfield route)',
      description:
        'Holds CMALT through Northfield University’s peer-reviewed route: a portfolio of practice judged against the CMALT core and specialist areas.',
      criteriaNarrative:
        'A portfolio covering the contextual statement, the four core areas, a specialist area and future plans, each with a description, evidence and a reflection, judged met by a lead and a second assessor.',
      frameworkId: builtinFrameworkRef('cmalt'),
      achievementType: 'Certificate',
    },
  });
  const now = new Date().toISOString();
  await db
    .insertInto('review_scheme_assessors')
    .values([
      // Tom assessed for ALT before Cairn: recorded experience makes him eligible to lead.
      {
        scheme_id: scheme.id,
        user_id: tom.userId,
        prior_second_assessments: 4,
        active: 1,
        added_at: now,
      },
      {
        scheme_id: scheme.id,
        user_id: sofia.userId,
        prior_second_assessments: 0,
        active: 1,
        added_at: now,
      },
    ])
    .execute();

  const as = (p: DemoPerson) => ({ userId: p.userId, institutionId: p.institutionId });
  const submit = async (p: DemoPerson) =>
    createSubmission(deps, as(p), {
      schemeId: scheme.id,
      portfolioId: await completeCmalt(db, p, 'CMALT portfolio'),
      kind: 'first',
      conflictUserIds: [],
      conflictSameInstitution: false,
    });

  const aisling = find('Aisling Byrne');
  if (aisling) {
    const s = await submit(aisling);
    if (s.state === 'awaiting-assignment') {
      await assign(deps, as(priya), s.id, { leadUserId: tom.userId, secondUserId: sofia.userId });
      const sections = (
        await db
          .selectFrom('review_submissions')
          .select('snapshot')
          .where('id', '=', s.id)
          .executeTakeFirstOrThrow()
      ).snapshot;
      const list = (JSON.parse(sections) as { sectionList: { key: string; parts: string[] }[] })
        .sectionList;
      for (const who of [sofia, tom]) {
        await saveJudgement(db, as(who), s.id, judgement('pass', list));
        await submitJudgement(deps, as(who), s.id);
      }
      await decide(
        deps,
        as(tom),
        s.id,
        {
          outcome: 'pass',
          feedback:
            'Congratulations: both assessors found every area met. The accessible video specialist area is a model for others.',
        },
        undefined,
        false,
      );
      await backdate(db, s.id, 95);
    }
  }
  const marcus = find('Marcus Webb');
  if (marcus) {
    const s = await submit(marcus);
    if (s.state === 'awaiting-assignment') {
      await assign(deps, as(priya), s.id, { leadUserId: tom.userId, secondUserId: sofia.userId });
      const snapshot = (
        await db
          .selectFrom('review_submissions')
          .select('snapshot')
          .where('id', '=', s.id)
          .executeTakeFirstOrThrow()
      ).snapshot;
      const list = (JSON.parse(snapshot) as { sectionList: { key: string; parts: string[] }[] })
        .sectionList;
      // Sofia has judged; Tom has a draft under way and his judgement is due within a week.
      await saveJudgement(db, as(sofia), s.id, judgement('pass', list));
      await submitJudgement(deps, as(sofia), s.id);
      await saveJudgement(db, as(tom), s.id, {
        ...judgement('pass', list.slice(0, 3)),
        overallFeedback: '',
        recommendation: null,
      });
      await backdate(db, s.id, 23);
    }
  }
  const daniel = find('Daniel Cho');
  if (daniel) {
    const s = await submit(daniel);
    await backdate(db, s.id, 9);
  }
}
