import { Anchor, Group, Skeleton, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { FormAlert } from '../../../app/components/FormAlert';
import { PageTitle } from '../../../app/components/PageTitle';
import { RecommendationsPanel } from './RecommendationsPanel';
import { useRecommendations } from './recommendationsApi';

export { RecommendationsPanel } from './RecommendationsPanel';

/** /careers/recommendations: what to do next, and why, from the career profile and target. */
export function RecommendationsPage() {
  const query = useRecommendations();
  const data = query.data;
  return (
    <>
      <PageTitle
        title="Recommendations"
        description="Certifications, qualifications, networks, conferences, CPD activities and next roles chosen for you, each with the reasons it was chosen and its sources."
      />
      {query.isPending ? (
        <Stack gap="md" aria-busy="true" aria-label="Loading recommendations">
          <Skeleton height={24} width="60%" />
          <Skeleton height={180} />
          <Skeleton height={180} />
        </Stack>
      ) : query.isError ? (
        <FormAlert error={query.error} title="The recommendations could not be loaded" />
      ) : (
        <Stack gap="lg">
          {data && data.basis.length > 0 ? (
            <Text size="sm" c="dimmed" component="div" className="rec-basis">
              <strong>Based on:</strong> {data.basis.join(' · ')}.{' '}
              <Group gap="sm" component="span" display="inline-flex">
                <Anchor component={Link} to="/careers" size="sm">
                  Change your profile
                </Anchor>
                <Anchor component={Link} to="/careers/target" size="sm">
                  Set a target
                </Anchor>
                <Anchor component={Link} to="/careers/plan" size="sm">
                  Your plan
                </Anchor>
              </Group>
            </Text>
          ) : null}
          <RecommendationsPanel recommendations={data?.recommendations ?? []} />
        </Stack>
      )}
    </>
  );
}
