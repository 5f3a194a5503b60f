import {
  CloseButton,
  Combobox,
  Group,
  Loader,
  Stack,
  Text,
  TextInput,
  useCombobox,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useEffect, useId, useState } from 'react';
import type { TItemRef } from '../../../../contracts';
import { errorMessage } from '../../app/api';
import { CodeAndName } from '../frameworks/CodeAndName';
import { SEARCH_MIN_CHARS, useItemSearch } from '../frameworks/frameworksApi';
import { itemLabel } from '../frameworks/words';
import './cpd.css';

function frameworkName(item: TItemRef): string {
  const { title, version } = item.framework;
  return version ? `${title} (${version})` : title;
}

/** A chosen item: code, name and framework, with a button that takes it away. */
export function ItemChip({ item, onRemove }: { item: TItemRef; onRemove?: () => void }) {
  return (
    <li className="cpd-chip">
      <span className="cpd-chip-text">
        <CodeAndName item={item} />
        <span className="cpd-chip-framework">{item.framework.title}</span>
      </span>
      {onRemove ? (
        <CloseButton
          size="sm"
          aria-label={`Remove ${itemLabel(item)}`}
          onClick={onRemove}
          className="cpd-chip-remove"
        />
      ) : null}
    </li>
  );
}

interface PickerProps {
  label: string;
  description?: string;
  /** The items chosen so far, shown as removable chips under the search box. */
  value: TItemRef[];
  onChange: (items: TItemRef[]) => void;
  error?: string | undefined;
  /** Pick exactly one (the list's tag filter): choosing replaces. */
  single?: boolean;
  /** Hide the chips (when the caller shows the choice itself). */
  hideChosen?: boolean;
}

/**
 * Searches the items of every framework the institution can use (after a short pause in
 * typing) and adds the one chosen. Arrow keys move through the results; Enter picks.
 */
export function ItemPicker({
  label,
  description,
  value,
  onChange,
  error,
  single = false,
  hideChosen = false,
}: PickerProps) {
  const combobox = useCombobox({ onDropdownClose: () => combobox.resetSelectedOption() });
  const [q, setQ] = useState('');
  const [needle] = useDebouncedValue(q.trim(), 250);
  const search = useItemSearch(needle);
  const searching = needle.length >= SEARCH_MIN_CHARS;
  const chosen = new Set(value.map((item) => item.id));
  const results = searching ? (search.data?.results ?? []).filter((r) => !chosen.has(r.id)) : [];
  const statusId = useId();

  // The first result is ready for Enter as soon as results arrive.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the results change
  useEffect(() => {
    if (results.length > 0) combobox.selectFirstOption();
  }, [search.data, needle]);

  const pick = (id: string) => {
    const item = results.find((r) => r.id === id);
    if (!item) return;
    onChange(single ? [item] : [...value, item]);
    setQ('');
    combobox.closeDropdown();
  };

  let status = '';
  if (q.trim().length > 0 && q.trim().length < SEARCH_MIN_CHARS) {
    status = `Type at least ${SEARCH_MIN_CHARS} characters.`;
  } else if (searching && search.isError) status = errorMessage(search.error);
  else if (searching && search.isSuccess && !search.isFetching && results.length === 0) {
    status = `No framework items match “${needle}”.`;
  }

  return (
    <Stack gap="xs">
      <Combobox store={combobox} onOptionSubmit={pick} withinPortal>
        <Combobox.Target>
          <TextInput
            label={label}
            description={description}
            placeholder="Search by code or words, e.g. 3a or legislation"
            leftSection={<IconSearch size={16} aria-hidden />}
            rightSection={searching && search.isFetching ? <Loader size="xs" aria-hidden /> : null}
            value={q}
            error={error}
            autoComplete="off"
            aria-describedby={status ? statusId : undefined}
            onChange={(event) => {
              setQ(event.currentTarget.value);
              combobox.openDropdown();
            }}
            onFocus={() => combobox.openDropdown()}
            onClick={() => combobox.openDropdown()}
            onBlur={() => combobox.closeDropdown()}
          />
        </Combobox.Target>
        <Combobox.Dropdown hidden={results.length === 0}>
          <Combobox.Options
            mah={320}
            style={{ overflowY: 'auto' }}
            aria-label={`Framework items matching ${needle}`}
          >
            {results.map((item) => (
              <Combobox.Option
                value={item.id}
                key={item.id}
                aria-label={`${itemLabel(item)}, ${frameworkName(item)}`}
              >
                <Text size="sm" component="div">
                  <CodeAndName item={item} />
                </Text>
                <Text size="xs" c="dimmed" component="div">
                  {frameworkName(item)}
                </Text>
              </Combobox.Option>
            ))}
          </Combobox.Options>
        </Combobox.Dropdown>
      </Combobox>
      <Text size="sm" c="dimmed" id={statusId} role="status">
        {status}
      </Text>
      {!hideChosen && value.length > 0 ? (
        <Group
          component="ul"
          gap="xs"
          m={0}
          p={0}
          aria-label={`${label}: chosen`}
          style={{ listStyle: 'none' }}
        >
          {value.map((item) => (
            <ItemChip
              key={item.id}
              item={item}
              onRemove={() => onChange(value.filter((other) => other.id !== item.id))}
            />
          ))}
        </Group>
      ) : null}
    </Stack>
  );
}
