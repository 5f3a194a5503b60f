import { Anchor, Badge, Button, Card, Skeleton, Stack, Table, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import type { TAssessmentSummary } from '../../../../../contracts';
import { FormAlert } from '../../../app/components/FormAlert';
import { PageTitle } from '../../../app/components/PageTitle';
import { Field, StackedItem, StackedList } from '../../../app/components/StackedList';
import { TableScroll } from '../../../app/components/TableScroll';
import { formatDate } from '../../../app/format';
import { useIsPhone } from '../../../app/media';
import { useAssessments } from '../careersApi';
import { formatLevel } from '../words';
import { StartAssessmentModal } from './StartAssessment';

export function StatusBadge({ status }: { status: TAssessmentSummary['status'] }) {
  return status === 'complete' ? (
    <Badge color="cairn" variant="light" radius="sm">
      Completed
    </Badge>
  ) : (
    <Badge color="blue" variant="light" radius="sm">
      In progress
    </Badge>
  );
}

function AssessmentLink({ a }: { a: TAssessmentSummary }) {
  return (
    <Anchor component={Link} to={`/careers/assessments/${a.id}`} fw={600} size="sm">
      {a.frameworkTitle}
    </Anchor>
  );
}

function List({ assessments }: { assessments: TAssessmentSummary[] }) {
  const isPhone = useIsPhone();
  if (isPhone) {
    return (
      <StackedList label="Your self-assessments">
        {assessments.map((a) => (
          <StackedItem key={a.id}>
            <Field label="Framework">
              <AssessmentLink a={a} />
            </Field>
            <Field label="Started">{formatDate(a.createdAt)}</Field>
            <Field label="Status">
              <StatusBadge status={a.status} />
            </Field>
            <Field label="Rated">
              {a.rated} of {a.total}
            </Field>
            <Field label="Mean level">{formatLevel(a.average)}</Field>
          </StackedItem>
        ))}
      </StackedList>
    );
  }
  return (
    <TableScroll label="Your self-assessments" minWidth={640}>
      <Table verticalSpacing="sm" striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Framework</Table.Th>
            <Table.Th>Started</Table.Th>
            <Table.Th>Status</Table.Th>
            <Table.Th>Rated</Table.Th>
            <Table.Th>Mean level</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {assessments.map((a) => (
            <Table.Tr key={a.id}>
              <Table.Td>
                <AssessmentLink a={a} />
              </Table.Td>
              <Table.Td>{formatDate(a.createdAt)}</Table.Td>
              <Table.Td>
                <StatusBadge status={a.status} />
              </Table.Td>
              <Table.Td>
                {a.rated} of {a.total}
              </Table.Td>
              <Table.Td>{formatLevel(a.average)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}

export function AssessmentsPage() {
  const assessments = useAssessments();
  const [starting, setStarting] = useState(false);
  const list = assessments.data ?? [];
  const startButton = (
    <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={() => setStarting(true)}>
      Start a self-assessment
    </Button>
  );
  return (
    <>
      <PageTitle
        title="Self-assessment"
        description="Rate yourself against a framework such as CMALT or the Jisc digital capabilities, see where you stand by area, and repeat it later to see what has changed."
        actions={list.length > 0 ? startButton : undefined}
      />
      {assessments.isPending ? (
        <Skeleton height={160} aria-label="Loading your self-assessments" />
      ) : assessments.isError ? (
        <FormAlert error={assessments.error} title="Your self-assessments could not be loaded" />
      ) : list.length === 0 ? (
        <Card withBorder padding="lg" component="section" aria-labelledby="assess-empty">
          <Stack gap="sm" align="flex-start">
            <Title order={2} fz="lg" id="assess-empty">
              No self-assessments yet
            </Title>
            <Text size="sm">
              A self-assessment takes ten minutes or so: choose a framework, give each item the
              level that fits your practice today, and link CPD entries that show it. The result
              feeds your gap analysis and recommendations.
            </Text>
            {startButton}
          </Stack>
        </Card>
      ) : (
        <List assessments={list} />
      )}
      <StartAssessmentModal
        opened={starting}
        onClose={() => setStarting(false)}
        assessments={list}
      />
    </>
  );
}
