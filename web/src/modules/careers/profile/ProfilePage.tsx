import {
  Alert,
  Button,
  Card,
  Chip,
  Divider,
  Grid,
  Group,
  NativeSelect,
  NumberInput,
  Skeleton,
  Stack,
  Switch,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCompass, IconDeviceFloppy } from '@tabler/icons-react';
import '../careers.css';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import {
  BACKGROUND_LABELS,
  BACKGROUNDS,
  SECTOR_LABELS,
  SECTORS,
  type TBackground,
  type TCareerProfile,
  type TSector,
  TITLE_MAX_LENGTH,
} from '../../../../../contracts';
import { FormAlert } from '../../../app/components/FormAlert';
import { PageTitle } from '../../../app/components/PageTitle';
import { useFormState } from '../../../app/forms';
import {
  careerWrites,
  type TProfileChanges,
  useCareerProfile,
  useRefreshCareers,
} from '../careersApi';
import { ClassificationCard } from './ClassificationCard';
import {
  type CertificationDraft,
  CertificationsEditor,
  type MembershipDraft,
  MembershipsEditor,
  type QualificationDraft,
  QualificationsEditor,
  uid,
} from './ListEditors';
import { rowErrors } from './rowErrors';

interface Values {
  jobTitle: string;
  employer: string;
  sector: TSector | '';
  country: string;
  backgrounds: TBackground[];
  backgroundNote: string;
  yearsInField: number | '';
  qualifications: QualificationDraft[];
  certifications: CertificationDraft[];
  memberships: MembershipDraft[];
  shareWithManagers: boolean;
}

const LABELS: Record<keyof Values, string> = {
  jobTitle: 'Job title',
  employer: 'Employer',
  sector: 'Sector',
  country: 'Country',
  backgrounds: 'Backgrounds',
  backgroundNote: 'About your route in',
  yearsInField: 'Years in the field',
  qualifications: 'Qualifications',
  certifications: 'Certifications',
  memberships: 'Networks and memberships',
  shareWithManagers: 'Share with managers',
};

function toValues(p: TCareerProfile): Values {
  return {
    jobTitle: p.jobTitle ?? '',
    employer: p.employer ?? '',
    sector: p.sector ?? '',
    country: p.country ?? '',
    backgrounds: p.backgrounds,
    backgroundNote: p.backgroundNote ?? '',
    yearsInField: p.yearsInField ?? '',
    qualifications: p.qualifications.map((q) => ({
      uid: uid(),
      name: q.name,
      awardedBy: q.awardedBy ?? '',
      level: q.level ?? '',
      year: q.year ?? '',
      subject: q.subject ?? '',
    })),
    certifications: p.certifications.map((c) => ({
      uid: uid(),
      name: c.name,
      issuer: c.issuer ?? '',
      awardedOn: c.awardedOn ?? '',
      expiresOn: c.expiresOn ?? '',
      status: c.status,
    })),
    memberships: p.memberships.map((m) => ({
      uid: uid(),
      name: m.name,
      kind: m.kind,
      since: m.since ?? '',
    })),
    shareWithManagers: p.shareWithManagers,
  };
}

const orNull = (s: string) => (s.trim() ? s.trim() : null);
const numOrNull = (n: number | '') => (n === '' ? null : n);

/** Everything of the form as one change; catalogue keys the server set are kept by name. */
function toBody(v: Values, saved: TCareerProfile): TProfileChanges {
  const certKey = new Map(saved.certifications.map((c) => [c.name, c.catalogueKey ?? null]));
  const memberKey = new Map(saved.memberships.map((m) => [m.name, m.catalogueKey ?? null]));
  return {
    jobTitle: orNull(v.jobTitle),
    employer: orNull(v.employer),
    sector: v.sector || null,
    country: orNull(v.country.toUpperCase()),
    backgrounds: v.backgrounds,
    backgroundNote: orNull(v.backgroundNote),
    yearsInField: numOrNull(v.yearsInField),
    qualifications: v.qualifications.map((q) => ({
      name: q.name.trim(),
      awardedBy: orNull(q.awardedBy),
      level: q.level || null,
      year: numOrNull(q.year),
      subject: orNull(q.subject),
    })),
    certifications: v.certifications.map((c) => ({
      name: c.name.trim(),
      issuer: orNull(c.issuer),
      awardedOn: c.awardedOn || null,
      expiresOn: c.expiresOn || null,
      catalogueKey: certKey.get(c.name.trim()) ?? null,
    })),
    memberships: v.memberships.map((m) => ({
      name: m.name.trim(),
      kind: m.kind,
      since: numOrNull(m.since),
      catalogueKey: memberKey.get(m.name.trim()) ?? null,
    })),
    shareWithManagers: v.shareWithManagers,
  };
}

const SECTOR_OPTIONS = [
  { value: '', label: 'Not given' },
  ...SECTORS.map((s) => ({ value: s, label: SECTOR_LABELS[s] })),
];

function ProfileForm({ profile }: { profile: TCareerProfile }) {
  const refresh = useRefreshCareers();
  const form = useFormState<Values>(toValues(profile), LABELS);
  const [dirty, setDirty] = useState(false);
  const set = <K extends keyof Values>(k: K, v: Values[K]) => {
    form.setValue(k, v);
    setDirty(true);
  };
  const save = useMutation({
    mutationFn: () => careerWrites.updateProfile(toBody(form.values, profile)),
    onSuccess: (saved) => {
      form.reset(toValues(saved));
      setDirty(false);
      void refresh();
      const c = saved.classification?.effective;
      notifications.show({
        color: 'cairn',
        title: 'Career profile saved',
        message: c ? 'Your job title is classified beside the form.' : '',
      });
    },
    onError: form.showServerErrors,
  });
  const v = form.values;
  const e = form.errors;
  return (
    <form
      noValidate
      aria-label="Career profile"
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate();
      }}
    >
      <Stack gap="lg">
        <Card withBorder padding="md" component="section" aria-labelledby="career-role">
          <Stack gap="sm">
            <Title order={2} fz="lg" id="career-role">
              Your role
            </Title>
            <TextInput
              label="Job title"
              description="As it appears on your contract or staff page."
              maxLength={TITLE_MAX_LENGTH}
              value={v.jobTitle}
              error={e.jobTitle}
              onChange={(ev) => set('jobTitle', ev.currentTarget.value)}
            />
            <TextInput
              label="Employer"
              value={v.employer}
              error={e.employer}
              onChange={(ev) => set('employer', ev.currentTarget.value)}
            />
            <Group grow align="flex-start" wrap="wrap" gap="sm">
              <NativeSelect
                label="Sector"
                data={SECTOR_OPTIONS}
                value={v.sector}
                error={e.sector}
                onChange={(ev) => set('sector', ev.currentTarget.value as TSector | '')}
                style={{ minWidth: '12rem' }}
              />
              <TextInput
                label="Country"
                description="Two letters, like GB, US, CA or AU."
                maxLength={2}
                value={v.country}
                error={e.country}
                onChange={(ev) => set('country', ev.currentTarget.value.toUpperCase())}
                style={{ minWidth: '10rem' }}
              />
            </Group>
            <NumberInput
              label="Years in the field"
              min={0}
              max={60}
              decimalScale={1}
              value={v.yearsInField}
              error={e.yearsInField}
              onChange={(n) =>
                set('yearsInField', typeof n === 'number' ? n : n === '' ? '' : Number(n))
              }
              maw="14rem"
            />
          </Stack>
        </Card>

        <Card withBorder padding="md" component="section" aria-labelledby="career-background">
          <Stack gap="sm">
            <Title order={2} fz="lg" id="career-background">
              How you came into the field
            </Title>
            <Text size="sm" c="dimmed" id="career-backgrounds-help">
              Few people start out as learning technologists: most arrive from teaching, IT, media
              or design. Choose every route that applies.
            </Text>
            <Chip.Group
              multiple
              value={v.backgrounds}
              onChange={(next) => set('backgrounds', next as TBackground[])}
            >
              <Group
                gap="xs"
                role="group"
                aria-labelledby="career-background"
                aria-describedby="career-backgrounds-help"
              >
                {BACKGROUNDS.map((b) => (
                  <Chip key={b} value={b} variant="outline">
                    {BACKGROUND_LABELS[b]}
                  </Chip>
                ))}
              </Group>
            </Chip.Group>
            {e.backgrounds ? (
              <Text size="sm" c="red.8">
                {e.backgrounds}
              </Text>
            ) : null}
            <Textarea
              label="About your route in (optional)"
              autosize
              minRows={2}
              maxLength={2000}
              value={v.backgroundNote}
              error={e.backgroundNote}
              onChange={(ev) => set('backgroundNote', ev.currentTarget.value)}
            />
          </Stack>
        </Card>

        <Card withBorder padding="md" component="section" aria-labelledby="career-credentials">
          <Stack gap="lg">
            <Title order={2} fz="lg" id="career-credentials">
              Qualifications, certifications and networks
            </Title>
            <QualificationsEditor
              value={v.qualifications}
              onChange={(next) => set('qualifications', next)}
              errors={rowErrors(save.error, 'qualifications')}
            />
            <Divider />
            <CertificationsEditor
              value={v.certifications}
              onChange={(next) => set('certifications', next)}
              errors={rowErrors(save.error, 'certifications')}
            />
            <Divider />
            <MembershipsEditor
              value={v.memberships}
              onChange={(next) => set('memberships', next)}
              errors={rowErrors(save.error, 'memberships')}
            />
          </Stack>
        </Card>

        <Card withBorder padding="md" component="section" aria-labelledby="career-sharing">
          <Stack gap="xs">
            <Title order={2} fz="lg" id="career-sharing">
              Sharing
            </Title>
            <Switch
              label="Share my career profile with my institution’s managers"
              description="They then see your title, its classification, your self-assessment results, your target and how your plan is going. Nothing else, and only while this is on."
              checked={v.shareWithManagers}
              onChange={(ev) => set('shareWithManagers', ev.currentTarget.checked)}
            />
          </Stack>
        </Card>

        <FormAlert
          error={save.error}
          title="The profile was not saved"
          knownFields={[
            'jobTitle',
            'employer',
            'sector',
            'country',
            'backgrounds',
            'backgroundNote',
            'yearsInField',
            'qualifications',
            'certifications',
            'memberships',
          ]}
        />
        <Group gap="sm" className="careers-sticky-actions">
          <Button
            type="submit"
            loading={save.isPending}
            leftSection={<IconDeviceFloppy size={18} aria-hidden />}
          >
            Save profile
          </Button>
          {dirty ? (
            <Text size="sm" c="dimmed">
              Unsaved changes
            </Text>
          ) : null}
        </Group>
      </Stack>
    </form>
  );
}

export function CareerProfilePage() {
  const profile = useCareerProfile();
  const data = profile.data;
  return (
    <>
      <PageTitle
        title="Career profile"
        description="Where you are now: your role, how you came into the field, and what you hold. Cairn uses it for your gap analysis and recommendations."
      />
      {profile.isPending ? (
        <Stack gap="md" aria-busy="true" aria-label="Loading your career profile">
          <Skeleton height={220} />
          <Skeleton height={160} />
        </Stack>
      ) : profile.isError ? (
        <FormAlert error={profile.error} title="Your career profile could not be loaded" />
      ) : data ? (
        <Stack gap="lg">
          {data.updatedAt === null ? (
            <Alert
              color="cairn"
              variant="light"
              icon={<IconCompass aria-hidden />}
              title="Start your career profile"
            >
              Begin with your job title: Cairn classifies it and shows why. Everything else is
              optional and can be added later. Your profile is private unless you share it with your
              managers.
            </Alert>
          ) : null}
          <Grid gap="lg">
            <Grid.Col span={{ base: 12, md: 7 }} order={{ base: 2, md: 1 }}>
              <ProfileForm profile={data} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 5 }} order={{ base: 1, md: 2 }}>
              <div className="careers-aside">
                <ClassificationCard profile={data} />
              </div>
            </Grid.Col>
          </Grid>
        </Stack>
      ) : null}
    </>
  );
}
