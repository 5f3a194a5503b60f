import type { CareerTables } from './schema-careers';
import type { CredentialTables } from './schema-credentials';
import type { ReviewTables } from './schema-reviews';
import type { TitleGroupTables } from './schema-title-groups';

/**
 * Row types as stored. They never leave repositories: services and routes work with
 * the contract types in contracts/. Timestamps are ISO 8601 UTC text and booleans are
 * 0/1 integers on both SQLite and PostgreSQL, so the same queries run on both.
 */
export interface InstitutionsTable {
  id: string;
  name: string;
  slug: string;
  sector: string;
  created_at: string;
}

export interface UsersTable {
  id: string;
  email: string;
  name: string;
  password_hash: string | null;
  created_at: string;
  last_sign_in_at: string | null;
  /** The institution the person last worked in; sign-in returns them there. */
  last_institution_id: string | null;
}

export interface MembershipsTable {
  id: string;
  institution_id: string;
  user_id: string;
  /** Sorted, comma-separated roles: "admin,manager". */
  roles: string;
  status: string;
  created_at: string;
}

export interface SessionsTable {
  /** SHA-256 of the cookie value. */
  id: string;
  user_id: string;
  institution_id: string | null;
  csrf_token: string;
  created_at: string;
  expires_at: string;
  last_seen_at: string;
  ip: string | null;
  user_agent: string | null;
}

export interface InvitationsTable {
  id: string;
  institution_id: string;
  email: string;
  name: string | null;
  roles: string;
  token_hash: string;
  invited_by_user_id: string | null;
  created_at: string;
  expires_at: string;
  accepted_at: string | null;
  revoked_at: string | null;
}

export interface PasswordResetsTable {
  id: string;
  user_id: string;
  token_hash: string;
  created_at: string;
  expires_at: string;
  used_at: string | null;
}

export interface ApiTokensTable {
  id: string;
  user_id: string;
  institution_id: string;
  name: string;
  prefix: string;
  token_hash: string;
  created_at: string;
  last_used_at: string | null;
  expires_at: string | null;
  revoked_at: string | null;
}

export interface AuditEventsTable {
  id: string;
  institution_id: string;
  actor_user_id: string | null;
  actor_label: string | null;
  subject_label: string | null;
  action: string;
  detail: string;
  ip: string | null;
  created_at: string;
}

/** Failed sign-ins, kept briefly, for limits that hold across every app instance. */
export interface SignInFailuresTable {
  id: string;
  email: string;
  ip: string;
  created_at: string;
}

export interface FrameworksTable {
  id: string;
  identifier: string;
  source_identifier: string | null;
  institution_id: string | null;
  builtin_key: string | null;
  lineage_id: string;
  version_number: number;
  version: string;
  status: string;
  title: string;
  creator: string;
  publisher: string | null;
  description: string | null;
  source_url: string | null;
  language: string | null;
  is_public: number;
  copied_from_id: string | null;
  content_hash: string | null;
  last_change_at: string;
  created_at: string;
  published_at: string | null;
}

export interface FrameworkLevelsTable {
  id: string;
  framework_id: string;
  position: number;
  code: string;
  title: string;
  description: string | null;
}

export interface FrameworkItemsTable {
  id: string;
  identifier: string;
  source_identifier: string | null;
  framework_id: string;
  parent_id: string | null;
  parent_association_identifier: string;
  position: number;
  depth: number;
  code: string | null;
  title: string | null;
  statement: string;
  item_type: string | null;
  notes: string | null;
  search_text: string;
  last_change_at: string;
}

export interface FrameworkAssociationsTable {
  id: string;
  identifier: string;
  institution_id: string | null;
  framework_id: string;
  association_type: string;
  origin_item_id: string | null;
  destination_item_id: string | null;
  origin_link: string | null;
  destination_link: string | null;
  sequence_number: number | null;
  rationale: string | null;
  last_change_at: string;
}

export interface CpdEntriesTable {
  id: string;
  institution_id: string;
  user_id: string;
  occurred_on: string;
  minutes: number;
  type: string;
  title: string;
  reflection: string | null;
  time_kind: string | null;
  significant: number;
  search_text: string;
  created_at: string;
  updated_at: string;
  /** Set when deleted; the entry can be restored (undo) until it is purged. */
  deleted_at: string | null;
  draft: number;
  /** Reflection and evidence visible to the institution's managers. */
  shared: number;
  source: string | null;
}

export interface CpdEntryTagsTable {
  entry_id: string;
  item_id: string;
}

export interface CpdEvidenceTable {
  id: string;
  institution_id: string;
  user_id: string;
  entry_id: string;
  kind: 'file' | 'link';
  title: string;
  url: string | null;
  storage_key: string | null;
  file_name: string | null;
  media_type: string | null;
  size_bytes: number | null;
  sha256: string | null;
  created_at: string;
}

export interface CpdGoalsTable {
  id: string;
  institution_id: string;
  user_id: string;
  title: string;
  notes: string | null;
  due_on: string | null;
  status: string;
  created_at: string;
  updated_at: string;
}

export interface CpdGoalItemsTable {
  goal_id: string;
  item_id: string;
}

export interface CpdSettingsTable {
  institution_id: string;
  user_id: string;
  target_minutes: number;
  share_summary: number;
  /** JSON array of framework ids shown on the dashboard's coverage map. */
  coverage_framework_ids: string;
  updated_at: string;
}

export interface PortfolioTemplatesTable {
  id: string;
  institution_id: string | null;
  builtin_key: string | null;
  title: string;
  scheme: string;
  description: string;
  /** JSON: the template's sections and rules (contracts/portfolios.ts ZTemplateSpec). */
  spec: string;
  created_at: string;
  updated_at: string;
}

export interface PortfoliosTable {
  id: string;
  institution_id: string;
  user_id: string;
  template_id: string;
  title: string;
  status: string;
  created_at: string;
  updated_at: string;
  submitted_at: string | null;
}

export interface PortfolioSectionsTable {
  id: string;
  portfolio_id: string;
  key: string;
  position: number;
  custom_title: string | null;
  description: string;
  reflection: string;
  /** JSON array of strings (e.g. the legislative areas core area 3 addresses). */
  declarations: string;
  revision: number;
  updated_at: string;
}

export interface PortfolioSectionRevisionsTable {
  section_id: string;
  revision: number;
  custom_title: string | null;
  description: string;
  reflection: string;
  declarations: string;
  saved_at: string;
}

export interface PortfolioEvidenceTable {
  id: string;
  institution_id: string;
  user_id: string;
  kind: 'cpd' | 'file' | 'url';
  cpd_entry_id: string | null;
  title: string;
  url: string | null;
  storage_key: string | null;
  file_name: string | null;
  media_type: string | null;
  size_bytes: number | null;
  link_status: string | null;
  link_detail: string | null;
  link_checked_at: string | null;
  created_at: string;
}

export interface PortfolioSectionEvidenceTable {
  section_id: string;
  evidence_id: string;
  position: number;
  note: string | null;
}

export interface PortfolioVersionsTable {
  id: string;
  portfolio_id: string;
  kind: string;
  name: string;
  snapshot: string;
  created_at: string;
}

export interface PortfolioSharesTable {
  id: string;
  portfolio_id: string;
  kind: string;
  user_id: string | null;
  token_hash: string | null;
  expires_at: string | null;
  revoked_at: string | null;
  created_at: string;
}

/** Each later module declares its tables in its own file (schema-*.ts) and joins them here. */
export interface Database extends CareerTables, TitleGroupTables, ReviewTables, CredentialTables {
  institutions: InstitutionsTable;
  users: UsersTable;
  memberships: MembershipsTable;
  sessions: SessionsTable;
  invitations: InvitationsTable;
  password_resets: PasswordResetsTable;
  api_tokens: ApiTokensTable;
  audit_events: AuditEventsTable;
  sign_in_failures: SignInFailuresTable;
  frameworks: FrameworksTable;
  framework_levels: FrameworkLevelsTable;
  framework_items: FrameworkItemsTable;
  framework_associations: FrameworkAssociationsTable;
  cpd_entries: CpdEntriesTable;
  cpd_entry_tags: CpdEntryTagsTable;
  cpd_evidence: CpdEvidenceTable;
  cpd_goals: CpdGoalsTable;
  cpd_goal_items: CpdGoalItemsTable;
  cpd_settings: CpdSettingsTable;
  portfolio_templates: PortfolioTemplatesTable;
  portfolios: PortfoliosTable;
  portfolio_sections: PortfolioSectionsTable;
  portfolio_section_revisions: PortfolioSectionRevisionsTable;
  portfolio_evidence: PortfolioEvidenceTable;
  portfolio_section_evidence: PortfolioSectionEvidenceTable;
  portfolio_versions: PortfolioVersionsTable;
  portfolio_shares: PortfolioSharesTable;
}
