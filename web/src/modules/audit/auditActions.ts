import type { TAuditAction } from '../../../../contracts';

/** Plain-language names for the audit log's actions. */
export const AUDIT_ACTION_LABELS: Record<TAuditAction, string> = {
  'sign-in': 'Signed in',
  'sign-in-failed': 'Sign-in failed',
  'sign-out': 'Signed out',
  'password-reset-requested': 'Password reset requested',
  'password-reset': 'Password reset',
  'password-changed': 'Password changed',
  'role-change': 'Roles changed',
  'member-deactivated': 'Member deactivated',
  'member-reactivated': 'Member reactivated',
  'invitation-created': 'Invitation sent',
  'invitation-revoked': 'Invitation revoked',
  'invitation-accepted': 'Invitation accepted',
  'institution-created': 'Institution created',
  'institution-updated': 'Institution updated',
  'api-token-created': 'API token created',
  'api-token-revoked': 'API token revoked',
  export: 'Data exported',
  import: 'Data imported',
  deletion: 'Account deleted',
  'credential-issued': 'Credential issued',
  'credential-revoked': 'Credential revoked',
  'credential-key-rotated': 'Signing key rotated',
};

/** Unknown actions (from a newer server) are shown as they are. */
export function auditActionLabel(action: string): string {
  return (AUDIT_ACTION_LABELS as Record<string, string>)[action] ?? action;
}
