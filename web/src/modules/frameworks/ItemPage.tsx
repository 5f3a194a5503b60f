import { Anchor, Badge, Box, Card, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import { Link, useParams } from 'react-router';
import type { TFrameworkItem, TItemDetail, TItemMapping } from '../../../../contracts';
import { PageTitle } from '../../app/components/PageTitle';
import { CodeAndName } from './CodeAndName';
import { BackToFrameworks, LoadProblem } from './FrameworkPage';
import { useFrameworkItem } from './frameworksApi';
import { StatementText } from './StatementText';
import { itemLabel, relationshipLabel } from './words';
import './frameworks.css';

function ItemLink({ item }: { item: TFrameworkItem }) {
  return (
    <Link to={`/frameworks/items/${item.id}`} className="fw-tree-link">
      <CodeAndName item={item} />
    </Link>
  );
}

/** Frameworks › the framework › each ancestor: where the item sits. */
function Breadcrumb({ detail }: { detail: TItemDetail }) {
  const crumbs = [
    { to: '/frameworks', label: 'Frameworks' },
    { to: `/frameworks/${detail.item.framework.id}`, label: detail.item.framework.title },
    ...detail.path.map((item) => ({ to: `/frameworks/items/${item.id}`, label: itemLabel(item) })),
  ];
  return (
    <Box component="nav" aria-label="Breadcrumb" mb="xs">
      <Group
        component="ol"
        gap={6}
        m={0}
        p={0}
        wrap="wrap"
        style={{ listStyle: 'none', rowGap: 2 }}
      >
        {crumbs.map((crumb, index) => (
          <Text
            component="li"
            key={crumb.to}
            size="sm"
            style={{ overflowWrap: 'anywhere', minWidth: 0 }}
          >
            {index > 0 ? (
              <Text span c="dimmed" inherit aria-hidden="true" mr={6}>
                ›
              </Text>
            ) : null}
            <Anchor component={Link} to={crumb.to} inherit>
              {crumb.label}
            </Anchor>
          </Text>
        ))}
      </Group>
    </Box>
  );
}

function Mapping({ mapping }: { mapping: TItemMapping }) {
  return (
    <Card component="li" withBorder padding="sm">
      <Stack gap={6}>
        <Group gap="xs" wrap="wrap" align="baseline">
          <Badge variant="light" color="indigo" radius="sm">
            {relationshipLabel(mapping)}
          </Badge>
          <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere', minWidth: 0, flex: 1 }}>
            {mapping.item.framework.title}
            {mapping.item.framework.version ? ` (${mapping.item.framework.version})` : ''}
          </Text>
        </Group>
        <div>
          <ItemLink item={mapping.item} />
        </div>
        {mapping.rationale ? (
          <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
            <Text span fw={600} inherit>
              Why:{' '}
            </Text>
            {mapping.rationale}
          </Text>
        ) : null}
      </Stack>
    </Card>
  );
}

function LoadingItem() {
  return (
    <>
      <BackToFrameworks />
      <PageTitle title="Loading the item…" documentTitle="Framework item" />
      <Stack gap="xs" aria-busy="true" aria-label="Loading the item">
        <Skeleton height={20} width="70%" />
        <Skeleton height={60} />
        <Skeleton height={36} />
      </Stack>
    </>
  );
}

export function ItemPage() {
  const { id = '' } = useParams();
  const query = useFrameworkItem(id);

  if (query.isPending) return <LoadingItem />;
  if (query.isError) return <LoadProblem error={query.error} what="item" />;

  const detail = query.data;
  const { item } = detail;
  const label = itemLabel(item);
  return (
    <>
      <Breadcrumb detail={detail} />
      <PageTitle title={label} documentTitle={`${label} · ${item.framework.title}`} />
      <Stack gap="lg">
        <Stack gap="sm">
          {item.type ? (
            <Group gap="xs">
              <Text size="sm" c="dimmed">
                Type:
              </Text>
              <Badge variant="light" color="gray" radius="sm">
                {item.type}
              </Badge>
            </Group>
          ) : null}
          <StatementText text={item.statement} size="lg" />
          {detail.notes ? (
            <Box>
              <Title order={2} fz="md" mb={4}>
                Notes
              </Title>
              <StatementText text={detail.notes} size="sm" />
            </Box>
          ) : null}
        </Stack>

        {detail.children.length > 0 ? (
          <Card
            withBorder
            padding="lg"
            p={{ base: 'md', sm: 'lg' }}
            component="section"
            aria-labelledby="children-heading"
          >
            <Title order={2} fz="lg" mb="sm" id="children-heading">
              Items under this one
            </Title>
            <Stack component="ul" gap={8} m={0} p={0} style={{ listStyle: 'none' }}>
              {detail.children.map((child) => (
                <li key={child.id}>
                  <ItemLink item={child} />
                  {child.title?.trim() ? (
                    <p className="fw-tree-statement">{child.statement}</p>
                  ) : null}
                </li>
              ))}
            </Stack>
          </Card>
        ) : null}

        <Card
          withBorder
          padding="lg"
          p={{ base: 'md', sm: 'lg' }}
          component="section"
          aria-labelledby="mappings-heading"
        >
          <Title order={2} fz="lg" mb={4} id="mappings-heading">
            Maps to other frameworks
          </Title>
          <Text size="sm" c="dimmed" mb="sm">
            Where evidence for this item also speaks to an item of another framework, and why.
          </Text>
          {detail.mappings.length === 0 ? (
            <Text>No mappings to other frameworks yet.</Text>
          ) : (
            <Stack
              component="ul"
              gap="sm"
              m={0}
              p={0}
              style={{ listStyle: 'none' }}
              aria-label="Mappings"
            >
              {detail.mappings.map((mapping) => (
                <Mapping
                  key={`${mapping.direction}:${mapping.type}:${mapping.item.id}`}
                  mapping={mapping}
                />
              ))}
            </Stack>
          )}
        </Card>
      </Stack>
    </>
  );
}
