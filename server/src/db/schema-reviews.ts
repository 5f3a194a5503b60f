/** Tables of peer review and accreditation (module 4); joined into Database in schema.ts. */
import type { ColumnType } from 'kysely';

/** A column the database fills in with a default when an insert leaves it out. */
type Defaulted<T> = ColumnType<T, T | undefined, T>;

export interface ReviewSchemesTable {
  id: string;
  institution_id: string;
  name: string;
  created_at: string;
  updated_at: string;
  description: Defaulted<string>;
  /** JSON array of template ids. */
  accepted_template_ids: Defaulted<string>;
  open_to: Defaulted<string>;
  submission_mode: Defaulted<string>;
  /** JSON [{opensOn, closesOn}]. */
  windows: Defaulted<string>;
  turnaround_days: Defaulted<number>;
  assessor_days_to_judge: Defaulted<number>;
  show_assessor_names: Defaulted<number>;
  review_interval_years: Defaulted<number | null>;
  /** JSON achievement; null: named after the scheme. */
  achievement: Defaulted<string | null>;
  status: Defaulted<string>;
}

export interface ReviewSchemeCoordinatorsTable {
  scheme_id: string;
  user_id: string;
  added_at: string;
}

export interface ReviewSchemeAssessorsTable {
  scheme_id: string;
  user_id: string;
  prior_second_assessments: number;
  active: number;
  added_at: string;
}

export interface ReviewSubmissionsTable {
  id: string;
  scheme_id: string;
  candidate_id: string;
  candidate_institution_id: string;
  portfolio_id: string;
  portfolio_version_id: string;
  portfolio_title: string;
  snapshot: string;
  kind: string;
  previous_submission_id: string | null;
  state: string;
  submitted_at: string;
  due_on: string;
  intake_passed: number;
  intake_checked_at: string;
  intake_problems: string;
  conflict_user_ids: string;
  conflict_same_institution: number;
  lead_id: string | null;
  lead_assigned_at: string | null;
  second_id: string | null;
  second_assigned_at: string | null;
  outcome: string | null;
  changes_required: string | null;
  decision_feedback: string | null;
  decided_at: string | null;
  decided_by: string | null;
  credential_id: string | null;
  updated_at: string;
}

export interface ReviewJudgementsTable {
  id: string;
  submission_id: string;
  assessor_id: string;
  role: string;
  sections: string;
  overall_feedback: string;
  recommendation: string | null;
  status: string;
  submitted_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface ReviewEventsTable {
  id: string;
  submission_id: string;
  seq: number;
  at: string;
  event: string;
  actor_id: string | null;
  by_assessor: number;
}

export interface NotificationsTable {
  id: string;
  user_id: string;
  institution_id: string | null;
  kind: string;
  title: string;
  body: string;
  link: string;
  dedupe_key: string;
  emailed: number;
  created_at: string;
  read_at: string | null;
}

export interface ReviewTables {
  review_schemes: ReviewSchemesTable;
  review_scheme_coordinators: ReviewSchemeCoordinatorsTable;
  review_scheme_assessors: ReviewSchemeAssessorsTable;
  review_submissions: ReviewSubmissionsTable;
  review_judgements: ReviewJudgementsTable;
  review_events: ReviewEventsTable;
  notifications: NotificationsTable;
}
