import {
  Alert,
  Badge,
  Button,
  Group,
  Loader,
  Modal,
  Select,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import type { TPortfolio } from '../../../../contracts';
import { isApiError } from '../../app/api';
import { CopyField } from '../../app/components/CopyField';
import { FormAlert } from '../../app/components/FormAlert';
import { formatDate } from '../../app/format';
import {
  type TPortfolioShare,
  portfolioWrites,
  useShareCandidates,
  useRefreshPortfolios,
  useShares,
} from './portfoliosApi';

function isoDay(offsetDays: number): string {
  const d = new Date(Date.now() + offsetDays * 86_400_000);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

function shareState(s: TPortfolioShare): { label: string; color: string } {
  if (s.revokedAt) return { label: 'Withdrawn', color: 'gray.7' };
  if (s.expiresAt && s.expiresAt.slice(0, 10) < isoDay(0))
    return { label: 'Expired', color: 'gray.7' };
  return { label: 'Active', color: 'cairn' };
}

/** Share with named colleagues or by a secret link that expires; list and withdraw. */
export function ShareDialog({
  portfolio,
  opened,
  onClose,
}: {
  portfolio: TPortfolio;
  opened: boolean;
  onClose: () => void;
}) {
  const shares = useShares(portfolio.id, opened);
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 250);
  const candidates = useShareCandidates(portfolio.id, opened ? debounced : '');
  const refresh = useRefreshPortfolios();
  const [userId, setUserId] = useState<string | null>(null);
  const [expiresAt, setExpiresAt] = useState(isoDay(30));
  const [created, setCreated] = useState<TPortfolioShare | null>(null);

  const addPerson = useMutation({
    mutationFn: () => portfolioWrites.share(portfolio.id, { kind: 'user', userId: userId ?? '' }),
    onSuccess: () => {
      setUserId(null);
      void refresh();
    },
  });
  const addLink = useMutation({
    mutationFn: () => portfolioWrites.share(portfolio.id, { kind: 'link', expiresAt }),
    onSuccess: (share) => {
      setCreated(share);
      void refresh();
    },
  });
  const revoke = useMutation({
    mutationFn: (shareId: string) => portfolioWrites.revoke(portfolio.id, shareId),
    onSuccess: () => void refresh(),
  });

  const notHere = isApiError(shares.error) && shares.error.status === 404;
  const choices = candidates.data ?? [];

  return (
    <Modal
      opened={opened}
      onClose={() => {
        setCreated(null);
        addLink.reset();
        addPerson.reset();
        onClose();
      }}
      title="Share this portfolio"
      size="lg"
    >
      <Stack gap="lg">
        <Text size="sm">
          People you share with can read the portfolio, never change it. A secret link opens a
          read-only page to anyone who has it, until it expires or you withdraw it.
        </Text>
        {notHere ? (
          <Alert color="gray" variant="light">
            Sharing is not available on this server yet.
          </Alert>
        ) : null}

        <Stack gap="xs" component="section" aria-labelledby="pf-share-people">
          <Title order={3} fz="md" id="pf-share-people">
            A colleague
          </Title>
          <form
            noValidate
            onSubmit={(event) => {
              event.preventDefault();
              addPerson.mutate();
            }}
          >
            <Group gap="sm" align="flex-end">
              <Select
                label="Colleague"
                placeholder="Type at least 2 letters of a name or email"
                searchable
                searchValue={search}
                onSearchChange={setSearch}
                filter={({ options }) => options}
                data={choices.map((m) => ({ value: m.userId, label: `${m.name} (${m.email})` }))}
                value={userId}
                onChange={setUserId}
                nothingFoundMessage={
                  debounced.trim().length < 2
                    ? 'Type at least 2 letters'
                    : candidates.isFetching
                      ? 'Searching…'
                      : 'Nobody in your institution by that name or email'
                }
                style={{ flex: 1 }}
              />
              <Button type="submit" disabled={!userId} loading={addPerson.isPending}>
                Share
              </Button>
            </Group>
            <FormAlert error={addPerson.error} title="Not shared" />
          </form>
        </Stack>

        <Stack gap="xs" component="section" aria-labelledby="pf-share-link">
          <Title order={3} fz="md" id="pf-share-link">
            A secret link
          </Title>
          <form
            noValidate
            onSubmit={(event) => {
              event.preventDefault();
              setCreated(null);
              addLink.mutate();
            }}
          >
            <Group gap="sm" align="flex-end">
              <TextInput
                type="date"
                label="Expires on"
                description="At most a year ahead."
                value={expiresAt}
                min={isoDay(1)}
                max={isoDay(365)}
                onChange={(e) => setExpiresAt(e.currentTarget.value)}
                style={{ flex: 1 }}
              />
              <Button type="submit" loading={addLink.isPending}>
                Create link
              </Button>
            </Group>
          </form>
          <FormAlert error={addLink.error} title="The link was not created" />
          {created?.url ? (
            <Alert color="cairn" variant="light" title="Link created: copy it now">
              <Stack gap="xs">
                <Text size="sm">
                  This is the only time Cairn shows it (only a fingerprint is kept). It works until{' '}
                  {created.expiresAt ? formatDate(created.expiresAt) : 'you withdraw it'}.
                </Text>
                <CopyField value={created.url} copyLabel="Copy link" testId="share-link" />
              </Stack>
            </Alert>
          ) : null}
        </Stack>

        <Stack gap="xs" component="section" aria-labelledby="pf-share-list">
          <Title order={3} fz="md" id="pf-share-list">
            Shared so far
          </Title>
          {shares.isPending ? <Loader size="sm" aria-label="Loading shares" /> : null}
          {!notHere ? <FormAlert error={shares.error} title="Shares did not load" /> : null}
          {shares.data && shares.data.shares.length === 0 ? (
            <Text size="sm" c="dimmed">
              Not shared with anyone.
            </Text>
          ) : null}
          {shares.data && shares.data.shares.length > 0 ? (
            <Stack
              component="ul"
              gap="xs"
              m={0}
              p={0}
              style={{ listStyle: 'none' }}
              aria-label="Shares"
            >
              {shares.data.shares.map((s) => {
                const state = shareState(s);
                const who = s.kind === 'user' ? (s.user?.name ?? 'A colleague') : 'Secret link';
                return (
                  <Group component="li" key={s.id} justify="space-between" wrap="nowrap" gap="sm">
                    <Stack gap={0} style={{ minWidth: 0 }}>
                      <Group gap={6}>
                        <Text fw={600} size="sm">
                          {who}
                        </Text>
                        <Badge size="xs" color={state.color}>
                          {state.label}
                        </Badge>
                      </Group>
                      <Text size="xs" c="dimmed">
                        {s.kind === 'user' && s.user ? `${s.user.email} · ` : ''}
                        Shared {formatDate(s.createdAt)}
                        {s.expiresAt ? ` · until ${formatDate(s.expiresAt)}` : ''}
                      </Text>
                    </Stack>
                    {state.label === 'Active' ? (
                      <Button
                        size="xs"
                        variant="light"
                        color="red"
                        loading={revoke.isPending && revoke.variables === s.id}
                        onClick={() => revoke.mutate(s.id)}
                        aria-label={`Withdraw: ${who}`}
                      >
                        Withdraw
                      </Button>
                    ) : null}
                  </Group>
                );
              })}
            </Stack>
          ) : null}
          <FormAlert error={revoke.error} title="Not withdrawn" />
        </Stack>
      </Stack>
    </Modal>
  );
}
