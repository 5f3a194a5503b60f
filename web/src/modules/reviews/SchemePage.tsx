import {
  Alert,
  Anchor,
  Badge,
  Box,
  Button,
  Card,
  Group,
  Loader,
  Modal,
  NumberInput,
  Select,
  Stack,
  Switch,
  Table,
  Tabs,
  Text,
  TextInput,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { IconKey } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import {
  SUBMISSION_KIND_LABELS,
  SUBMISSION_STATES,
  type TScheme,
  type TSchemeAssessor,
  type TSubmission,
} from '../../../../contracts';
import { isApiError } from '../../app/api';
import { ConfirmModal } from '../../app/components/ConfirmModal';
import { FormAlert } from '../../app/components/FormAlert';
import { PageTitle } from '../../app/components/PageTitle';
import { Breakable, Field, StackedItem, StackedList } from '../../app/components/StackedList';
import { TableScroll } from '../../app/components/TableScroll';
import { formatDate, pluralise } from '../../app/format';
import { useIsPhone } from '../../app/media';
import { OverdueBadge, StateBadge } from './parts';
import {
  reviewWrites,
  useRefreshReviews,
  useScheme,
  useSchemeAssessors,
  useSchemeCoordinators,
  useSchemeDashboard,
} from './reviewsApi';
import { SchemeForm, valuesOf } from './SchemeForm';
import { days, leadProgress, STATE_COLORS, stateLabel } from './words';
import './reviews.css';

// ---- Dashboard ------------------------------------------------------------------------------

function StateChart({ counts }: { counts: Record<string, number> }) {
  const rows = SUBMISSION_STATES.map((state) => ({ state, n: counts[state] ?? 0 }));
  const max = Math.max(1, ...rows.map((r) => r.n));
  const total = rows.reduce((t, r) => t + r.n, 0);
  return (
    <Box component="figure" m={0}>
      <Title order={2} fz="lg" mb={4}>
        Submissions by state
      </Title>
      <Text component="figcaption" size="sm" c="dimmed" mb="sm">
        {total === 0
          ? 'No submissions yet.'
          : `${pluralise(total, 'submission')}; ${counts['awaiting-assignment'] ?? 0} waiting for assessors.`}
      </Text>
      <ul className="rv-bars" aria-label="Submissions by state">
        {rows.map((r) => (
          <li key={r.state}>
            <div className="rv-bar-label">
              <span>{stateLabel(r.state)}</span>
              <span>{r.n}</span>
            </div>
            <div className="rv-bar-track" aria-hidden="true">
              <div
                className="rv-bar-fill"
                style={{
                  width: `${r.n > 0 ? Math.max(3, (r.n / max) * 100) : 0}%`,
                  background: `var(--mantine-color-${STATE_COLORS[r.state].replace('.', '-')})`,
                }}
              />
            </div>
          </li>
        ))}
      </ul>
    </Box>
  );
}

const ASSIGNABLE = ['awaiting-assignment', 'in-assessment'];

/** Why an assessor cannot take a role on this submission, or null. */
function refusal(a: TSchemeAssessor, s: TSubmission, role: 'lead' | 'second'): string | null {
  if (!a.active) return 'not active';
  if (a.userId === s.candidate.userId) return 'the candidate';
  if (s.conflicts?.userIds.includes(a.userId)) return 'named as a conflict by the candidate';
  if (
    s.conflicts?.sameInstitution &&
    a.institutionName !== null &&
    a.institutionName === s.candidate.institutionName
  )
    return 'from the candidate’s institution, which the candidate asked to avoid';
  if (role === 'lead' && !a.leadEligible) return leadProgress(a);
  return null;
}

function AssignModal({
  scheme,
  submission,
  onClose,
}: {
  scheme: TScheme;
  submission: TSubmission | null;
  onClose: () => void;
}) {
  const assessors = useSchemeAssessors(scheme.id, submission !== null);
  const refresh = useRefreshReviews();
  const [lead, setLead] = useState<string | null>(null);
  const [second, setSecond] = useState<string | null>(null);
  const assign = useMutation({
    mutationFn: () =>
      reviewWrites.assign(submission?.id ?? '', {
        leadUserId: lead ?? '',
        secondUserId: second ?? '',
      }),
    onSuccess: () => {
      void refresh();
      close();
    },
  });
  const close = () => {
    setLead(null);
    setSecond(null);
    assign.reset();
    onClose();
  };
  const list = assessors.data?.assessors ?? [];
  const options = (role: 'lead' | 'second') =>
    submission
      ? list
          .filter((a) => (role === 'second' ? a.userId !== lead : a.userId !== second))
          .map((a) => {
            const why = refusal(a, submission, role);
            return {
              value: a.userId,
              label: `${a.name}${a.institutionName ? ` (${a.institutionName})` : ''}${why ? `: ${why}` : ''}`,
              disabled: why !== null,
            };
          })
      : [];
  const notEligible = list.filter((a) => a.active && !a.leadEligible);

  return (
    <Modal opened={submission !== null} onClose={close} title="Assign assessors" size="lg">
      {submission ? (
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            assign.mutate();
          }}
        >
          <Stack gap="md">
            <Text size="sm">
              {submission.candidate.name}: {submission.portfolioTitle} (
              {SUBMISSION_KIND_LABELS[submission.kind]}). Each assessor has{' '}
              {days(scheme.assessorDaysToJudge)} to judge.
            </Text>
            {submission.conflicts &&
            (submission.conflicts.userIds.length > 0 || submission.conflicts.sameInstitution) ? (
              <Alert color="gray" variant="light" title="The candidate nominated conflicts">
                {submission.conflicts.userIds.length > 0
                  ? `${pluralise(submission.conflicts.userIds.length, 'person')} must not assess this. `
                  : ''}
                {submission.conflicts.sameInstitution
                  ? `No assessor from ${submission.candidate.institutionName ?? 'the candidate’s institution'}.`
                  : ''}
              </Alert>
            ) : null}
            {assessors.isPending ? <Loader size="sm" aria-label="Loading assessors" /> : null}
            <FormAlert error={assessors.error} title="The assessors did not load" />
            {assessors.data && list.length < 2 ? (
              <Alert color="amber" variant="light" title="Two assessors are needed">
                This scheme has {pluralise(list.length, 'assessor')}. Add assessors on the Assessors
                tab first.
              </Alert>
            ) : null}
            <Select
              label="Lead assessor"
              description="Only assessors with 3 completed second assessments can lead."
              placeholder="Choose the lead"
              data={options('lead')}
              value={lead}
              onChange={setLead}
              allowDeselect={false}
              required
              withAsterisk={false}
            />
            <Select
              label="Second assessor"
              placeholder="Choose the second assessor"
              data={options('second')}
              value={second}
              onChange={setSecond}
              allowDeselect={false}
              required
              withAsterisk={false}
            />
            {notEligible.length > 0 ? (
              <Text size="xs" c="dimmed">
                Not yet able to lead:{' '}
                {notEligible.map((a) => `${a.name} (${leadProgress(a)})`).join('; ')}.
              </Text>
            ) : null}
            <FormAlert error={assign.error} title="Not assigned" />
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={close} disabled={assign.isPending}>
                Cancel
              </Button>
              <Button type="submit" loading={assign.isPending} disabled={!lead || !second}>
                Assign
              </Button>
            </Group>
          </Stack>
        </form>
      ) : null}
    </Modal>
  );
}

function assessorNames(s: TSubmission): string {
  const lead = s.assessors.lead?.name;
  const second = s.assessors.second?.name;
  if (!lead && !second) return 'Not assigned';
  return [lead ? `Lead: ${lead}` : null, second ? `Second: ${second}` : null]
    .filter(Boolean)
    .join(' · ');
}

function Dashboard({ scheme }: { scheme: TScheme }) {
  const dash = useSchemeDashboard(scheme.id);
  const isPhone = useIsPhone();
  const [assigning, setAssigning] = useState<TSubmission | null>(null);
  const list = dash.data?.submissions ?? [];
  const action = (s: TSubmission) =>
    ASSIGNABLE.includes(s.state) ? (
      <Button
        size="xs"
        variant={s.state === 'awaiting-assignment' ? 'filled' : 'light'}
        onClick={() => setAssigning(s)}
        aria-label={`${s.state === 'awaiting-assignment' ? 'Assign' : 'Reassign'} assessors: ${s.candidate.name}`}
      >
        {s.state === 'awaiting-assignment' ? 'Assign' : 'Reassign'}
      </Button>
    ) : null;

  return (
    <Stack gap="lg">
      <FormAlert error={dash.error} title="The dashboard did not load" />
      {dash.isPending ? <Loader aria-label="Loading the dashboard" /> : null}
      {dash.data ? (
        <Card withBorder padding="lg">
          <StateChart counts={dash.data.counts} />
        </Card>
      ) : null}
      {dash.data ? (
        <Stack gap="sm" component="section" aria-labelledby="rv-dash-list">
          <Title order={2} fz="lg" id="rv-dash-list">
            Submissions
          </Title>
          <Text size="sm" c="dimmed" mt={-6}>
            Past the {scheme.turnaroundDays}-day turnaround target first, then the oldest.
          </Text>
          {list.length === 0 ? (
            <Text c="dimmed">
              No submissions yet. Candidates submit from Accreditation, My submissions.
            </Text>
          ) : isPhone ? (
            <StackedList label="Submissions">
              {list.map((s) => (
                <StackedItem key={s.id} actions={action(s)}>
                  <Field label="Candidate">
                    <Anchor component={Link} to={`/reviews/submissions/${s.id}`}>
                      {s.candidate.name}
                    </Anchor>
                  </Field>
                  <Field label="Portfolio">{s.portfolioTitle}</Field>
                  <Field label="State">
                    <Group gap={4}>
                      <StateBadge state={s.state} size="sm" />
                      {s.overdue ? <OverdueBadge /> : null}
                    </Group>
                  </Field>
                  <Field label="Age">{days(s.ageDays)}</Field>
                  <Field label="Due">{formatDate(s.dueOn)}</Field>
                  <Field label="Assessors">{assessorNames(s)}</Field>
                </StackedItem>
              ))}
            </StackedList>
          ) : (
            <TableScroll label="Submissions" minWidth={820}>
              <Table verticalSpacing="sm" highlightOnHover>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Candidate</Table.Th>
                    <Table.Th>State</Table.Th>
                    <Table.Th>Age</Table.Th>
                    <Table.Th>Decision due</Table.Th>
                    <Table.Th>Assessors</Table.Th>
                    <Table.Th>
                      <VisuallyHidden>Actions</VisuallyHidden>
                    </Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {list.map((s) => (
                    <Table.Tr key={s.id}>
                      <Table.Td>
                        <Anchor component={Link} to={`/reviews/submissions/${s.id}`} fw={600}>
                          {s.candidate.name}
                        </Anchor>
                        <Text size="xs" c="dimmed">
                          {s.portfolioTitle} · {SUBMISSION_KIND_LABELS[s.kind]}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <Group gap={4}>
                          <StateBadge state={s.state} size="sm" />
                          {s.overdue ? <OverdueBadge /> : null}
                        </Group>
                      </Table.Td>
                      <Table.Td>{days(s.ageDays)}</Table.Td>
                      <Table.Td>{formatDate(s.dueOn)}</Table.Td>
                      <Table.Td>
                        <Text size="sm">{assessorNames(s)}</Text>
                      </Table.Td>
                      <Table.Td>{action(s)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </TableScroll>
          )}
        </Stack>
      ) : null}
      <AssignModal scheme={scheme} submission={assigning} onClose={() => setAssigning(null)} />
    </Stack>
  );
}

// ---- Assessors ------------------------------------------------------------------------------

function EditAssessorModal({
  scheme,
  assessor,
  onClose,
}: {
  scheme: TScheme;
  assessor: TSchemeAssessor | null;
  onClose: () => void;
}) {
  const refresh = useRefreshReviews();
  const [prior, setPrior] = useState<number | string>(assessor?.priorSecondAssessments ?? 0);
  const [active, setActive] = useState(assessor?.active ?? true);
  const save = useMutation({
    mutationFn: () =>
      reviewWrites.updateAssessor(scheme.id, assessor?.userId ?? '', {
        priorSecondAssessments: Number(prior),
        active,
      }),
    onSuccess: () => {
      void refresh();
      onClose();
    },
  });
  return (
    <Modal opened={assessor !== null} onClose={onClose} title={`Assessor: ${assessor?.name ?? ''}`}>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          save.mutate();
        }}
      >
        <Stack gap="md">
          <NumberInput
            label="Second assessments done before Cairn"
            description="Counted towards the 3 that make an assessor eligible to lead."
            min={0}
            max={500}
            value={prior}
            onChange={setPrior}
          />
          <Switch
            label="Active"
            description="Inactive assessors keep their history but get no new assignments."
            checked={active}
            onChange={(e) => setActive(e.currentTarget.checked)}
          />
          <FormAlert error={save.error} title="Not saved" />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={save.isPending}>
              Save
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

function Assessors({ scheme }: { scheme: TScheme }) {
  const query = useSchemeAssessors(scheme.id);
  const refresh = useRefreshReviews();
  const isPhone = useIsPhone();
  const [email, setEmail] = useState('');
  const [prior, setPrior] = useState<number | string>(0);
  const [editing, setEditing] = useState<TSchemeAssessor | null>(null);
  const [removing, setRemoving] = useState<TSchemeAssessor | null>(null);
  const add = useMutation({
    mutationFn: () =>
      reviewWrites.addAssessor(scheme.id, { email, priorSecondAssessments: Number(prior) || 0 }),
    onSuccess: () => {
      setEmail('');
      setPrior(0);
      void refresh();
    },
  });
  const remove = useMutation({
    mutationFn: (userId: string) => reviewWrites.removeAssessor(scheme.id, userId),
    onSuccess: () => {
      setRemoving(null);
      void refresh();
    },
  });
  const list = query.data?.assessors ?? [];
  const fieldError = (name: string) =>
    isApiError(add.error) ? add.error.fields.find((f) => f.path === name)?.message : undefined;
  const counts = (a: TSchemeAssessor) =>
    `${a.completedAsSecond} as second, ${a.completedAsLead} as lead${a.priorSecondAssessments > 0 ? `, ${a.priorSecondAssessments} before Cairn` : ''}`;
  const buttons = (a: TSchemeAssessor) => (
    <>
      <Button size="xs" variant="light" onClick={() => setEditing(a)} aria-label={`Edit ${a.name}`}>
        Edit
      </Button>
      <Button
        size="xs"
        variant="light"
        color="red"
        onClick={() => {
          remove.reset();
          setRemoving(a);
        }}
        aria-label={`Remove ${a.name}`}
      >
        Remove
      </Button>
    </>
  );

  return (
    <Stack gap="lg">
      <Card withBorder padding="md" component="section" aria-labelledby="rv-add-assessor">
        <Title order={2} fz="md" id="rv-add-assessor" mb="xs">
          Add an assessor
        </Title>
        <Text size="sm" c="dimmed" mb="sm">
          Anyone with a Cairn account on this server, from any institution. They see only the
          portfolios assigned to them.
        </Text>
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            add.mutate();
          }}
        >
          <Group align="flex-start" gap="sm" wrap="wrap">
            <TextInput
              label="Email"
              type="email"
              value={email}
              onChange={(e) => setEmail(e.currentTarget.value)}
              error={fieldError('email')}
              style={{ flex: '1 1 16rem' }}
              required
              withAsterisk={false}
            />
            <NumberInput
              label="Second assessments before Cairn"
              min={0}
              max={500}
              value={prior}
              onChange={setPrior}
              error={fieldError('priorSecondAssessments')}
              w={240}
            />
            <Button type="submit" loading={add.isPending} mt={{ base: 0, sm: 25 }}>
              Add assessor
            </Button>
          </Group>
          <Box mt="sm">
            <FormAlert
              error={add.error}
              title="Not added"
              knownFields={['email', 'priorSecondAssessments']}
            />
          </Box>
        </form>
      </Card>
      <FormAlert error={query.error} title="The assessors did not load" />
      {query.isPending ? <Loader aria-label="Loading assessors" /> : null}
      {query.data && list.length === 0 ? (
        <Text c="dimmed">
          No assessors yet. Each submission needs two: add at least one who can lead (3 second
          assessments, done here or recorded as experience).
        </Text>
      ) : null}
      {list.length > 0 ? (
        <Stack gap="sm" component="section" aria-labelledby="rv-assessor-list">
          <Title order={2} fz="lg" id="rv-assessor-list">
            Assessors
          </Title>
          {isPhone ? (
            <StackedList label="Assessors">
              {list.map((a) => (
                <StackedItem key={a.userId} actions={buttons(a)}>
                  <Field label="Name">{a.name}</Field>
                  <Field label="Email">
                    <Breakable text={a.email} />
                  </Field>
                  <Field label="Institution">{a.institutionName ?? '—'}</Field>
                  <Field label="Completed">{counts(a)}</Field>
                  <Field label="Lead">{leadProgress(a)}</Field>
                  <Field label="Open">{a.activeAssignments}</Field>
                </StackedItem>
              ))}
            </StackedList>
          ) : (
            <TableScroll label="Assessors" minWidth={860}>
              <Table verticalSpacing="sm">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Assessor</Table.Th>
                    <Table.Th>Completed</Table.Th>
                    <Table.Th>Leading</Table.Th>
                    <Table.Th>Open</Table.Th>
                    <Table.Th>
                      <VisuallyHidden>Actions</VisuallyHidden>
                    </Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {list.map((a) => (
                    <Table.Tr key={a.userId}>
                      <Table.Td>
                        <Group gap={6}>
                          <Text fw={600} size="sm">
                            {a.name}
                          </Text>
                          {a.active ? null : (
                            <Badge size="xs" color="gray.7">
                              Inactive
                            </Badge>
                          )}
                        </Group>
                        <Text size="xs" c="dimmed">
                          {a.email}
                          {a.institutionName ? ` · ${a.institutionName}` : ''}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm">{counts(a)}</Text>
                      </Table.Td>
                      <Table.Td>
                        <Badge variant="light" color={a.leadEligible ? 'cairn' : 'gray'}>
                          {leadProgress(a)}
                        </Badge>
                      </Table.Td>
                      <Table.Td>{a.activeAssignments}</Table.Td>
                      <Table.Td>
                        <Group gap="xs" wrap="nowrap">
                          {buttons(a)}
                        </Group>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </TableScroll>
          )}
        </Stack>
      ) : null}
      <EditAssessorModal
        key={editing?.userId ?? 'none'}
        scheme={scheme}
        assessor={editing}
        onClose={() => setEditing(null)}
      />
      <ConfirmModal
        opened={removing !== null}
        title={`Remove ${removing?.name ?? ''}?`}
        confirmLabel="Remove assessor"
        danger
        loading={remove.isPending}
        error={remove.error}
        onConfirm={() => removing && remove.mutate(removing.userId)}
        onClose={() => setRemoving(null)}
      >
        <Text size="sm">
          They stop being an assessor of this scheme. Someone with open assignments cannot be
          removed until those are reassigned or judged.
        </Text>
      </ConfirmModal>
    </Stack>
  );
}

// ---- Coordinators ---------------------------------------------------------------------------

function Coordinators({ scheme }: { scheme: TScheme }) {
  const query = useSchemeCoordinators(scheme.id);
  const refresh = useRefreshReviews();
  const [email, setEmail] = useState('');
  const add = useMutation({
    mutationFn: () => reviewWrites.addCoordinator(scheme.id, email),
    onSuccess: () => {
      setEmail('');
      void refresh();
    },
  });
  const remove = useMutation({
    mutationFn: (userId: string) => reviewWrites.removeCoordinator(scheme.id, userId),
    onSuccess: () => void refresh(),
  });
  const list = query.data?.coordinators ?? [];
  return (
    <Stack gap="lg">
      <Text size="sm">
        Administrators and managers of {scheme.institutionName} coordinate every scheme it runs. Add
        others by email (for example a professional body’s officer).
      </Text>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          add.mutate();
        }}
      >
        <Group align="flex-end" gap="sm" wrap="wrap">
          <TextInput
            label="Email of a coordinator to add"
            type="email"
            value={email}
            onChange={(e) => setEmail(e.currentTarget.value)}
            style={{ flex: '1 1 16rem' }}
          />
          <Button type="submit" loading={add.isPending}>
            Add coordinator
          </Button>
        </Group>
        <Box mt="sm">
          <FormAlert error={add.error} title="Not added" />
        </Box>
      </form>
      <FormAlert error={query.error} title="The coordinators did not load" />
      <FormAlert error={remove.error} title="Not removed" />
      {query.isPending ? <Loader aria-label="Loading coordinators" /> : null}
      {list.length > 0 ? (
        <Stack
          component="ul"
          gap="xs"
          m={0}
          p={0}
          style={{ listStyle: 'none' }}
          aria-label="Coordinators"
        >
          {list.map((c) => (
            <Card component="li" key={c.userId} withBorder padding="sm">
              <Group justify="space-between" gap="sm" wrap="wrap">
                <Stack gap={0} style={{ minWidth: 0 }}>
                  <Text fw={600} size="sm">
                    {c.name}
                  </Text>
                  <Text size="xs" c="dimmed">
                    <Breakable text={c.email} /> ·{' '}
                    {c.source === 'role' ? 'administrator or manager' : 'added to this scheme'}
                  </Text>
                </Stack>
                {c.source === 'named' ? (
                  <Button
                    size="xs"
                    variant="light"
                    color="red"
                    loading={remove.isPending && remove.variables === c.userId}
                    onClick={() => remove.mutate(c.userId)}
                    aria-label={`Remove ${c.name} as coordinator`}
                  >
                    Remove
                  </Button>
                ) : null}
              </Group>
            </Card>
          ))}
        </Stack>
      ) : null}
    </Stack>
  );
}

// ---- Settings -------------------------------------------------------------------------------

function Settings({ scheme }: { scheme: TScheme }) {
  const refresh = useRefreshReviews();
  const [saved, setSaved] = useState(false);
  const save = useMutation({
    mutationFn: (body: Parameters<typeof reviewWrites.updateScheme>[1]) =>
      reviewWrites.updateScheme(scheme.id, body),
    onSuccess: () => {
      setSaved(true);
      void refresh();
    },
  });
  const archive = useMutation({
    mutationFn: () =>
      reviewWrites.updateScheme(scheme.id, {
        status: scheme.status === 'active' ? 'archived' : 'active',
      }),
    onSuccess: () => void refresh(),
  });
  return (
    <Stack gap="lg">
      {saved && !save.isPending && !save.error ? (
        <Alert color="cairn" variant="light" role="status">
          Settings saved.
        </Alert>
      ) : null}
      <SchemeForm
        key={scheme.updatedAt}
        initial={valuesOf(scheme)}
        submitLabel="Save settings"
        pending={save.isPending}
        error={save.error}
        onSubmit={(body) => {
          setSaved(false);
          save.mutate(body);
        }}
      />
      <Card withBorder padding="md">
        <Stack gap="xs" align="flex-start">
          <Title order={2} fz="md">
            {scheme.status === 'active' ? 'Archive the scheme' : 'Reopen the scheme'}
          </Title>
          <Text size="sm">
            {scheme.status === 'active'
              ? 'An archived scheme takes no new submissions; those under way carry on.'
              : 'Reopening lets candidates submit again.'}
          </Text>
          <Button variant="default" loading={archive.isPending} onClick={() => archive.mutate()}>
            {scheme.status === 'active' ? 'Archive' : 'Reopen'}
          </Button>
          <FormAlert error={archive.error} title="Not changed" />
        </Stack>
      </Card>
    </Stack>
  );
}

// ---- The page -------------------------------------------------------------------------------

const TABS = ['dashboard', 'assessors', 'coordinators', 'settings'] as const;

/** A scheme's coordination: dashboard, assessors, coordinators, settings, signing keys. */
export function SchemePage() {
  const { id = '' } = useParams();
  const query = useScheme(id);
  const [params, setParams] = useSearchParams();
  const tab = TABS.find((t) => t === params.get('tab')) ?? 'dashboard';
  const s = query.data;

  return (
    <>
      <PageTitle
        title={s ? s.name : 'Scheme'}
        description={
          s
            ? `${s.institutionName} · ${s.status === 'archived' ? 'archived' : s.openNow ? 'open for submissions' : 'closed for submissions today'} · decisions within ${s.turnaroundDays} days`
            : undefined
        }
        actions={
          s?.my.coordinator ? (
            <Button
              component={Link}
              to={`/credentials/keys/${s.id}`}
              variant="default"
              leftSection={<IconKey size={18} aria-hidden />}
            >
              Signing keys
            </Button>
          ) : undefined
        }
      />
      <FormAlert error={query.error} title="This scheme did not load" />
      {query.isPending ? <Loader aria-label="Loading the scheme" /> : null}
      {s && !s.my.coordinator ? (
        <Card withBorder padding="lg">
          <Stack gap="xs">
            <Text>{s.description || 'No description.'}</Text>
            <Text size="sm" c="dimmed">
              Accepts {s.acceptedTemplates.map((t) => t.title).join(', ')}. Only its coordinators
              see its dashboard.
            </Text>
            <Group>
              <Button component={Link} to="/reviews">
                Submit a portfolio
              </Button>
            </Group>
          </Stack>
        </Card>
      ) : null}
      {s?.my.coordinator ? (
        <Tabs
          value={tab}
          onChange={(t) => setParams(t && t !== 'dashboard' ? { tab: t } : {}, { replace: true })}
          keepMounted={false}
        >
          <Tabs.List mb="lg">
            <Tabs.Tab value="dashboard">Dashboard</Tabs.Tab>
            <Tabs.Tab value="assessors">Assessors</Tabs.Tab>
            <Tabs.Tab value="coordinators">Coordinators</Tabs.Tab>
            <Tabs.Tab value="settings">Settings</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="dashboard">
            <Dashboard scheme={s} />
          </Tabs.Panel>
          <Tabs.Panel value="assessors">
            <Assessors scheme={s} />
          </Tabs.Panel>
          <Tabs.Panel value="coordinators">
            <Coordinators scheme={s} />
          </Tabs.Panel>
          <Tabs.Panel value="settings">
            <Settings scheme={s} />
          </Tabs.Panel>
        </Tabs>
      ) : null}
    </>
  );
}
