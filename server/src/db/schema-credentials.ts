/** Tables of Open Badges credentials (module 4); joined into Database in schema.ts. */
export interface CredentialKeysTable {
  id: string;
  scheme_id: string;
  institution_id: string;
  controller: string;
  public_key_multibase: string;
  secret_key_encrypted: string;
  created_at: string;
  retired_at: string | null;
}

export interface CredentialsTable {
  id: string;
  institution_id: string;
  scheme_id: string;
  key_id: string;
  holder_id: string;
  submission_id: string | null;
  achievement_name: string;
  valid_from: string;
  valid_until: string | null;
  document: string;
  public: number;
  revoked_at: string | null;
  revoked_reason: string | null;
  created_at: string;
}

export interface CredentialRemindersTable {
  credential_id: string;
  days_before: number;
  sent_at: string;
}

export interface CredentialTables {
  credential_keys: CredentialKeysTable;
  credentials: CredentialsTable;
  credential_reminders: CredentialRemindersTable;
}
