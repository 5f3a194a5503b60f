import { Button, Card, Group, NativeSelect, Skeleton, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { AUDIT_ACTIONS, type TAuditAction } from '../../../../contracts';
import { FormAlert } from '../../app/components/FormAlert';
import { PageTitle } from '../../app/components/PageTitle';
import { pluralise } from '../../app/format';
import { AUDIT_ACTION_LABELS } from './auditActions';
import { AuditTable } from './AuditTable';
import { useAuditLog } from './auditApi';

const ACTION_OPTIONS = [
  { value: '', label: 'All actions' },
  ...AUDIT_ACTIONS.map((action) => ({ value: action, label: AUDIT_ACTION_LABELS[action] })),
];

function isAuditAction(value: string): value is TAuditAction {
  return (AUDIT_ACTIONS as readonly string[]).includes(value);
}

export function AuditPage() {
  const [action, setAction] = useState<TAuditAction | null>(null);
  const log = useAuditLog(action);
  const events = log.data?.pages.flatMap((page) => page.events) ?? [];

  return (
    <>
      <PageTitle
        title="Audit log"
        description="Who did what in your institution, and when. Newest first."
      />
      <Card withBorder padding="lg" p={{ base: 'md', sm: 'lg' }}>
        <Stack gap="md">
          <Group justify="space-between" align="flex-end" wrap="wrap" gap="sm">
            <NativeSelect
              label="Action"
              data={ACTION_OPTIONS}
              value={action ?? ''}
              onChange={(event) => {
                const value = event.currentTarget.value;
                setAction(isAuditAction(value) ? value : null);
              }}
              w={{ base: '100%', xs: 280 }}
            />
            {log.data ? (
              <Text size="sm" c="dimmed" aria-live="polite">
                Showing {pluralise(events.length, 'event')}
              </Text>
            ) : null}
          </Group>
          {log.isPending ? (
            <Stack gap="xs" aria-busy="true" aria-label="Loading the audit log">
              <Skeleton height={36} />
              <Skeleton height={36} />
              <Skeleton height={36} />
            </Stack>
          ) : log.isError ? (
            <FormAlert error={log.error} title="The audit log could not be loaded" />
          ) : events.length === 0 ? (
            <Text>
              {action
                ? `No “${AUDIT_ACTION_LABELS[action]}” events yet. Choose “All actions” to see everything.`
                : 'No events recorded yet. Sign-ins, invitations and changes to people will appear here.'}
            </Text>
          ) : (
            <AuditTable events={events} />
          )}
          {log.isFetchNextPageError ? (
            <FormAlert error={log.error} title="Older events could not be loaded" />
          ) : null}
          {log.hasNextPage ? (
            <Group justify="center">
              <Button
                variant="default"
                onClick={() => log.fetchNextPage()}
                loading={log.isFetchingNextPage}
              >
                Load older
              </Button>
            </Group>
          ) : null}
        </Stack>
      </Card>
    </>
  );
}
