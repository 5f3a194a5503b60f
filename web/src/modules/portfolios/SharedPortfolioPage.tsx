import {
  Alert,
  Anchor,
  Box,
  Card,
  Container,
  Group,
  Loader,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useParams } from 'react-router';
import { isApiError } from '../../app/api';
import { CairnLogo } from '../../app/components/CairnLogo';
import { useDocumentTitle } from '../../app/components/PageTitle';
import { formatDate } from '../../app/format';
import { CoverageMap } from './CoverageMap';
import { useSharedPortfolio } from './portfoliosApi';
import { SectionReadOnly } from './SectionEditor';
import { sectionName } from './words';
import './portfolios.css';

function linkProblem(error: unknown): { title: string; text: string } {
  if (isApiError(error) && (error.status === 404 || error.status === 410)) {
    return { title: 'This link does not open a portfolio', text: error.message };
  }
  return {
    title: 'The portfolio could not be opened',
    text: 'Cairn could not load it just now. Try again in a moment.',
  };
}

/** The read-only page behind a secret link: the portfolio and nothing else of anyone’s. */
export function SharedPortfolioPage() {
  const { token = '' } = useParams();
  const query = useSharedPortfolio(token);
  const p = query.data;
  useDocumentTitle(p ? p.title : 'Shared portfolio');

  return (
    <Box mih="100vh" bg="gray.0">
      <Container size={900} py={{ base: 'md', sm: 'xl' }} px="md">
        <Stack gap="lg">
          <Group component="header" justify="space-between">
            <CairnLogo size={32} />
            <Group gap={6} c="dimmed">
              <IconLock size={16} aria-hidden />
              <Text size="sm">Shared read-only</Text>
            </Group>
          </Group>
          <Box component="main" id="main" tabIndex={-1}>
            {query.isPending ? <Loader aria-label="Loading the portfolio" /> : null}
            {query.isError ? (
              <Card withBorder padding="xl">
                <Stack gap="sm">
                  <Title order={1} fz={26}>
                    {linkProblem(query.error).title}
                  </Title>
                  <Text>{linkProblem(query.error).text}</Text>
                </Stack>
              </Card>
            ) : null}
            {p ? (
              <Stack gap="lg">
                <Stack gap={4}>
                  <Title order={1} fz={{ base: 26, sm: 32 }}>
                    {p.title}
                  </Title>
                  <Text c="dimmed">
                    {p.owner.name} · {p.template.title}
                    {p.submittedAt
                      ? ` · submitted ${formatDate(p.submittedAt)}`
                      : ` · updated ${formatDate(p.updatedAt)}`}
                  </Text>
                </Stack>
                <Card withBorder padding="md" component="nav" aria-label="Contents">
                  <Title order={2} fz="md" mb="xs">
                    Contents
                  </Title>
                  <Stack component="ol" gap={2} m={0} pl="lg">
                    {p.sectionList.map((s) => (
                      <li key={s.id}>
                        <Anchor href={`#section-${s.key}`} size="sm">
                          {sectionName(s)}
                        </Anchor>
                      </li>
                    ))}
                  </Stack>
                </Card>
                {p.sectionList.map((s) => (
                  <Card
                    key={s.id}
                    withBorder
                    padding="lg"
                    p={{ base: 'md', sm: 'lg' }}
                    component="article"
                    id={`section-${s.key}`}
                    aria-labelledby={`h-${s.key}`}
                  >
                    <Stack gap="sm">
                      <Title order={2} fz="xl" id={`h-${s.key}`}>
                        {sectionName(s)}
                      </Title>
                      <SectionReadOnly section={s} reader />
                    </Stack>
                  </Card>
                ))}
                {p.coverage.length > 0 ? (
                  <Card withBorder padding="lg" p={{ base: 'md', sm: 'lg' }}>
                    <CoverageMap portfolio={p} />
                  </Card>
                ) : null}
                <Alert variant="light" color="gray">
                  {p.owner.name} shared this page with a secret link that works until{' '}
                  {formatDate(p.expiresAt)}. Please do not pass it on.
                </Alert>
              </Stack>
            ) : null}
          </Box>
        </Stack>
      </Container>
    </Box>
  );
}
