import { Anchor, Button, Card, Code, List, Stack, Table, Text, Title } from '@mantine/core';
import { IconFileSpreadsheet } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { CPD_TYPE_LABELS, CPD_TYPES } from '../../../../../contracts';
import { Field, StackedItem, StackedList } from '../../../app/components/StackedList';
import { PageTitle } from '../../../app/components/PageTitle';
import { useIsPhone } from '../../../app/media';
import { COLUMNS, exampleCsv } from './columns';
import { saveBlob } from './exchangeApi';
import { ExportPanel } from './ExportPanel';
import { ImportPanel } from './ImportPanel';
import './exchange.css';

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Card
      withBorder
      padding="lg"
      p={{ base: 'md', sm: 'lg' }}
      component="section"
      aria-labelledby={id}
    >
      <Title order={2} fz="lg" mb="md" id={id}>
        {title}
      </Title>
      {children}
    </Card>
  );
}

function downloadExample() {
  saveBlob(
    new Blob([`\uFEFF${exampleCsv()}`], { type: 'text/csv;charset=utf-8' }),
    'cairn-cpd-example.csv',
  );
}

/** The CSV columns, what each takes, and an example file made here in the browser. */
function ColumnGuide() {
  const isPhone = useIsPhone();
  return (
    <Stack gap="md">
      <Text size="sm">
        The first line of the file names the columns, in any order and any case; each line after it
        is one entry. Only <strong>date</strong>, <strong>title</strong> and <strong>hours</strong>{' '}
        are needed. Commas, semicolons or tabs can separate the values (spreadsheets in many
        European languages save with semicolons).
      </Text>
      {isPhone ? (
        <StackedList label="CSV columns">
          {COLUMNS.map((c) => (
            <StackedItem key={c.name}>
              <Field label="Column">
                <Code>{c.name}</Code> {c.required ? '(required)' : '(optional)'}
              </Field>
              <Field label="What to write">{c.what}</Field>
              <Field label="Example">
                <Code>{c.example}</Code>
              </Field>
            </StackedItem>
          ))}
        </StackedList>
      ) : (
        <Table verticalSpacing="xs" aria-label="CSV columns">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Column</Table.Th>
              <Table.Th scope="col">Needed</Table.Th>
              <Table.Th scope="col">What to write</Table.Th>
              <Table.Th scope="col">Example</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {COLUMNS.map((c) => (
              <Table.Tr key={c.name}>
                <Table.Td>
                  <Code>{c.name}</Code>
                </Table.Td>
                <Table.Td>{c.required ? 'Required' : 'Optional'}</Table.Td>
                <Table.Td>
                  <Text size="sm">{c.what}</Text>
                </Table.Td>
                <Table.Td>
                  <Code style={{ whiteSpace: 'nowrap' }}>{c.example}</Code>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <details className="exchange-types">
        <summary>
          <Text span size="sm" fw={600}>
            The CPD types (key, then name)
          </Text>
        </summary>
        <List size="sm" spacing={2} mt="xs">
          {CPD_TYPES.map((t) => (
            <List.Item key={t}>
              <Code>{t}</Code> {CPD_TYPE_LABELS[t]}
            </List.Item>
          ))}
        </List>
      </details>
      <div>
        <Button
          variant="light"
          leftSection={<IconFileSpreadsheet size={18} aria-hidden />}
          onClick={downloadExample}
        >
          Download an example CSV
        </Button>
      </div>
    </Stack>
  );
}

export function ImportExportPage() {
  return (
    <>
      <PageTitle
        title="Import & export"
        description="Bring CPD in from a spreadsheet or a calendar, and take your log out as CSV, JSON or iCalendar."
      />
      <Stack gap="lg">
        <Section id="import-heading" title="Import">
          <Stack gap="md">
            <List size="sm" spacing={4}>
              <List.Item>
                <strong>CSV</strong>, from a spreadsheet or another CPD log: each valid row becomes
                an entry. See <Anchor href="#csv-columns">the columns Cairn reads</Anchor> and
                download an example.
              </List.Item>
              <List.Item>
                <strong>iCalendar (.ics)</strong>, exported from Outlook, Google Calendar or Apple
                Calendar: each event becomes a <em>draft</em> entry with its title, day, length and
                description (an all-day event counts 7 hours a day). Drafts count once you confirm
                them. Repeating events give one draft per time in the last 12 months, and events
                imported before are skipped.
              </List.Item>
            </List>
            <ImportPanel />
          </Stack>
        </Section>
        <Section id="export-heading" title="Export">
          <ExportPanel />
        </Section>
        <Section id="csv-columns" title="CSV columns">
          <ColumnGuide />
        </Section>
      </Stack>
    </>
  );
}
