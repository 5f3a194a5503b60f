/** Tables of Careers (module 5); joined into Database in schema.ts. */

export interface CareerProfilesTable {
  institution_id: string;
  user_id: string;
  job_title: string | null;
  employer: string | null;
  sector: string | null;
  country: string | null;
  /** JSON array of background keys. */
  backgrounds: string;
  background_note: string | null;
  years_in_field: number | null;
  /** JSON arrays as the contracts describe them. */
  qualifications: string;
  certifications: string;
  memberships: string;
  /** JSON: the classifier's answer for job_title (null without a title). */
  classification: string | null;
  /** JSON: the person's correction { family, seniority, note, at }. */
  correction: string | null;
  /** JSON: a TCareerTarget. */
  target: string | null;
  share_with_managers: number;
  created_at: string;
  updated_at: string;
}

export interface CareerAssessmentsTable {
  id: string;
  institution_id: string;
  user_id: string;
  framework_id: string;
  /** draft | complete */
  status: string;
  created_at: string;
  updated_at: string;
  completed_at: string | null;
}

export interface CareerAssessmentRatingsTable {
  assessment_id: string;
  item_id: string;
  level: number;
  note: string | null;
  /** JSON array of the owner's CPD entry ids. */
  evidence_entry_ids: string;
  updated_at: string;
}

export interface CareerRoleProfilesTable {
  id: string;
  institution_id: string;
  name: string;
  description: string;
  family: string | null;
  seniority: string | null;
  scope: string | null;
  framework_id: string;
  /** JSON: [{ itemId, level }]. */
  requirements: string;
  created_at: string;
  updated_at: string;
}

/** The plan data of a CPD goal (title, notes, due date and status live in cpd_goals). */
export interface CareerPlanGoalsTable {
  cpd_goal_id: string;
  institution_id: string;
  user_id: string;
  recommendation_key: string | null;
  created_at: string;
}

export interface CareerPlanMilestonesTable {
  id: string;
  goal_id: string;
  position: number;
  title: string;
  due_on: string | null;
  done_at: string | null;
  created_at: string;
}

export interface CareerTables {
  career_profiles: CareerProfilesTable;
  career_assessments: CareerAssessmentsTable;
  career_assessment_ratings: CareerAssessmentRatingsTable;
  career_role_profiles: CareerRoleProfilesTable;
  career_plan_goals: CareerPlanGoalsTable;
  career_plan_milestones: CareerPlanMilestonesTable;
}
