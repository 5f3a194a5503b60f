import { BarChart } from '@mantine/charts';
import {
  Badge,
  Box,
  Button,
  FileButton,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Tabs,
  Text,
  Textarea,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { IconDownload, IconFileUpload, IconSparkles } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { type ReactNode, useMemo, useState } from 'react';
import {
  CLASSIFY_BATCH_MAX,
  ROLE_FAMILIES,
  ROLE_FAMILY_LABELS,
  SENIORITY_LABELS,
  TITLE_GROUP_LABELS,
  TITLE_GROUPS,
  type TTitleClassification,
  type TTitleError,
} from '../../../../../contracts/classifier';
import { FormAlert } from '../../../app/components/FormAlert';
import { PageTitle } from '../../../app/components/PageTitle';
import { TableScroll } from '../../../app/components/TableScroll';
import { hasAnyRole, useCurrentMe } from '../../../app/session';
import { resultsCsv, titlesFromFile } from './csv';
import { GroupSchemeEditor } from './GroupSchemeEditor';
import { classifyBatch } from './titlesApi';
import './titles.css';

type Result = TTitleClassification | TTitleError;
const number = new Intl.NumberFormat('en');
const isError = (r: Result): r is TTitleError => 'error' in r;

const EXAMPLE = [
  'Senior Learning Technologist',
  'Digital Learning Manager',
  'Instructional Designer',
  'Academic Developer',
  'Head of TEL',
  'Lecturer in Educational Technology',
].join('\n');

function Figure({
  title,
  caption,
  table,
  children,
}: {
  title: string;
  caption: ReactNode;
  table: ReactNode;
  children: ReactNode;
}) {
  return (
    <Box component="figure" m={0} className="titles-figure">
      <Title order={3} fz="lg" mb={4}>
        {title}
      </Title>
      <Text component="figcaption" size="sm" c="dimmed" mb="sm">
        {caption}
      </Text>
      <div aria-hidden="true">{children}</div>
      <VisuallyHidden>{table}</VisuallyHidden>
    </Box>
  );
}

function Charts({ results }: { results: TTitleClassification[] }) {
  const n = results.length;
  const families = ROLE_FAMILIES.map((f) => ({
    family: ROLE_FAMILY_LABELS[f],
    titles: results.filter((r) => r.family === f).length,
  }))
    .filter((x) => x.titles > 0)
    .sort((a, b) => b.titles - a.titles);
  const groups = TITLE_GROUPS.map((g) => {
    const count = results.filter((r) => r.groups.includes(g)).length;
    return {
      group: TITLE_GROUP_LABELS[g],
      count,
      share: n ? Math.round((count / n) * 100) : 0,
    };
  });
  const top = families[0];
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xl">
      <Figure
        title="Titles per role family"
        caption={
          top
            ? `${number.format(n)} ${n === 1 ? 'title' : 'titles'} in ${families.length} ${families.length === 1 ? 'family' : 'families'}; most are ${top.family.toLowerCase()} (${number.format(top.titles)}).`
            : 'No titles classified.'
        }
        table={
          <table>
            <caption>Titles per role family</caption>
            <thead>
              <tr>
                <th scope="col">Role family</th>
                <th scope="col">Titles</th>
              </tr>
            </thead>
            <tbody>
              {families.map((f) => (
                <tr key={f.family}>
                  <th scope="row">{f.family}</th>
                  <td>{f.titles}</td>
                </tr>
              ))}
            </tbody>
          </table>
        }
      >
        <BarChart
          h={Math.max(120, families.length * 34 + 30)}
          data={families}
          dataKey="family"
          orientation="vertical"
          series={[{ name: 'titles', label: 'Titles', color: 'cairn.8' }]}
          gridAxis="none"
          withTooltip={false}
          accessibilityLayer={false}
          withBarValueLabel
          valueLabelProps={{ fontSize: 12 }}
          barProps={{ isAnimationActive: false }}
          yAxisProps={{ width: 150, interval: 0, tick: { fontSize: 12 } }}
          xAxisProps={{ allowDecimals: false }}
          maxBarWidth={24}
        />
      </Figure>
      <Figure
        title="Survey groups"
        caption={`Share of titles in each of the four groups of the ALT survey analysis; a title can be in several groups or none. ${groups
          .map((g) => `${g.group}: ${g.share}%`)
          .join('; ')}.`}
        table={
          <table>
            <caption>Titles in each survey group</caption>
            <thead>
              <tr>
                <th scope="col">Group</th>
                <th scope="col">Titles</th>
                <th scope="col">Share</th>
              </tr>
            </thead>
            <tbody>
              {groups.map((g) => (
                <tr key={g.group}>
                  <th scope="row">{g.group}</th>
                  <td>{g.count}</td>
                  <td>{g.share}%</td>
                </tr>
              ))}
            </tbody>
          </table>
        }
      >
        <BarChart
          h={4 * 40 + 30}
          data={groups}
          dataKey="group"
          orientation="vertical"
          series={[{ name: 'share', label: 'Share of titles', color: 'cairn.6' }]}
          gridAxis="none"
          withTooltip={false}
          accessibilityLayer={false}
          withBarValueLabel
          valueFormatter={(v) => `${v}%`}
          valueLabelProps={{ fontSize: 12 }}
          barProps={{ isAnimationActive: false }}
          yAxisProps={{ width: 150, interval: 0, tick: { fontSize: 12 } }}
          xAxisProps={{ domain: [0, 100] }}
          maxBarWidth={24}
        />
      </Figure>
    </SimpleGrid>
  );
}

function decisive(r: TTitleClassification): string {
  return r.cues
    .filter((c) => c.field === 'family' || c.field === 'seniority')
    .map((c) => (c.phrase ? `“${c.phrase}”` : c.value))
    .join(', ');
}

function ResultsTable({ results }: { results: Result[] }) {
  const shown = results.slice(0, 500);
  return (
    <Stack gap="xs">
      <TableScroll label="Classified titles" minWidth={860}>
        <Table striped highlightOnHover verticalSpacing="xs" data-testid="titles-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Title</Table.Th>
              <Table.Th scope="col">Role family</Table.Th>
              <Table.Th scope="col">Seniority</Table.Th>
              <Table.Th scope="col">Stage</Table.Th>
              <Table.Th scope="col">Groups</Table.Th>
              <Table.Th scope="col">Decided by</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.map((r, i) =>
              isError(r) ? (
                // biome-ignore lint/suspicious/noArrayIndexKey: rows are the titles in the order given; duplicates are normal
                <Table.Tr key={i}>
                  <Table.Td>{r.title || <em>(empty line)</em>}</Table.Td>
                  <Table.Td colSpan={5}>
                    <Text size="sm">
                      <Text span fw={700} size="sm">
                        Not classified:
                      </Text>{' '}
                      {r.error}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ) : (
                // biome-ignore lint/suspicious/noArrayIndexKey: as above
                <Table.Tr key={i}>
                  <Table.Td>{r.title}</Table.Td>
                  <Table.Td>
                    {ROLE_FAMILY_LABELS[r.family]}
                    {r.confidence === 'low' ? (
                      <Text span size="xs" c="dimmed">
                        {' '}
                        (best guess)
                      </Text>
                    ) : null}
                  </Table.Td>
                  <Table.Td>{SENIORITY_LABELS[r.seniority]}</Table.Td>
                  <Table.Td>{r.stage}</Table.Td>
                  <Table.Td>
                    <Group gap={4}>
                      {r.groups.length ? (
                        r.groups.map((g) => (
                          <Badge key={g} variant="light" size="sm" tt="none">
                            {TITLE_GROUP_LABELS[g]}
                          </Badge>
                        ))
                      ) : (
                        <Text size="sm" c="dimmed">
                          none
                        </Text>
                      )}
                    </Group>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{decisive(r)}</Text>
                  </Table.Td>
                </Table.Tr>
              ),
            )}
          </Table.Tbody>
        </Table>
      </TableScroll>
      {results.length > shown.length ? (
        <Text size="sm" c="dimmed">
          Showing the first {shown.length} of {number.format(results.length)} titles; the download
          has them all.
        </Text>
      ) : null}
    </Stack>
  );
}

function download(results: Result[]) {
  const blob = new Blob([resultsCsv(results)], { type: 'text/csv;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = 'classified-job-titles.csv';
  document.body.appendChild(a);
  a.click();
  a.remove();
  URL.revokeObjectURL(url);
}

function ClassifyPanel({ onClassified }: { onClassified: (titles: string[]) => void }) {
  const [text, setText] = useState('');
  const [fileNote, setFileNote] = useState<string | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const titles = useMemo(() => text.split(/\r?\n/), [text]);
  const count = titles.filter((t) => t.trim() !== '').length;
  const tooMany = titles.length > CLASSIFY_BATCH_MAX;

  const readFile = async (file: File | null) => {
    setFileError(null);
    setFileNote(null);
    if (!file) return;
    if (file.size > 10 * 1024 * 1024) {
      setFileError(
        'That file is over 10 MB: split it, or use the command line (npx cairn classify-title).',
      );
      return;
    }
    const found = titlesFromFile(file.name, await file.text());
    if (found.length === 0) {
      setFileError(
        `No job titles found in ${file.name}. Give one title per line, or a CSV with a "title" column.`,
      );
      return;
    }
    setText(found.join('\n'));
    setFileNote(`Read ${number.format(found.length)} titles from ${file.name}.`);
  };

  return (
    <Stack gap="sm">
      <Textarea
        label="Job titles, one per line"
        description={`Paste from a survey or a spreadsheet column; up to ${number.format(CLASSIFY_BATCH_MAX)} lines at a time. Empty lines are reported, not skipped.`}
        placeholder={EXAMPLE}
        autosize
        minRows={6}
        maxRows={16}
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
        error={
          tooMany
            ? `That is ${number.format(titles.length)} lines: at most ${number.format(CLASSIFY_BATCH_MAX)} at a time.`
            : undefined
        }
      />
      {fileNote ? (
        <Text size="sm" role="status">
          {fileNote}
        </Text>
      ) : null}
      {fileError ? (
        <Text size="sm" c="var(--mantine-color-error)" role="alert">
          {fileError}
        </Text>
      ) : null}
      <Group gap="sm">
        <Button
          leftSection={<IconSparkles size={18} aria-hidden />}
          disabled={count === 0 || tooMany}
          onClick={() =>
            onClassified(titles.filter((t, i) => t.trim() !== '' || i < titles.length - 1))
          }
        >
          Classify {count ? number.format(count) : ''} {count === 1 ? 'title' : 'titles'}
        </Button>
        <FileButton onChange={readFile} accept=".csv,.txt,text/csv,text/plain">
          {(props) => (
            <Button
              variant="default"
              leftSection={<IconFileUpload size={18} aria-hidden />}
              {...props}
            >
              Upload CSV or text file
            </Button>
          )}
        </FileButton>
        {!text ? (
          <Button variant="subtle" onClick={() => setText(EXAMPLE)}>
            Try some examples
          </Button>
        ) : null}
      </Group>
    </Stack>
  );
}

/** /careers/titles: classify job titles in bulk and see the role families and survey groups. */
export function TitlesPage() {
  const me = useCurrentMe();
  const canEdit = hasAnyRole(me, ['manager', 'admin']);
  const [last, setLast] = useState<string[] | null>(null);
  const classify = useMutation({ mutationFn: classifyBatch });
  const run = (titles: string[]) => {
    setLast(titles);
    classify.mutate(titles);
  };
  const results = classify.data?.results ?? null;
  const ok = useMemo(
    () => (results ?? []).filter((r): r is TTitleClassification => !isError(r)),
    [results],
  );
  const errors = (results?.length ?? 0) - ok.length;

  return (
    <>
      <PageTitle
        title="Job titles"
        description="Classify job titles by the role-family and seniority taxonomy, with the career stage that follows and the four survey groups of the ALT survey analysis. Each answer says which words decided it."
      />
      <Tabs defaultValue="classify">
        <Tabs.List mb="md">
          <Tabs.Tab value="classify">Classify</Tabs.Tab>
          <Tabs.Tab value="groups">Survey groups</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="classify">
          <Stack gap="xl">
            <Paper withBorder p={{ base: 'sm', sm: 'md' }} radius="md">
              <ClassifyPanel onClassified={run} />
            </Paper>
            <FormAlert error={classify.error} title="The titles were not classified" />
            {classify.isPending ? <Text role="status">Classifying…</Text> : null}
            {results ? (
              <Stack gap="lg" aria-labelledby="results-heading">
                <Group justify="space-between" align="flex-end" wrap="wrap">
                  <Stack gap={2}>
                    <Title order={2} fz="xl" id="results-heading">
                      Results
                    </Title>
                    <Text size="sm" role="status" data-testid="titles-summary">
                      {number.format(ok.length)} {ok.length === 1 ? 'title' : 'titles'} classified
                      {errors ? `, ${number.format(errors)} not (see the table)` : ''}.
                    </Text>
                  </Stack>
                  <Button
                    variant="default"
                    leftSection={<IconDownload size={18} aria-hidden />}
                    onClick={() => download(results)}
                  >
                    Download CSV
                  </Button>
                </Group>
                {ok.length ? <Charts results={ok} /> : null}
                <ResultsTable results={results} />
              </Stack>
            ) : null}
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value="groups">
          <GroupSchemeEditor
            canEdit={canEdit}
            onSaved={() => {
              if (last) classify.mutate(last);
            }}
          />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}
