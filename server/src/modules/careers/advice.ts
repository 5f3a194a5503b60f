import type {
  RecommendationContext,
  TRecommendations,
} from '../../../../contracts/careers-recommendations';
import { ROLE_FAMILY_LABELS, SENIORITY_LABELS } from '../../../../contracts/classifier';
import { SECTOR_LABELS } from '../../../../contracts/common';
import type { Db } from '../../db/connect';
import { gapAnalysis } from './gap';
import { targetOf, toProfile, todayIso } from './profile';
import { recommend } from './recommendations';
import * as repo from './repository';
import { frameworkKeyOf } from './role-profiles';

/**
 * Builds what the recommendation engine looks at from the person's profile, classification,
 * target and gap analysis, and returns its recommendations with the basis in words.
 */
export async function recommendationsFor(db: Db, o: repo.Owner): Promise<TRecommendations> {
  const row = await repo.findProfile(db, o);
  const profile = toProfile(row);
  const gap = row && targetOf(row) ? await gapAnalysis(db, o) : null;
  const frameworkKey = gap ? await frameworkKeyOf(db, gap.roleProfile.frameworkId) : null;
  const plan = await repo.listPlanGoalRows(db, o);
  const effective = profile.classification?.effective ?? null;
  const ctx: RecommendationContext = {
    today: todayIso(),
    country: profile.country,
    sector: profile.sector,
    backgrounds: profile.backgrounds,
    yearsInField: profile.yearsInField,
    classification: effective,
    qualifications: profile.qualifications.map((q) => ({
      name: q.name,
      level: q.level ?? null,
      subject: q.subject ?? null,
    })),
    certifications: profile.certifications.map((c) => ({
      name: c.name,
      catalogueKey: c.catalogueKey ?? null,
      expiresOn: c.expiresOn ?? null,
    })),
    memberships: profile.memberships.map((m) => ({
      name: m.name,
      catalogueKey: m.catalogueKey ?? null,
    })),
    target: gap
      ? {
          label: gap.roleProfile.name,
          family: gap.roleProfile.family,
          seniority: gap.roleProfile.seniority,
        }
      : null,
    gaps: (gap?.items ?? [])
      .filter((i) => i.status !== 'met')
      .map((i) => ({
        frameworkKey,
        itemId: i.itemId,
        code: i.code,
        label: i.label,
        required: i.required,
        current: i.current,
      })),
    inPlan: plan.flatMap((p) => (p.recommendation_key ? [p.recommendation_key] : [])),
  };
  const basis: string[] = [];
  if (effective) {
    basis.push(
      `${SENIORITY_LABELS[effective.seniority]} ${ROLE_FAMILY_LABELS[effective.family].toLowerCase()}${
        profile.jobTitle ? ` (from your job title, “${profile.jobTitle}”)` : ''
      }`,
    );
  } else {
    basis.push('No job title yet: add one to your profile for advice that fits your role');
  }
  if (profile.sector) basis.push(`Works in ${SECTOR_LABELS[profile.sector].toLowerCase()}`);
  if (profile.country) basis.push(`Country: ${profile.country}`);
  if (profile.yearsInField !== null) basis.push(`${profile.yearsInField} years in the field`);
  if (gap) {
    basis.push(
      `Target: ${gap.roleProfile.name}, with ${gap.summary.below + gap.summary.notAssessed} of ${gap.summary.total} items not yet met`,
    );
  } else {
    basis.push('No target yet: choose one for advice on what it takes');
  }
  return { recommendations: recommend(ctx), basis };
}
