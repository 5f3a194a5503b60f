import { Button, Card, NativeSelect, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import {
  ROLE_FAMILY_LABELS,
  SENIORITY_LABELS,
  type TCareerTarget,
  type TClassificationSummary,
  type TRoleFamily,
  type TRoleProfile,
  type TSeniority,
} from '../../../../../contracts';
import { FormAlert } from '../../../app/components/FormAlert';
import { careerWrites, type TTargetView, useRefreshCareers } from '../careersApi';
import { FAMILY_OPTIONS, SENIORITY_OPTIONS } from '../words';

type Mode = TCareerTarget['kind'];

/** The target in words: "Learning technologist, leadership" or a role profile's name. */
export function targetName(view: TTargetView): string {
  if (!view.target) return 'No target yet';
  if (view.roleProfile) return view.roleProfile.name;
  if (view.target.kind === 'role') {
    return `${ROLE_FAMILY_LABELS[view.target.family]}, ${SENIORITY_LABELS[view.target.seniority].toLowerCase()}`;
  }
  return 'A role profile';
}

const NEXT: Record<TSeniority, TSeniority> = {
  entry: 'practitioner',
  practitioner: 'senior',
  senior: 'leadership',
  leadership: 'leadership',
};

export function RoleProfileFacts({ profile }: { profile: TRoleProfile }) {
  return (
    <Stack gap={2}>
      {profile.description ? <Text size="sm">{profile.description}</Text> : null}
      <Text size="xs" c="dimmed">
        {[
          profile.scope ? `Scope: ${profile.scope}` : null,
          `Framework: ${profile.frameworkTitle}`,
          `${profile.requirements.length} required ${profile.requirements.length === 1 ? 'item' : 'items'}`,
          profile.builtin ? 'Built in' : 'Your institution’s',
        ]
          .filter(Boolean)
          .join(' · ')}
      </Text>
    </Stack>
  );
}

export function TargetChooser({
  view,
  roleProfiles,
  classification,
}: {
  view: TTargetView;
  roleProfiles: TRoleProfile[];
  classification: TClassificationSummary | null;
}) {
  const refresh = useRefreshCareers();
  const t = view.target;
  const [mode, setMode] = useState<Mode>(t?.kind ?? 'role');
  const [family, setFamily] = useState<TRoleFamily>(
    t?.kind === 'role' ? t.family : (classification?.family ?? 'learning-technologist'),
  );
  const [seniority, setSeniority] = useState<TSeniority>(
    t?.kind === 'role' ? t.seniority : classification ? NEXT[classification.seniority] : 'senior',
  );
  const [profileId, setProfileId] = useState<string>(
    t?.kind === 'role-profile' ? t.roleProfileId : '',
  );
  const [problem, setProblem] = useState<string | undefined>();
  const save = useMutation({
    mutationFn: (target: TCareerTarget | null) => careerWrites.setTarget(target),
    onSuccess: (saved) => {
      void refresh();
      notifications.show({
        color: 'cairn',
        title: saved.target ? 'Target set' : 'Target cleared',
        message: saved.target ? targetName(saved) : '',
      });
    },
  });
  const own = roleProfiles.filter((p) => !p.builtin);
  const builtin = roleProfiles.filter((p) => p.builtin);
  const chosen = roleProfiles.find((p) => p.id === profileId);
  const submit = () => {
    if (mode === 'role') save.mutate({ kind: 'role', family, seniority });
    else if (!profileId) setProblem('Choose a role profile.');
    else save.mutate({ kind: 'role-profile', roleProfileId: profileId });
  };
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="target-choose">
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <Stack gap="sm">
          <Title order={2} fz="lg" id="target-choose">
            {t ? 'Change your target' : 'Choose a target'}
          </Title>
          <Text size="sm">
            Where do you want to go next? A role family and seniority uses Cairn’s profile of that
            role; your institution may also define its own role profiles.
          </Text>
          <SegmentedControl
            aria-label="Kind of target"
            value={mode}
            onChange={(v) => {
              setMode(v as Mode);
              setProblem(undefined);
            }}
            data={[
              { value: 'role', label: 'A role' },
              { value: 'role-profile', label: 'A role profile' },
            ]}
          />
          {mode === 'role' ? (
            <>
              <NativeSelect
                label="Role family"
                data={FAMILY_OPTIONS}
                value={family}
                onChange={(e) => setFamily(e.currentTarget.value as TRoleFamily)}
              />
              <NativeSelect
                label="Seniority"
                data={SENIORITY_OPTIONS}
                value={seniority}
                onChange={(e) => setSeniority(e.currentTarget.value as TSeniority)}
              />
            </>
          ) : (
            <>
              <NativeSelect
                label="Role profile"
                error={problem}
                data={[
                  { value: '', label: 'Choose a role profile' },
                  ...(own.length > 0
                    ? [
                        {
                          group: 'Your institution’s',
                          items: own.map((p) => ({ value: p.id, label: p.name })),
                        },
                      ]
                    : []),
                  {
                    group: 'Built in',
                    items: builtin.map((p) => ({ value: p.id, label: p.name })),
                  },
                ]}
                value={profileId}
                onChange={(e) => {
                  setProfileId(e.currentTarget.value);
                  setProblem(undefined);
                }}
              />
              {chosen ? <RoleProfileFacts profile={chosen} /> : null}
            </>
          )}
          <FormAlert error={save.error} title="The target was not saved" />
          <div>
            <Button type="submit" loading={save.isPending && save.variables !== null}>
              Set target
            </Button>
            {t ? (
              <Button
                variant="subtle"
                ml="sm"
                onClick={() => save.mutate(null)}
                loading={save.isPending && save.variables === null}
              >
                Clear target
              </Button>
            ) : null}
          </div>
        </Stack>
      </form>
    </Card>
  );
}
