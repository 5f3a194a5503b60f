import { Badge, List, Switch, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { CPD_TYPE_LABELS, type TCpdImportResult, type TCpdType } from '../../../../../contracts';
import { Field, StackedItem, StackedList } from '../../../app/components/StackedList';
import { TableScroll } from '../../../app/components/TableScroll';
import { useIsPhone } from '../../../app/media';
import { itemLabel } from '../../frameworks/words';
import { formatDay, formatHours } from '../words';

type Row = TCpdImportResult['rows'][number];

/** A very long file shows its first rows; the problems are always all listed. */
const ROWS_SHOWN = 300;

function typeName(type: string | null): string {
  if (!type) return '—';
  return CPD_TYPE_LABELS[type as TCpdType] ?? type;
}

function Result({ row }: { row: Row }) {
  if (row.duplicate) {
    return (
      <Badge color="gray" variant="light" radius="sm">
        Already imported
      </Badge>
    );
  }
  return row.ok ? (
    <Badge color="cairn" variant="light" radius="sm">
      Ready
    </Badge>
  ) : (
    <Badge color="red" variant="filled" radius="sm">
      Problem
    </Badge>
  );
}

function Problems({ row }: { row: Row }) {
  if (row.duplicate) return <Text size="sm">Skipped: this event was imported before.</Text>;
  if (row.problems.length === 0) {
    return row.tags.length > 0 ? (
      <Text size="sm" c="dimmed">
        Tags: {row.tags.map(itemLabel).join('; ')}
      </Text>
    ) : null;
  }
  return (
    <List size="sm" spacing={2} c="red.9">
      {row.problems.map((p) => (
        <List.Item key={`${p.column}:${p.message}`}>
          <strong>{p.column}</strong> {p.message}
        </List.Item>
      ))}
    </List>
  );
}

/** Every row of the file: its line number, whether it can be imported, and every reason why not. */
export function PreviewTable({ result }: { result: TCpdImportResult }) {
  const isPhone = useIsPhone();
  const bad = result.rows.filter((r) => !r.ok && !r.duplicate);
  const [onlyProblems, setOnlyProblems] = useState(false);
  const rows = onlyProblems ? bad : result.rows;
  const shown = rows.slice(0, ROWS_SHOWN);

  return (
    <>
      {bad.length > 0 && bad.length < result.rows.length ? (
        <Switch
          label={`Show only the ${bad.length === 1 ? 'row' : `${bad.length} rows`} with problems`}
          checked={onlyProblems}
          onChange={(event) => setOnlyProblems(event.currentTarget.checked)}
        />
      ) : null}
      {isPhone ? (
        <StackedList label="Rows of the file">
          {shown.map((row) => (
            <StackedItem key={row.line}>
              <Field label="Line">{row.line}</Field>
              <Field label="Result">
                <Result row={row} />
              </Field>
              <Field label="Title">{row.title ?? '—'}</Field>
              <Field label="Date">{row.date ? formatDay(row.date) : '—'}</Field>
              <Field label="Hours">{row.hours !== null ? formatHours(row.hours) : '—'}</Field>
              <Field label="Type">{typeName(row.type)}</Field>
              {row.problems.length > 0 || row.duplicate ? (
                <Field label="Problems">
                  <Problems row={row} />
                </Field>
              ) : null}
            </StackedItem>
          ))}
        </StackedList>
      ) : (
        <TableScroll label="Rows of the file" minWidth={820}>
          <Table verticalSpacing="xs" className="exchange-preview">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Line</Table.Th>
                <Table.Th scope="col">Result</Table.Th>
                <Table.Th scope="col">Date</Table.Th>
                <Table.Th scope="col">Title</Table.Th>
                <Table.Th scope="col">Hours</Table.Th>
                <Table.Th scope="col">Type</Table.Th>
                <Table.Th scope="col">Problems</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {shown.map((row) => (
                <Table.Tr key={row.line} data-problem={!row.ok && !row.duplicate ? '' : undefined}>
                  <Table.Td style={{ fontVariantNumeric: 'tabular-nums' }}>{row.line}</Table.Td>
                  <Table.Td>
                    <Result row={row} />
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{row.date ?? '—'}</Table.Td>
                  <Table.Td style={{ overflowWrap: 'anywhere' }}>{row.title ?? '—'}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{row.hours ?? '—'}</Table.Td>
                  <Table.Td>{typeName(row.type)}</Table.Td>
                  <Table.Td>
                    <Problems row={row} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      )}
      {rows.length > shown.length ? (
        <Text size="sm" c="dimmed">
          Showing the first {ROWS_SHOWN} of {rows.length.toLocaleString()} rows.
          {onlyProblems || bad.length === 0
            ? ''
            : ' Show only the rows with problems to see every one of them.'}
        </Text>
      ) : null}
    </>
  );
}
