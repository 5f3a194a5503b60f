import {
  Button,
  Card,
  Checkbox,
  Group,
  Kbd,
  Pagination,
  Skeleton,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { IconPencilPlus } from '@tabler/icons-react';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { FormAlert } from '../../app/components/FormAlert';
import { PageTitle } from '../../app/components/PageTitle';
import { pluralise } from '../../app/format';
import { BulkBar } from './BulkBar';
import { PAGE_SIZE, useCpdEntries } from './cpdApi';
import { EntryList } from './EntryList';
import { FilterBar } from './FilterBar';
import { type CpdFilters, hasAnyFilter, readFilters, readPage, toQuery } from './filters';
import { openQuickCapture } from './QuickCapture';
import { CAPTURE_HOTKEY_LABEL, formatHours } from './words';

function ListSkeleton() {
  return (
    <Stack gap="xs" aria-busy="true" aria-label="Loading your CPD entries">
      <Skeleton height={72} />
      <Skeleton height={72} />
      <Skeleton height={72} />
    </Stack>
  );
}

function Shortcut() {
  return (
    <>
      press <Kbd size="xs">{CAPTURE_HOTKEY_LABEL}</Kbd> anywhere in Cairn
    </>
  );
}

/** Nothing logged yet: what the log is for, and how quick capture works. */
function FirstTime() {
  return (
    <Card withBorder padding="lg" bg="gray.0" component="section" aria-labelledby="cpd-empty">
      <Stack gap="sm" align="flex-start">
        <Title order={2} fz="lg" id="cpd-empty">
          Start your CPD log
        </Title>
        <Text>
          Your continuing professional development (CPD) is everything you do to grow as a learning
          technologist: conferences and webinars, but also trying a new tool, a discussion with
          peers or presenting your work. Logged as it happens, it becomes the evidence for CMALT and
          other portfolios, appraisals and your yearly hours.
        </Text>
        <Text>
          Logging takes seconds: choose “Log CPD” at the top of any page, or <Shortcut />, type what
          you did and press Enter. Add a reflection, evidence and framework tags whenever you have
          time. Your entries are private unless you share one with your managers.
        </Text>
        <Button leftSection={<IconPencilPlus size={18} aria-hidden />} onClick={openQuickCapture}>
          Log your first CPD
        </Button>
      </Stack>
    </Card>
  );
}

export function CpdListPage() {
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => readFilters(params), [params]);
  const page = readPage(params);
  const list = useCpdEntries(filters, page);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());

  // A new page or new filters show other entries: start the selection again.
  const shown = `${toQuery(filters).toString()}#${page}`;
  // biome-ignore lint/correctness/useExhaustiveDependencies: reset whenever what is shown changes
  useEffect(() => setSelected(new Set()), [shown]);

  const writeAddress = useCallback(
    (next: CpdFilters, nextPage = 1) => {
      const query = toQuery(next);
      if (nextPage > 1) query.set('page', String(nextPage));
      setParams(query, { replace: true, preventScrollReset: true });
    },
    [setParams],
  );
  const onChange = useCallback(
    (changes: Partial<CpdFilters>) => {
      // Read the address afresh: the search box calls this after a pause.
      const current = readFilters(new URLSearchParams(window.location.search));
      writeAddress({ ...current, ...changes });
    },
    [writeAddress],
  );

  const entries = list.data?.entries ?? [];
  const total = list.data?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const filtered = hasAnyFilter(filters);
  // Nothing logged yet: no filters or totals, only what the log is for.
  const firstTime = list.isSuccess && total === 0 && !filtered;
  const chosen = entries.filter((entry) => selected.has(entry.id));
  const allChosen = entries.length > 0 && chosen.length === entries.length;

  const toggle = (id: string, on: boolean) =>
    setSelected((current) => {
      const next = new Set(current);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  let body: React.ReactNode;
  if (list.isPending) body = <ListSkeleton />;
  else if (list.isError) {
    body = <FormAlert error={list.error} title="Your CPD entries could not be loaded" />;
  } else if (firstTime) body = <FirstTime />;
  else if (total === 0) {
    body = (
      <Card withBorder padding="lg" component="section" aria-labelledby="cpd-none">
        <Stack gap="sm" align="flex-start">
          <Title order={2} fz="lg" id="cpd-none">
            No entries match these filters
          </Title>
          <Text>Try other words or fewer filters.</Text>
          <Button variant="light" onClick={() => writeAddress({})}>
            Clear filters
          </Button>
        </Stack>
      </Card>
    );
  } else if (entries.length === 0) {
    body = (
      <Stack gap="sm" align="flex-start">
        <Text>There are no entries on page {page}.</Text>
        <Button variant="light" onClick={() => writeAddress(filters)}>
          Go to the first page
        </Button>
      </Stack>
    );
  } else {
    body = (
      <>
        <BulkBar
          selected={chosen}
          onClear={() => setSelected(new Set())}
          selectAll={
            <Checkbox
              label={
                entries.length === 1
                  ? 'Select this entry'
                  : `Select all ${entries.length} entries on this page`
              }
              checked={allChosen}
              indeterminate={chosen.length > 0 && !allChosen}
              onChange={(event) =>
                setSelected(
                  event.currentTarget.checked
                    ? new Set(entries.map((entry) => entry.id))
                    : new Set(),
                )
              }
            />
          }
        />
        <EntryList entries={entries} selected={selected} onToggle={toggle} paged={pages > 1} />
        {pages > 1 ? (
          <Group justify="center" mt="lg" component="nav" aria-label="Pages of entries">
            <Pagination
              total={pages}
              value={Math.min(page, pages)}
              onChange={(next) => {
                writeAddress(filters, next);
                window.scrollTo({ top: 0 });
              }}
              getItemProps={(n) => ({ 'aria-label': `Page ${n}` })}
              getControlProps={(control) => ({
                'aria-label': control === 'previous' ? 'Previous page' : 'Next page',
              })}
            />
          </Group>
        ) : null}
      </>
    );
  }

  return (
    <>
      <PageTitle
        title="CPD log"
        description={
          <>
            Everything you have logged, newest first. To log something new, choose “Log CPD” at the
            top or <Shortcut />.
          </>
        }
      />
      <Stack gap="md">
        {firstTime ? null : (
          <FilterBar
            filters={filters}
            onChange={onChange}
            onClear={() => writeAddress({})}
            busy={list.isFetching && !list.isPending}
          />
        )}
        <Text fw={600} role="status" aria-live="polite">
          {list.data && !firstTime
            ? `${pluralise(total, 'entry', 'entries')}${filtered ? (total === 1 ? ' matches' : ' match') : ''} · ${formatHours(list.data.totalHours)}`
            : ''}
        </Text>
        <div>{body}</div>
      </Stack>
    </>
  );
}
