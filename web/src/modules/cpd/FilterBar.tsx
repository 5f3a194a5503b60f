import {
  Button,
  Card,
  Collapse,
  Group,
  Loader,
  NativeSelect,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconAdjustmentsHorizontal, IconSearch } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import type { TCpdType } from '../../../../contracts';
import { useIsPhone } from '../../app/media';
import { useItemRef } from './cpdApi';
import { type CpdFilters, countFilters, type Flag, type FlagFilter } from './filters';
import { ItemChip, ItemPicker } from './ItemPicker';
import { TYPE_OPTIONS } from './words';

const DEBOUNCE_MS = 300;

const FLAG_LABELS: Record<FlagFilter, { label: string; yes: string; no: string }> = {
  significant: { label: 'Significance', yes: 'Significant only', no: 'Not significant' },
  hasReflection: { label: 'Reflection', yes: 'With a reflection', no: 'Without a reflection' },
  hasEvidence: { label: 'Evidence', yes: 'With evidence', no: 'Without evidence' },
  draft: { label: 'Drafts', yes: 'Drafts only', no: 'Confirmed only' },
};

interface Props {
  filters: CpdFilters;
  /** Changes some filters (undefined clears one); the page goes back to 1. */
  onChange: (changes: Partial<CpdFilters>) => void;
  onClear: () => void;
  /** The list is loading the results of the last change. */
  busy: boolean;
}

/** The search box, then the filters (folded away until asked for, or while none is set). */
export function FilterBar({ filters, onChange, onClear, busy }: Props) {
  const isPhone = useIsPhone();
  const active = countFilters(filters);
  const [open, toggle] = useDisclosure(active > 0);

  // The box follows the address (back, forward, "clear filters"), and the address follows
  // the box once typing pauses.
  const [q, setQ] = useState(filters.q ?? '');
  const written = useRef(filters.q ?? '');
  useEffect(() => {
    const inAddress = filters.q ?? '';
    if (inAddress === written.current) return;
    written.current = inAddress;
    setQ(inAddress);
  }, [filters.q]);
  useEffect(() => {
    const needle = q.trim();
    if (needle === written.current) return;
    const timer = setTimeout(() => {
      written.current = needle;
      onChange({ q: needle || undefined });
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [q, onChange]);

  const tag = useItemRef(filters.tagId);
  const tagItem = filters.tagId ? tag.data?.item : undefined;

  const flag = (key: FlagFilter) => (
    <NativeSelect
      key={key}
      label={FLAG_LABELS[key].label}
      value={filters[key] ?? ''}
      onChange={(event) =>
        onChange({ [key]: (event.currentTarget.value || undefined) as Flag | undefined })
      }
      data={[
        { value: '', label: 'Any' },
        { value: 'true', label: FLAG_LABELS[key].yes },
        { value: 'false', label: FLAG_LABELS[key].no },
      ]}
    />
  );

  const fields = (
    <Stack gap="sm">
      <SimpleGrid cols={{ base: 2, md: 4 }} spacing="sm" verticalSpacing="sm">
        <TextInput
          type="date"
          label="From"
          value={filters.from ?? ''}
          onChange={(event) => onChange({ from: event.currentTarget.value || undefined })}
        />
        <TextInput
          type="date"
          label="To"
          value={filters.to ?? ''}
          onChange={(event) => onChange({ to: event.currentTarget.value || undefined })}
        />
        <NativeSelect
          label="Type"
          value={filters.type ?? ''}
          onChange={(event) =>
            onChange({ type: (event.currentTarget.value || undefined) as TCpdType | undefined })
          }
          data={[{ value: '', label: 'Any type' }, ...TYPE_OPTIONS]}
        />
        {flag('significant')}
        {flag('hasReflection')}
        {flag('hasEvidence')}
        {flag('draft')}
      </SimpleGrid>
      <div>
        <ItemPicker
          label="Tagged with"
          description="Entries tagged with one framework item, from any framework."
          value={tagItem ? [tagItem] : []}
          onChange={(items) => onChange({ tagId: items[0]?.id })}
          single
          hideChosen
        />
        {filters.tagId ? (
          <Group component="ul" gap="xs" m={0} p={0} style={{ listStyle: 'none' }}>
            {tagItem ? (
              <ItemChip item={tagItem} onRemove={() => onChange({ tagId: undefined })} />
            ) : (
              <li>
                <Group gap="xs">
                  <Text size="sm">
                    {tag.isError ? 'A framework item that no longer exists' : 'Loading the tag…'}
                  </Text>
                  <Button
                    size="compact-sm"
                    variant="default"
                    onClick={() => onChange({ tagId: undefined })}
                  >
                    Remove tag filter
                  </Button>
                </Group>
              </li>
            )}
          </Group>
        ) : null}
      </div>
    </Stack>
  );

  return (
    <Card withBorder padding="md" component="section" aria-label="Search and filters">
      <Stack gap="sm">
        <Group gap="sm" align="flex-end" wrap="nowrap">
          <TextInput
            type="search"
            label="Search titles and reflections"
            placeholder="For example: accessibility"
            leftSection={<IconSearch size={16} aria-hidden />}
            rightSection={busy ? <Loader size="xs" aria-hidden /> : null}
            value={q}
            onChange={(event) => setQ(event.currentTarget.value)}
            autoComplete="off"
            style={{ flex: 1, minWidth: 0 }}
          />
          <Button
            variant={active > 0 ? 'light' : 'default'}
            onClick={toggle.toggle}
            aria-expanded={open}
            aria-controls="cpd-filters"
            leftSection={<IconAdjustmentsHorizontal size={18} aria-hidden />}
            px={isPhone ? 'sm' : undefined}
          >
            Filters{active > 0 ? ` (${active})` : ''}
          </Button>
        </Group>
        <Collapse expanded={open} id="cpd-filters">
          {fields}
        </Collapse>
        {active > 0 || filters.q ? (
          <Group justify="flex-end">
            <Button variant="subtle" size="compact-sm" onClick={onClear}>
              Clear filters
            </Button>
          </Group>
        ) : null}
      </Stack>
    </Card>
  );
}
