import { Badge } from '@mantine/core';
import type { CSSProperties } from 'react';
import { CREDENTIAL_STATE_LABELS, type TCredentialState } from '../../../../contracts';

const COLOURS: Record<TCredentialState, string> = {
  active: 'green',
  'review-due': 'yellow',
  lapsed: 'gray',
  revoked: 'red',
  'not-yet-valid': 'blue',
};

/** A credential's state in words (the colour only repeats them). */
export function StateBadge({ state }: { state: TCredentialState }) {
  return (
    <Badge
      color={COLOURS[state]}
      variant="light"
      radius="sm"
      tt="none"
      fw={600}
      style={{ '--badge-color': 'var(--mantine-color-dark-8)' } as CSSProperties}
    >
      {CREDENTIAL_STATE_LABELS[state]}
    </Badge>
  );
}
