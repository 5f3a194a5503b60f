import {
  Button,
  Card,
  Group,
  Modal,
  NativeSelect,
  Skeleton,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPlus } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import {
  DEFAULT_ASSESSMENT_SCALE,
  type TFrameworkSummary,
  type TRoleFamily,
  type TRoleProfile,
  type TScaleLevel,
  type TSeniority,
} from '../../../../../contracts';
import { isApiError } from '../../../app/api';
import { ConfirmModal } from '../../../app/components/ConfirmModal';
import { ModalForm } from '../../../app/components/ModalForm';
import { useFormState } from '../../../app/forms';
import { useFrameworks } from '../../frameworks/frameworksApi';
import { itemLabel, ratingAreas } from '../assessments/areas';
import { careerWrites, useFrameworkTree, useRefreshCareers } from '../careersApi';
import { FAMILY_OPTIONS, SENIORITY_OPTIONS } from '../words';
import { RoleProfileFacts } from './TargetChooser';

/** The levels a requirement is given in: the framework's own (after "Not yet"), or the default scale. */
function scaleOf(framework: TFrameworkSummary | undefined): TScaleLevel[] {
  if (!framework || framework.levels.length === 0)
    return DEFAULT_ASSESSMENT_SCALE.map((l) => ({ ...l }));
  return [
    { value: 0, label: 'Not yet', description: null },
    ...framework.levels.map((l, i) => ({
      value: i + 1,
      label: l.title,
      description: l.description,
    })),
  ];
}

interface Values {
  name: string;
  description: string;
  family: TRoleFamily | '';
  seniority: TSeniority | '';
  scope: string;
  frameworkId: string;
  requirements: Record<string, number>;
}
const LABELS: Record<keyof Values, string> = {
  name: 'Name',
  description: 'Description',
  family: 'Role family',
  seniority: 'Seniority',
  scope: 'Scope',
  frameworkId: 'Framework',
  requirements: 'Required items',
};

function Requirements({
  frameworkId,
  scale,
  value,
  onChange,
  error,
}: {
  frameworkId: string;
  scale: TScaleLevel[];
  value: Record<string, number>;
  onChange: (next: Record<string, number>) => void;
  error: string | undefined;
}) {
  const tree = useFrameworkTree(frameworkId || undefined);
  if (!frameworkId)
    return (
      <Text size="sm" c="dimmed">
        Choose a framework to pick its items.
      </Text>
    );
  if (tree.isPending) return <Skeleton height={120} />;
  if (tree.isError)
    return (
      <Text size="sm" c="red.8">
        The framework’s items could not be loaded.
      </Text>
    );
  const options = [
    { value: '', label: 'Not required' },
    ...scale
      .filter((l) => l.value > 0)
      .map((l) => ({ value: String(l.value), label: `${l.value} · ${l.label}` })),
  ];
  const count = Object.keys(value).length;
  return (
    <Stack gap="xs" role="group" aria-labelledby="rp-requirements">
      <Text size="sm" fw={600} id="rp-requirements">
        Required items and levels ({count} chosen)
      </Text>
      {error ? (
        <Text size="sm" c="red.8" role="alert">
          {error}
        </Text>
      ) : null}
      <Stack gap="sm" mah={360} style={{ overflowY: 'auto' }} p={2}>
        {ratingAreas(tree.data.items).map(({ area, items }) => (
          <Stack key={area.id} gap={4}>
            <Text size="sm" fw={600}>
              {itemLabel(area)}
            </Text>
            {items.map((item) => (
              <NativeSelect
                key={item.id}
                size="xs"
                label={itemLabel(item)}
                data={options}
                value={value[item.id] === undefined ? '' : String(value[item.id])}
                onChange={(e) => {
                  const next = { ...value };
                  const v = e.currentTarget.value;
                  if (v === '') delete next[item.id];
                  else next[item.id] = Number(v);
                  onChange(next);
                }}
              />
            ))}
          </Stack>
        ))}
      </Stack>
    </Stack>
  );
}

function RoleProfileForm({
  profile,
  onDone,
}: {
  profile: TRoleProfile | null;
  onDone: () => void;
}) {
  const refresh = useRefreshCareers();
  const frameworks = useFrameworks();
  const form = useFormState<Values>(
    {
      name: profile?.name ?? '',
      description: profile?.description ?? '',
      family: profile?.family ?? '',
      seniority: profile?.seniority ?? '',
      scope: profile?.scope ?? '',
      frameworkId: profile?.frameworkId ?? '',
      requirements: Object.fromEntries(
        (profile?.requirements ?? []).map((r) => [r.itemId, r.level]),
      ),
    },
    LABELS,
  );
  const v = form.values;
  const framework = frameworks.data?.find((f) => f.id === v.frameworkId);
  const save = useMutation({
    mutationFn: () => {
      const body = {
        name: v.name.trim(),
        description: v.description.trim(),
        family: v.family || null,
        seniority: v.seniority || null,
        scope: v.scope.trim() || null,
        frameworkId: v.frameworkId,
        requirements: Object.entries(v.requirements).map(([itemId, level]) => ({ itemId, level })),
      };
      return profile
        ? careerWrites.updateRoleProfile(profile.id, body)
        : careerWrites.createRoleProfile(body);
    },
    onSuccess: (saved) => {
      void refresh();
      notifications.show({
        color: 'cairn',
        title: profile ? 'Role profile saved' : 'Role profile created',
        message: saved.name,
      });
      onDone();
    },
    onError: form.showServerErrors,
  });
  return (
    <ModalForm
      onSubmit={() => {
        const errors: Partial<Record<keyof Values, string>> = {};
        if (!v.name.trim()) errors.name = 'Name is required';
        if (!v.frameworkId) errors.frameworkId = 'Choose the framework the role is described in';
        else if (Object.keys(v.requirements).length === 0)
          errors.requirements = 'Give at least one item a required level';
        if (Object.keys(errors).length > 0) {
          form.setErrors(errors);
          return;
        }
        save.mutate();
      }}
      error={save.error}
      errorTitle="The role profile was not saved"
      knownFields={Object.keys(LABELS)}
      submitLabel={profile ? 'Save' : 'Create role profile'}
      pending={save.isPending}
      onCancel={onDone}
    >
      <TextInput
        label="Name"
        required
        value={v.name}
        error={form.errors.name}
        maxLength={160}
        onChange={(e) => form.setValue('name', e.currentTarget.value)}
      />
      <Textarea
        label="Description"
        autosize
        minRows={2}
        maxLength={5000}
        value={v.description}
        error={form.errors.description}
        onChange={(e) => form.setValue('description', e.currentTarget.value)}
      />
      <TextInput
        label="Scope (optional)"
        description="For example “district-wide” or “one school building”."
        value={v.scope}
        maxLength={160}
        error={form.errors.scope}
        onChange={(e) => form.setValue('scope', e.currentTarget.value)}
      />
      <Group grow gap="sm" align="flex-start" wrap="wrap">
        <NativeSelect
          label="Role family (optional)"
          data={[{ value: '', label: 'None' }, ...FAMILY_OPTIONS]}
          value={v.family}
          error={form.errors.family}
          onChange={(e) => form.setValue('family', e.currentTarget.value as TRoleFamily | '')}
          style={{ minWidth: '11rem' }}
        />
        <NativeSelect
          label="Seniority (optional)"
          data={[{ value: '', label: 'None' }, ...SENIORITY_OPTIONS]}
          value={v.seniority}
          error={form.errors.seniority}
          onChange={(e) => form.setValue('seniority', e.currentTarget.value as TSeniority | '')}
          style={{ minWidth: '11rem' }}
        />
      </Group>
      <NativeSelect
        label="Framework"
        required
        data={[
          { value: '', label: frameworks.isPending ? 'Loading frameworks…' : 'Choose a framework' },
          ...(frameworks.data ?? [])
            .filter((f) => f.status === 'published')
            .map((f) => ({ value: f.id, label: f.title })),
        ]}
        value={v.frameworkId}
        error={form.errors.frameworkId}
        onChange={(e) => {
          form.setValue('frameworkId', e.currentTarget.value);
          form.setValue('requirements', {});
        }}
      />
      <Requirements
        frameworkId={v.frameworkId}
        scale={scaleOf(framework)}
        value={v.requirements}
        onChange={(next) => form.setValue('requirements', next)}
        error={form.errors.requirements}
      />
    </ModalForm>
  );
}

/** The institution's own role profiles, for managers and administrators to keep. */
export function RoleProfilesManager({ roleProfiles }: { roleProfiles: TRoleProfile[] }) {
  const refresh = useRefreshCareers();
  const [editing, setEditing] = useState<TRoleProfile | 'new' | null>(null);
  const [deleting, setDeleting] = useState<TRoleProfile | null>(null);
  const remove = useMutation({
    mutationFn: (id: string) => careerWrites.removeRoleProfile(id),
    onSuccess: () => {
      void refresh();
      notifications.show({
        color: 'cairn',
        title: 'Role profile deleted',
        message: deleting?.name ?? '',
      });
      setDeleting(null);
    },
  });
  const own = roleProfiles.filter((p) => !p.builtin);
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="rp-title">
      <Stack gap="sm">
        <Group justify="space-between" align="baseline" gap="xs">
          <Title order={2} fz="lg" id="rp-title">
            Your institution’s role profiles
          </Title>
          <Button
            size="sm"
            leftSection={<IconPlus size={16} aria-hidden />}
            onClick={() => setEditing('new')}
          >
            New role profile
          </Button>
        </Group>
        <Text size="sm" c="dimmed">
          Describe the roles of your institution as framework items and the level each needs, for
          example an educational technologist with district-wide scope beside an instructional
          technology specialist who serves one building. Your members can then choose them as
          targets. As a manager or administrator you see this section; others only choose.
        </Text>
        {own.length === 0 ? (
          <Text size="sm" fs="italic">
            None yet. The built-in profiles (one per role family and seniority) are always there.
          </Text>
        ) : (
          <Stack
            component="ul"
            gap="xs"
            m={0}
            p={0}
            style={{ listStyle: 'none' }}
            aria-label="Your institution’s role profiles"
          >
            {own.map((p) => (
              <Card component="li" key={p.id} withBorder padding="sm">
                <Group justify="space-between" align="flex-start" gap="xs">
                  <Stack gap={2} style={{ flex: '1 1 16rem', minWidth: 0 }}>
                    <Text fw={600} size="sm">
                      {p.name}
                    </Text>
                    <RoleProfileFacts profile={p} />
                  </Stack>
                  <Group gap="xs">
                    <Button
                      size="xs"
                      variant="default"
                      onClick={() => setEditing(p)}
                      aria-label={`Edit ${p.name}`}
                    >
                      Edit
                    </Button>
                    <Button
                      size="xs"
                      variant="default"
                      color="red"
                      onClick={() => setDeleting(p)}
                      aria-label={`Delete ${p.name}`}
                    >
                      Delete
                    </Button>
                  </Group>
                </Group>
              </Card>
            ))}
          </Stack>
        )}
      </Stack>
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={editing === 'new' ? 'New role profile' : 'Edit role profile'}
        size="lg"
        centered
      >
        {editing !== null ? (
          <RoleProfileForm
            profile={editing === 'new' ? null : editing}
            onDone={() => setEditing(null)}
          />
        ) : null}
      </Modal>
      <ConfirmModal
        opened={deleting !== null}
        title={`Delete “${deleting?.name ?? ''}”?`}
        confirmLabel="Delete"
        danger
        loading={remove.isPending}
        error={remove.error}
        onConfirm={() => deleting && remove.mutate(deleting.id)}
        onClose={() => {
          setDeleting(null);
          remove.reset();
        }}
      >
        <Text size="sm">
          {isApiError(remove.error) && remove.error.status === 409
            ? 'It cannot be deleted now.'
            : 'Members who chose it as their target will need to choose another.'}
        </Text>
      </ConfirmModal>
    </Card>
  );
}
