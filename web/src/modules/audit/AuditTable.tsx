import { Badge, Code, Table, Text } from '@mantine/core';
import type { TAuditEvent } from '../../../../contracts';
import { DateTime } from '../../app/components/DateTime';
import { TableScroll } from '../../app/components/TableScroll';
import { auditActionLabel } from './auditActions';

function actionColor(action: string): string {
  if (action.endsWith('failed') || action === 'deletion' || action.endsWith('revoked'))
    return 'red';
  if (action.startsWith('member-deactivated')) return 'amber';
  if (action.startsWith('sign-')) return 'gray';
  return 'cairn';
}

export function AuditTable({ events }: { events: TAuditEvent[] }) {
  return (
    <TableScroll label="Audit events" minWidth={900}>
      <Table verticalSpacing="xs" striped highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Time</Table.Th>
            <Table.Th scope="col">Action</Table.Th>
            <Table.Th scope="col">Actor</Table.Th>
            <Table.Th scope="col">Subject</Table.Th>
            <Table.Th scope="col">Detail</Table.Th>
            <Table.Th scope="col">IP</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {events.map((event) => (
            <Table.Tr key={event.id}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <Text size="sm">
                  <DateTime value={event.createdAt} />
                </Text>
              </Table.Td>
              <Table.Td>
                <Badge
                  variant="light"
                  color={actionColor(event.action)}
                  radius="sm"
                  style={{ whiteSpace: 'nowrap' }}
                >
                  {auditActionLabel(event.action)}
                </Badge>
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
              <Table.Td>{event.ip ? <Code>{event.ip}</Code> : <Text size="sm">—</Text>}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}
