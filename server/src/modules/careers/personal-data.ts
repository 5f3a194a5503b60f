import type { Db } from '../../db/connect';
import { classificationOf, targetOf, toProfile } from './profile';
import * as repo from './repository';

const ids = (json: string): string[] => {
  try {
    return JSON.parse(json);
  } catch {
    return [];
  }
};

/** The careers part of the personal data download: profiles, assessments and plans. */
export async function careersPersonalData(db: Db, userId: string) {
  const rows = await repo.exportRows(db, userId);
  return {
    profiles: rows.profiles.map((p) => {
      const { classification: _c, ...profile } = toProfile(p);
      return {
        institution: p.institution,
        ...profile,
        classification: classificationOf(p),
        target: targetOf(p),
        createdAt: p.created_at,
      };
    }),
    assessments: rows.assessments.map((a) => ({
      institution: a.institution,
      framework: a.framework,
      status: a.status,
      createdAt: a.created_at,
      completedAt: a.completed_at,
      ratings: rows.ratings
        .filter((r) => r.assessment_id === a.id)
        .map((r) => ({
          code: r.code,
          item: r.title,
          level: r.level,
          note: r.note,
          evidenceEntryIds: ids(r.evidence_entry_ids),
        })),
    })),
    planGoals: rows.plan.map((g) => ({
      title: g.title,
      recommendationKey: g.recommendation_key,
      createdAt: g.created_at,
      milestones: rows.milestones
        .filter((m) => m.goal_id === g.cpd_goal_id)
        .map((m) => ({ title: m.title, dueOn: m.due_on, doneAt: m.done_at })),
    })),
  };
}
