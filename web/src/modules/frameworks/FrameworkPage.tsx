import {
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  List,
  Skeleton,
  Stack,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { IconArrowLeft, IconDownload, IconExternalLink } from '@tabler/icons-react';
import { Link, useParams } from 'react-router';
import type { TFrameworkSummary } from '../../../../contracts';
import { isApiError } from '../../app/api';
import { FormAlert } from '../../app/components/FormAlert';
import { PageTitle } from '../../app/components/PageTitle';
import { pluralise } from '../../app/format';
import { FrameworkBadges, NewerVersion, publisherLine } from './FrameworkBadges';
import { useCanEditFrameworks } from './editing/common';
import { DraftItemsEditor } from './editing/DraftItemsEditor';
import { EditingPanel } from './editing/EditingPanel';
import { DraftRowActions } from './editing/RowActions';
import { FrameworkTree } from './FrameworkTree';
import { useFramework } from './frameworksApi';
import { StatementText } from './StatementText';

/**
 * The page for a failed load: "not found" for a link that leads nowhere (a mistyped or
 * removed framework or item, or one of another institution), the server's message otherwise.
 */
export function LoadProblem({ error, what }: { error: unknown; what: 'framework' | 'item' }) {
  const missing = isApiError(error) && (error.status === 404 || error.status === 400);
  return (
    <>
      <BackToFrameworks />
      <PageTitle
        title={missing ? `No ${what} here` : `The ${what} could not be loaded`}
        documentTitle={missing ? 'Not found' : undefined}
      />
      {missing ? (
        <Stack gap="md" align="flex-start">
          <Text>
            There is no {what === 'item' ? 'framework item' : 'framework'} at this address that you
            can see. The link may be mistyped, or what it pointed to may have been removed.
          </Text>
          <Button component={Link} to="/frameworks">
            See all frameworks
          </Button>
        </Stack>
      ) : (
        <FormAlert error={error} title={`The ${what} could not be loaded`} />
      )}
    </>
  );
}

export function BackToFrameworks() {
  return (
    <Anchor component={Link} to="/frameworks" size="sm" mb="xs" display="inline-block">
      <Group gap={4} wrap="nowrap" component="span">
        <IconArrowLeft size={16} aria-hidden />
        All frameworks
      </Group>
    </Anchor>
  );
}

function About({ framework }: { framework: TFrameworkSummary }) {
  return (
    <Stack gap="sm">
      {framework.builtin ? (
        <Badge variant="light" color="gray" radius="sm">
          Built into Cairn
        </Badge>
      ) : (
        <FrameworkBadges framework={framework} />
      )}
      <NewerVersion framework={framework} />
      {framework.description ? <StatementText text={framework.description} /> : null}
      <Group gap="sm" wrap="wrap">
        <Button
          component="a"
          href={`/api/frameworks/${framework.id}/case`}
          download
          variant="light"
          leftSection={<IconDownload size={18} aria-hidden />}
        >
          Download as CASE (JSON)
        </Button>
        {framework.sourceUrl ? (
          <Anchor href={framework.sourceUrl} target="_blank" rel="noreferrer">
            <Group gap={4} wrap="nowrap" component="span">
              Official source
              <IconExternalLink size={16} aria-hidden />
              <VisuallyHidden>(opens the publisher’s page in a new tab)</VisuallyHidden>
            </Group>
          </Anchor>
        ) : null}
      </Group>
      {framework.levels.length > 0 ? (
        <Stack gap={4} component="section" aria-labelledby="levels-heading">
          <Title order={2} fz="lg" id="levels-heading">
            Levels
          </Title>
          <List spacing={4}>
            {framework.levels.map((level) => (
              <List.Item key={level.code}>
                <Text span fw={600}>
                  {level.title}
                </Text>
                {level.description ? `: ${level.description}` : null}
              </List.Item>
            ))}
          </List>
        </Stack>
      ) : null}
    </Stack>
  );
}

export function FrameworkPage() {
  const { id = '' } = useParams();
  const tree = useFramework(id);
  const canEdit = useCanEditFrameworks();

  if (tree.isPending) {
    return (
      <>
        <BackToFrameworks />
        <PageTitle title="Loading the framework…" documentTitle="Framework" />
        <Stack gap="xs" aria-busy="true" aria-label="Loading the framework">
          <Skeleton height={20} width="60%" />
          <Skeleton height={36} />
          <Skeleton height={36} />
          <Skeleton height={36} />
        </Stack>
      </>
    );
  }
  if (tree.isError) return <LoadProblem error={tree.error} what="framework" />;

  const { framework, items } = tree.data;
  const editable = canEdit && !framework.builtin && framework.status === 'draft';
  const page = (
    <Stack gap="lg">
      <About framework={framework} />
      <EditingPanel framework={framework} />
      <Card
        withBorder
        padding="lg"
        p={{ base: 'sm', sm: 'lg' }}
        component="section"
        aria-labelledby="items-heading"
      >
        <Group justify="space-between" mb="sm" gap="xs">
          <Title order={2} fz="lg" id="items-heading">
            Items
          </Title>
          <Text size="sm" c="dimmed">
            {pluralise(framework.itemCount, 'item')}
          </Text>
        </Group>
        <FrameworkTree
          // A different framework starts with its own open items and an empty filter.
          key={framework.id}
          items={items}
          itemCount={framework.itemCount}
          label={`Items of ${framework.title}`}
          rowActions={editable ? DraftRowActions : undefined}
        />
      </Card>
    </Stack>
  );
  return (
    <>
      <BackToFrameworks />
      <PageTitle title={framework.title} description={publisherLine(framework)} />
      {editable ? <DraftItemsEditor framework={framework}>{page}</DraftItemsEditor> : page}
    </>
  );
}
