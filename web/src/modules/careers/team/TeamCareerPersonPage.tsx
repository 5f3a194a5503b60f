import {
  Anchor,
  Badge,
  Card,
  Grid,
  Group,
  List,
  Skeleton,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { Link, useParams } from 'react-router';
import {
  BACKGROUND_LABELS,
  SECTOR_LABELS,
  TITLE_GROUP_LABELS,
  type TAssessmentSummary,
} from '../../../../../contracts';
import { FormAlert } from '../../../app/components/FormAlert';
import { PageTitle } from '../../../app/components/PageTitle';
import { TableScroll } from '../../../app/components/TableScroll';
import { formatDate } from '../../../app/format';
import { AssessmentChart } from '../assessments/AssessmentChart';
import { StatusBadge } from '../assessments/AssessmentsPage';
import { CertificationStatus } from '../profile/ListEditors';
import { useTeamCareer } from '../careersApi';
import { formatLevel, roleName, STAGE_LABELS } from '../words';
import { latestAssessment, PlanProgress } from './TeamCareersPage';

function Assessments({ list }: { list: TAssessmentSummary[] }) {
  if (list.length === 0) return <Text size="sm">No self-assessments yet.</Text>;
  return (
    <TableScroll label="Self-assessments" minWidth={480}>
      <Table striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Framework</Table.Th>
            <Table.Th>Started</Table.Th>
            <Table.Th>Status</Table.Th>
            <Table.Th>Mean level</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {list.map((a) => (
            <Table.Tr key={a.id}>
              <Table.Td>{a.frameworkTitle}</Table.Td>
              <Table.Td>{formatDate(a.createdAt)}</Table.Td>
              <Table.Td>
                <StatusBadge status={a.status} />
              </Table.Td>
              <Table.Td>{formatLevel(a.average)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}

export function TeamCareerPersonPage() {
  const { userId = '' } = useParams();
  const detail = useTeamCareer(userId);
  const back = (
    <Anchor component={Link} to="/team/careers" size="sm" mb="xs" display="inline-flex">
      <Group gap={4} component="span">
        <IconArrowLeft size={16} aria-hidden /> Team careers
      </Group>
    </Anchor>
  );
  if (detail.isPending) return <Skeleton height={300} aria-label="Loading the career profile" />;
  if (detail.isError) {
    return (
      <>
        {back}
        <PageTitle title="Career profile" />
        <FormAlert error={detail.error} title="This career profile could not be loaded" />
      </>
    );
  }
  const { summary, profile } = detail.data;
  const latest = latestAssessment(summary);
  const c = profile.classification;
  return (
    <>
      {back}
      <PageTitle
        title={summary.name}
        documentTitle={`${summary.name}: career profile`}
        description={
          [profile.jobTitle, profile.employer].filter(Boolean).join(', ') || 'No job title given'
        }
      />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 6 }}>
          <Stack gap="md">
            <Card withBorder padding="md" component="section" aria-labelledby="tc-role">
              <Stack gap={6}>
                <Title order={2} fz="lg" id="tc-role">
                  Role
                </Title>
                {c ? (
                  <>
                    <Group gap="xs">
                      <Badge radius="sm" variant="light">
                        {roleName(c.effective)}
                      </Badge>
                      <Badge radius="sm" variant="outline">
                        {STAGE_LABELS[c.effective.stage]} stage
                      </Badge>
                      {c.corrected ? (
                        <Badge radius="sm" color="amber" variant="light">
                          Corrected by them
                        </Badge>
                      ) : null}
                    </Group>
                    {c.groups.length > 0 ? (
                      <Text size="sm" c="dimmed">
                        Survey groups: {c.groups.map((g) => TITLE_GROUP_LABELS[g]).join('; ')}
                      </Text>
                    ) : null}
                  </>
                ) : (
                  <Text size="sm">Not classified: no job title given.</Text>
                )}
                <Text size="sm">
                  {[
                    profile.sector ? SECTOR_LABELS[profile.sector] : null,
                    profile.country,
                    profile.yearsInField !== null
                      ? `${profile.yearsInField} years in the field`
                      : null,
                  ]
                    .filter(Boolean)
                    .join(' · ') || 'No sector or experience given.'}
                </Text>
                {profile.backgrounds.length > 0 ? (
                  <Text size="sm">
                    Came in through:{' '}
                    {profile.backgrounds.map((b) => BACKGROUND_LABELS[b]).join(', ')}
                  </Text>
                ) : null}
              </Stack>
            </Card>
            <Card withBorder padding="md" component="section" aria-labelledby="tc-target">
              <Title order={2} fz="lg" id="tc-target">
                Target and plan
              </Title>
              <Text size="sm" mt={4}>
                Target: <strong>{summary.target ?? 'none chosen'}</strong>
              </Text>
              <Text size="sm" mt={4}>
                Plan: <PlanProgress p={summary} /> ({summary.planGoals.open} open)
              </Text>
            </Card>
            <Card withBorder padding="md" component="section" aria-labelledby="tc-creds">
              <Title order={2} fz="lg" id="tc-creds" mb={4}>
                Qualifications, certifications and networks
              </Title>
              {profile.qualifications.length +
                profile.certifications.length +
                profile.memberships.length ===
              0 ? (
                <Text size="sm">None given.</Text>
              ) : (
                <List size="sm" spacing={4}>
                  {profile.qualifications.map((q) => (
                    <List.Item key={`q-${q.name}-${q.year ?? ''}`}>
                      {q.name}
                      {q.year ? ` (${q.year})` : ''}
                    </List.Item>
                  ))}
                  {profile.certifications.map((cert) => (
                    <List.Item key={`c-${cert.name}-${cert.awardedOn ?? ''}`}>
                      {cert.name}{' '}
                      <CertificationStatus
                        draft={{
                          uid: cert.name,
                          name: cert.name,
                          issuer: '',
                          awardedOn: '',
                          expiresOn: cert.expiresOn ?? '',
                          status: cert.status,
                        }}
                      />
                    </List.Item>
                  ))}
                  {profile.memberships.map((m) => (
                    <List.Item key={`m-${m.name}`}>{m.name}</List.Item>
                  ))}
                </List>
              )}
            </Card>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 6 }}>
          <Stack gap="md">
            {latest ? (
              <Card withBorder padding="md">
                <AssessmentChart
                  summary={latest}
                  scale={[]}
                  who="they"
                  title={`Latest self-assessment: ${latest.frameworkTitle}`}
                />
              </Card>
            ) : null}
            <Card withBorder padding="md" component="section" aria-labelledby="tc-assess">
              <Title order={2} fz="lg" id="tc-assess" mb="xs">
                Self-assessments
              </Title>
              <Assessments list={summary.assessments} />
            </Card>
          </Stack>
        </Grid.Col>
      </Grid>
    </>
  );
}
