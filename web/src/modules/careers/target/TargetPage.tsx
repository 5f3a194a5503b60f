import { Card, Grid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { FormAlert } from '../../../app/components/FormAlert';
import { PageTitle } from '../../../app/components/PageTitle';
import { hasAnyRole, useCurrentMe } from '../../../app/session';
import { TEAM_ROLES } from '../../team/access';
import { useCareerProfile, useGap, useRoleProfiles, useTarget } from '../careersApi';
import '../careers.css';
import { GapAnalysis } from './GapAnalysis';
import { RoleProfilesManager } from './RoleProfiles';
import { RoleProfileFacts, TargetChooser, targetName } from './TargetChooser';

export function TargetPage() {
  const me = useCurrentMe();
  const target = useTarget();
  const roleProfiles = useRoleProfiles();
  const profile = useCareerProfile();
  const gap = useGap(Boolean(target.data?.target));
  const manages = hasAnyRole(me, TEAM_ROLES);
  const loading = target.isPending || roleProfiles.isPending || profile.isPending;
  const error = target.error ?? roleProfiles.error ?? profile.error;
  return (
    <>
      <PageTitle
        title="Target and gaps"
        description="Choose the role you are aiming for, and see which framework items you already meet, which are below the level it needs, and what evidence you have."
      />
      {loading ? (
        <Skeleton height={260} aria-label="Loading your target" />
      ) : error ? (
        <FormAlert error={error} title="Your target could not be loaded" />
      ) : target.data && roleProfiles.data ? (
        <Grid gap="lg">
          <Grid.Col span={{ base: 12, md: 5 }}>
            <Stack gap="md" className="careers-aside">
              <Card withBorder padding="md" component="section" aria-labelledby="target-now">
                <Stack gap={4}>
                  <Title order={2} fz="lg" id="target-now">
                    Your target
                  </Title>
                  <Text fw={600} data-testid="target-name">
                    {targetName(target.data)}
                  </Text>
                  {target.data.roleProfile ? (
                    <RoleProfileFacts profile={target.data.roleProfile} />
                  ) : (
                    <Text size="sm" c="dimmed">
                      Choose one below to see your gaps.
                    </Text>
                  )}
                </Stack>
              </Card>
              <TargetChooser
                key={JSON.stringify(target.data.target)}
                view={target.data}
                roleProfiles={roleProfiles.data}
                classification={profile.data?.classification?.effective ?? null}
              />
            </Stack>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 7 }}>
            <Stack gap="md">
              {!target.data.target ? (
                <Card withBorder padding="md" component="section" aria-labelledby="gap-empty">
                  <Title order={2} fz="lg" id="gap-empty">
                    Gap analysis
                  </Title>
                  <Text size="sm" mt={4}>
                    Once you choose a target, this shows each framework item it asks for, your level
                    from your latest self-assessment, the CPD evidence you have, and what is
                    missing.
                  </Text>
                </Card>
              ) : gap.isPending ? (
                <Skeleton height={300} aria-label="Loading your gap analysis" />
              ) : gap.isError ? (
                <FormAlert error={gap.error} title="Your gap analysis could not be loaded" />
              ) : gap.data?.analysis ? (
                <GapAnalysis analysis={gap.data.analysis} />
              ) : null}
              {manages ? <RoleProfilesManager roleProfiles={roleProfiles.data} /> : null}
            </Stack>
          </Grid.Col>
        </Grid>
      ) : null}
    </>
  );
}
