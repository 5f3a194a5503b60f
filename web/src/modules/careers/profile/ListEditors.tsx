import {
  ActionIcon,
  Badge,
  Button,
  Card,
  Group,
  NativeSelect,
  NumberInput,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import {
  QUALIFICATION_LEVELS,
  type TCareerProfile,
  type TQualificationLevel,
} from '../../../../../contracts';
import { formatDate } from '../../../app/format';
import type { RowErrors } from './rowErrors';

let nextUid = 0;
/** A key for a row of a list being edited (rows have no id of their own). */
export function uid(): string {
  nextUid += 1;
  return `row-${nextUid}`;
}

export interface QualificationDraft {
  uid: string;
  name: string;
  awardedBy: string;
  level: TQualificationLevel | '';
  year: number | '';
  subject: string;
}
export interface CertificationDraft {
  uid: string;
  name: string;
  issuer: string;
  awardedOn: string;
  expiresOn: string;
  /** As the server last reported it; none for rows not saved yet. */
  status?: TCareerProfile['certifications'][number]['status'];
}
export type MembershipKind = 'network' | 'membership' | 'conference';
export interface MembershipDraft {
  uid: string;
  name: string;
  kind: MembershipKind;
  since: number | '';
}

const LEVEL_LABELS: Record<TQualificationLevel, string> = {
  certificate: 'Certificate',
  diploma: 'Diploma',
  bachelor: 'Bachelor’s degree',
  master: 'Master’s degree',
  doctorate: 'Doctorate',
  other: 'Other',
};
const KIND_LABELS: Record<MembershipKind, string> = {
  network: 'Network',
  membership: 'Membership',
  conference: 'Conference',
};

function ListSection({
  id,
  title,
  help,
  empty,
  count,
  addLabel,
  onAdd,
  children,
}: {
  id: string;
  title: string;
  help: string;
  empty: string;
  count: number;
  addLabel: string;
  onAdd: () => void;
  children: ReactNode;
}) {
  return (
    <Stack gap="xs" component="section" aria-labelledby={id}>
      <Title order={3} fz="md" id={id}>
        {title}
      </Title>
      <Text size="sm" c="dimmed">
        {help}
      </Text>
      {count === 0 ? (
        <Text size="sm" fs="italic">
          {empty}
        </Text>
      ) : (
        <Stack gap="xs">{children}</Stack>
      )}
      <Group>
        <Button
          variant="default"
          size="xs"
          leftSection={<IconPlus size={16} aria-hidden />}
          onClick={onAdd}
        >
          {addLabel}
        </Button>
      </Group>
    </Stack>
  );
}

function Row({
  label,
  onRemove,
  children,
  badge,
}: {
  label: string;
  onRemove: () => void;
  children: ReactNode;
  badge?: ReactNode;
}) {
  return (
    <Card withBorder padding="sm" role="group" aria-label={label}>
      <Group justify="space-between" align="center" mb={6} gap="xs">
        <Group gap="xs">
          <Text size="sm" fw={600}>
            {label}
          </Text>
          {badge}
        </Group>
        <ActionIcon
          variant="subtle"
          color="red"
          onClick={onRemove}
          aria-label={`Remove ${label.toLowerCase()}`}
        >
          <IconTrash size={18} aria-hidden />
        </ActionIcon>
      </Group>
      {children}
    </Card>
  );
}

function update<T>(list: T[], index: number, patch: Partial<T>): T[] {
  return list.map((row, i) => (i === index ? { ...row, ...patch } : row));
}

const yearValue = (v: string | number): number | '' =>
  typeof v === 'number' ? v : v === '' ? '' : Number(v);

export function QualificationsEditor({
  value,
  onChange,
  errors,
}: {
  value: QualificationDraft[];
  onChange: (next: QualificationDraft[]) => void;
  errors: RowErrors;
}) {
  return (
    <ListSection
      id="career-qualifications"
      title="Qualifications"
      help="Degrees, diplomas and certificates. A master’s in educational technology, for example, changes what Cairn recommends."
      empty="No qualifications yet."
      count={value.length}
      addLabel="Add a qualification"
      onAdd={() =>
        onChange([
          ...value,
          { uid: uid(), name: '', awardedBy: '', level: '', year: '', subject: '' },
        ])
      }
    >
      {value.map((q, i) => {
        const e = errors[i] ?? {};
        const label = q.name.trim() ? q.name : `Qualification ${i + 1}`;
        return (
          <Row key={q.uid} label={label} onRemove={() => onChange(value.filter((_, j) => j !== i))}>
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
              <TextInput
                label="Name"
                required
                value={q.name}
                error={e.name}
                onChange={(ev) => onChange(update(value, i, { name: ev.currentTarget.value }))}
              />
              <NativeSelect
                label="Level"
                data={[
                  { value: '', label: 'Not given' },
                  ...QUALIFICATION_LEVELS.map((l) => ({ value: l, label: LEVEL_LABELS[l] })),
                ]}
                value={q.level}
                error={e.level}
                onChange={(ev) =>
                  onChange(
                    update(value, i, {
                      level: ev.currentTarget.value as TQualificationLevel | '',
                    }),
                  )
                }
              />
              <TextInput
                label="Subject"
                value={q.subject}
                error={e.subject}
                onChange={(ev) => onChange(update(value, i, { subject: ev.currentTarget.value }))}
              />
              <TextInput
                label="Awarded by"
                value={q.awardedBy}
                error={e.awardedBy}
                onChange={(ev) => onChange(update(value, i, { awardedBy: ev.currentTarget.value }))}
              />
              <NumberInput
                label="Year"
                min={1950}
                max={2100}
                allowDecimal={false}
                value={q.year}
                error={e.year}
                onChange={(v) => onChange(update(value, i, { year: yearValue(v) }))}
              />
            </SimpleGrid>
          </Row>
        );
      })}
    </ListSection>
  );
}

const STATUS_BADGES = {
  valid: { color: 'cairn', text: 'Valid' },
  expiring: { color: 'amber', text: 'Expiring soon' },
  expired: { color: 'red', text: 'Expired' },
  'no-expiry': { color: 'gray', text: 'Does not expire' },
} as const;

export function CertificationStatus({ draft }: { draft: CertificationDraft }) {
  if (!draft.status) return null;
  const badge = STATUS_BADGES[draft.status];
  const when =
    draft.expiresOn && (draft.status === 'expiring' || draft.status === 'expired')
      ? ` (${draft.status === 'expired' ? 'on' : 'by'} ${formatDate(draft.expiresOn)})`
      : '';
  return (
    <Badge
      color={badge.color}
      variant={draft.status === 'expired' ? 'filled' : 'light'}
      radius="sm"
    >
      {badge.text}
      {when}
    </Badge>
  );
}

export function CertificationsEditor({
  value,
  onChange,
  errors,
}: {
  value: CertificationDraft[];
  onChange: (next: CertificationDraft[]) => void;
  errors: RowErrors;
}) {
  return (
    <ListSection
      id="career-certifications"
      title="Certifications"
      help="CMALT, ISTE Certification, Google Certified Trainer, an Advance HE fellowship… With an expiry date, Cairn tells you when one is about to lapse."
      empty="No certifications yet."
      count={value.length}
      addLabel="Add a certification"
      onAdd={() =>
        onChange([...value, { uid: uid(), name: '', issuer: '', awardedOn: '', expiresOn: '' }])
      }
    >
      {value.map((c, i) => {
        const e = errors[i] ?? {};
        const label = c.name.trim() ? c.name : `Certification ${i + 1}`;
        return (
          <Row
            key={c.uid}
            label={label}
            badge={<CertificationStatus draft={c} />}
            onRemove={() => onChange(value.filter((_, j) => j !== i))}
          >
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
              <TextInput
                label="Name"
                required
                value={c.name}
                error={e.name}
                onChange={(ev) => onChange(update(value, i, { name: ev.currentTarget.value }))}
              />
              <TextInput
                label="Issuer"
                value={c.issuer}
                error={e.issuer}
                onChange={(ev) => onChange(update(value, i, { issuer: ev.currentTarget.value }))}
              />
              <TextInput
                type="date"
                label="Awarded on"
                value={c.awardedOn}
                error={e.awardedOn}
                onChange={(ev) => onChange(update(value, i, { awardedOn: ev.currentTarget.value }))}
              />
              <TextInput
                type="date"
                label="Expires on"
                description="Leave empty if it does not expire."
                value={c.expiresOn}
                error={e.expiresOn}
                onChange={(ev) =>
                  onChange(
                    update(value, i, { expiresOn: ev.currentTarget.value, status: undefined }),
                  )
                }
              />
            </SimpleGrid>
          </Row>
        );
      })}
    </ListSection>
  );
}

export function MembershipsEditor({
  value,
  onChange,
  errors,
}: {
  value: MembershipDraft[];
  onChange: (next: MembershipDraft[]) => void;
  errors: RowErrors;
}) {
  return (
    <ListSection
      id="career-memberships"
      title="Networks and memberships"
      help="ALT, WCET, ASCILITE, CNIE, ISTE, OLC and others you belong to, or conferences you attend."
      empty="No networks or memberships yet."
      count={value.length}
      addLabel="Add a network or membership"
      onAdd={() => onChange([...value, { uid: uid(), name: '', kind: 'membership', since: '' }])}
    >
      {value.map((m, i) => {
        const e = errors[i] ?? {};
        const label = m.name.trim() ? m.name : `Network or membership ${i + 1}`;
        return (
          <Row key={m.uid} label={label} onRemove={() => onChange(value.filter((_, j) => j !== i))}>
            <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="xs">
              <TextInput
                label="Name"
                required
                value={m.name}
                error={e.name}
                onChange={(ev) => onChange(update(value, i, { name: ev.currentTarget.value }))}
              />
              <NativeSelect
                label="Kind"
                data={(Object.keys(KIND_LABELS) as MembershipKind[]).map((k) => ({
                  value: k,
                  label: KIND_LABELS[k],
                }))}
                value={m.kind}
                error={e.kind}
                onChange={(ev) =>
                  onChange(update(value, i, { kind: ev.currentTarget.value as MembershipKind }))
                }
              />
              <NumberInput
                label="Since (year)"
                min={1950}
                max={2100}
                allowDecimal={false}
                value={m.since}
                error={e.since}
                onChange={(v) => onChange(update(value, i, { since: yearValue(v) }))}
              />
            </SimpleGrid>
          </Row>
        );
      })}
    </ListSection>
  );
}
