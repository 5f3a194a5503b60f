import { Badge, Code, Table, Text } from '@mantine/core';
import type { TAuditEvent } from '../../../../contracts';
import { DateTime } from '../../app/components/DateTime';
import { Breakable, Field, StackedItem, StackedList } from '../../app/components/StackedList';
import { TableScroll } from '../../app/components/TableScroll';
import { useIsPhone } from '../../app/media';
import { auditActionLabel } from './auditActions';

function actionColor(action: string): string {
  if (action.endsWith('failed') || action === 'deletion' || action.endsWith('revoked'))
    return 'red';
  if (action.startsWith('member-deactivated')) return 'amber';
  if (action.startsWith('sign-')) return 'gray';
  return 'cairn';
}

/** In a phone's card a long action ("Password reset requested") may wrap onto two lines. */
const WRAPPING_BADGE = {
  root: { height: 'auto', minHeight: 'var(--badge-height)', minWidth: 0, maxWidth: '100%' },
  label: { whiteSpace: 'normal', textAlign: 'left' },
} as const;

function ActionBadge({ action, wrap = false }: { action: string; wrap?: boolean }) {
  return (
    <Badge
      variant="light"
      color={actionColor(action)}
      radius="sm"
      style={wrap ? undefined : { whiteSpace: 'nowrap' }}
      styles={wrap ? WRAPPING_BADGE : undefined}
    >
      {auditActionLabel(action)}
    </Badge>
  );
}

export function AuditTable({ events }: { events: TAuditEvent[] }) {
  const isPhone = useIsPhone();

  if (isPhone) {
    return (
      <StackedList label="Audit events">
        {events.map((event) => (
          <StackedItem key={event.id}>
            <Field label="Time">
              <DateTime value={event.createdAt} />
            </Field>
            <Field label="Action">
              <ActionBadge action={event.action} wrap />
            </Field>
            <Field label="Actor">{event.actor ? <Breakable text={event.actor} /> : '—'}</Field>
            <Field label="Subject">
              {event.subject ? <Breakable text={event.subject} /> : '—'}
            </Field>
            <Field label="Detail">{event.detail || '—'}</Field>
            <Field label="IP">{event.ip ? <Code>{event.ip}</Code> : '—'}</Field>
          </StackedItem>
        ))}
      </StackedList>
    );
  }

  return (
    <TableScroll label="Audit events" minWidth={760}>
      <Table verticalSpacing="xs" striped highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Time and address</Table.Th>
            <Table.Th scope="col">Action</Table.Th>
            <Table.Th scope="col">Actor</Table.Th>
            <Table.Th scope="col">Subject</Table.Th>
            <Table.Th scope="col">Detail</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {events.map((event) => (
            <Table.Tr key={event.id}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <Text size="sm">
                  <DateTime value={event.createdAt} />
                </Text>
                {event.ip && (
                  <Text size="xs" c="dimmed">
                    from {event.ip}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <ActionBadge action={event.action} />
              </Table.Td>
              <Table.Td>
                <Text size="sm">{event.actor ?? '—'}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{event.subject ?? '—'}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{event.detail || '—'}</Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}
