import { Anchor, Card, Loader, Stack, Text, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { FormAlert } from '../../app/components/FormAlert';
import { pluralise } from '../../app/format';
import { CodeAndName } from './CodeAndName';
import { SEARCH_LIMIT, SEARCH_MIN_CHARS, useItemSearch } from './frameworksApi';
import './frameworks.css';

const DEBOUNCE_MS = 250;

/**
 * Searches the items of every framework as the person types (after a short pause). The
 * words stay in the address (?q=), so coming back from an item shows the same results.
 */
export function ItemSearch() {
  const [params, setParams] = useSearchParams();
  const inAddress = params.get('q') ?? '';
  const [q, setQ] = useState(inAddress);
  // What is searched for: the box's text, once typing pauses.
  const [needle, setNeedle] = useState(inAddress.trim());
  useEffect(() => {
    const timer = setTimeout(() => setNeedle(q.trim()), DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [q]);

  // The address and the box follow each other: the last search written to the address, so
  // that a change from outside (the navigation link, back and forward) can be told apart.
  const written = useRef(inAddress);
  useEffect(() => {
    if (inAddress === written.current) return;
    written.current = inAddress;
    setQ(inAddress);
    setNeedle(inAddress.trim());
  }, [inAddress]);
  useEffect(() => {
    if (needle === written.current) return;
    written.current = needle;
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (needle) next.set('q', needle);
        else next.delete('q');
        return next;
      },
      { replace: true, preventScrollReset: true },
    );
  }, [needle, setParams]);

  const searching = needle.length >= SEARCH_MIN_CHARS;
  const search = useItemSearch(needle);

  const results = searching ? (search.data?.results ?? []) : [];
  const tooShort = needle.length > 0 && needle.length < SEARCH_MIN_CHARS;

  let status = '';
  if (tooShort) status = `Type at least ${SEARCH_MIN_CHARS} characters to search.`;
  else if (searching && search.isFetching) status = 'Searching…';
  else if (searching && search.isSuccess) {
    status =
      results.length === 0
        ? `No items match “${needle}”.`
        : results.length >= SEARCH_LIMIT
          ? `Showing the first ${SEARCH_LIMIT} items that match “${needle}”. Add words to narrow it down.`
          : `${pluralise(results.length, 'item')} ${results.length === 1 ? 'matches' : 'match'} “${needle}”.`;
  }

  return (
    <Stack gap="sm">
      <TextInput
        type="search"
        label="Search all frameworks"
        description="Codes, titles and statements of every framework below. Type at least 2 characters."
        placeholder="For example: collaboration, data, 4.3"
        leftSection={<IconSearch size={16} aria-hidden />}
        rightSection={searching && search.isFetching ? <Loader size="xs" aria-hidden /> : null}
        value={q}
        onChange={(event) => setQ(event.currentTarget.value)}
        autoComplete="off"
        size="md"
      />
      <Text size="sm" c="dimmed" role="status">
        {status}
      </Text>
      {searching && search.isError ? (
        <FormAlert error={search.error} title="The search did not work" />
      ) : null}
      {results.length > 0 ? (
        <Card withBorder padding="xs">
          <Stack
            component="ul"
            aria-label="Search results"
            gap={0}
            m={0}
            p={0}
            style={{ listStyle: 'none' }}
          >
            {results.map((item) => (
              <li key={item.id} style={{ padding: '0.45rem 0.5rem' }}>
                <Anchor
                  component={Link}
                  to={`/frameworks/items/${item.id}`}
                  underline="never"
                  className="fw-tree-link"
                >
                  <CodeAndName item={item} />
                </Anchor>
                <Text size="xs" fw={600} c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                  {item.framework.title}
                  {item.framework.version ? ` (${item.framework.version})` : ''}
                </Text>
                {item.title?.trim() ? (
                  <p className="fw-tree-statement fw-clamp-1">{item.statement}</p>
                ) : null}
              </li>
            ))}
          </Stack>
        </Card>
      ) : null}
    </Stack>
  );
}
