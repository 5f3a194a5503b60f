import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import {
  type ComponentType,
  memo,
  type MouseEvent,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import { useNavigate } from 'react-router';
import type { TFrameworkNode } from '../../../../contracts';
import { pluralise } from '../../app/format';
import { CodeAndName } from './CodeAndName';
import { OpenStore, useIsOpen } from './openStore';
import { filterTree, indexTree, initiallyOpen, LARGE_TREE, normalise } from './tree';
import { itemLabel, shorten } from './words';
import './frameworks.css';

interface Props {
  items: TFrameworkNode[];
  itemCount: number;
  /** Names the tree for assistive technology, e.g. "Items of ISTE Standards for Coaches". */
  label: string;
  /** Drawn at the end of every row, e.g. the editing buttons of a draft. */
  rowActions?: ComponentType<RowActionsProps> | undefined;
}

/** Where a row sits, for actions such as "Move up". */
export interface RowActionsProps {
  node: TFrameworkNode;
  parentId: string | null;
  /** Its place among all its siblings (not only those a filter shows), from 0. */
  index: number;
  siblingCount: number;
  /** Opens an item, so that a child just added is on screen. */
  openItem: (id: string) => void;
}

interface NodeProps {
  node: TFrameworkNode;
  top: boolean;
  store: OpenStore;
  /** Only these are shown, when a filter is on. */
  visible: ReadonlySet<string> | null;
  parentId: string | null;
  index: number;
  siblingCount: number;
  actions: ComponentType<RowActionsProps> | undefined;
  openItem: (id: string) => void;
}

/** Tabler's chevron-right, drawn directly: a tree can hold thousands of them. */
function Chevron() {
  return (
    <svg
      width="18"
      height="18"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      <path d="M9 6l6 6l-6 6" />
    </svg>
  );
}

/**
 * One item: a disclosure button when it has children, then a link to its page. Its
 * children are drawn only while it is open, so a closed branch of a 5,000-item framework
 * costs nothing; opening or closing it re-renders this item alone.
 */
const TreeNode = memo(function TreeNode({
  node,
  top,
  store,
  visible,
  parentId,
  index,
  siblingCount,
  actions: Actions,
  openItem,
}: NodeProps) {
  const open = useIsOpen(store, node.id);
  const shownCount = visible
    ? node.children.reduce((n, c) => (visible.has(c.id) ? n + 1 : n), 0)
    : node.children.length;
  const isOpen = open && shownCount > 0;
  const listId = `fw-children-${node.id}`;
  return (
    <li>
      <div className="fw-tree-row">
        {shownCount > 0 ? (
          <button
            type="button"
            className="fw-tree-toggle"
            aria-expanded={isOpen}
            aria-controls={isOpen ? listId : undefined}
            aria-label={`${isOpen ? 'Collapse' : 'Expand'} ${itemLabel(node)}`}
            onClick={() => store.toggle(node.id)}
          >
            <Chevron />
          </button>
        ) : (
          <span className="fw-tree-spacer" aria-hidden="true" />
        )}
        <div className="fw-tree-body">
          {/* A plain link: the tree's click handler navigates inside the app. */}
          <a
            href={`/frameworks/items/${node.id}`}
            className="fw-tree-link"
            data-top={top || undefined}
          >
            <CodeAndName item={node} />
          </a>
          {node.title?.trim() && node.statement.trim() ? (
            <p className="fw-tree-statement">{shorten(node.statement, 240)}</p>
          ) : null}
        </div>
        {Actions ? (
          <Actions
            node={node}
            parentId={parentId}
            index={index}
            siblingCount={siblingCount}
            openItem={openItem}
          />
        ) : null}
      </div>
      {isOpen ? (
        <ul id={listId}>
          {node.children.map((child, i) =>
            visible && !visible.has(child.id) ? null : (
              <TreeNode
                key={child.id}
                node={child}
                top={false}
                store={store}
                visible={visible}
                parentId={node.id}
                index={i}
                siblingCount={node.children.length}
                actions={Actions}
                openItem={openItem}
              />
            ),
          )}
        </ul>
      ) : null}
    </li>
  );
});

/**
 * The items of a framework as nested lists with disclosure buttons, and a filter that keeps
 * the ancestors of every match on screen.
 */
export function FrameworkTree({ items, itemCount, label, rowActions }: Props) {
  const navigate = useNavigate();
  const index = useMemo(() => indexTree(items), [items]);
  const [store] = useState(() => new OpenStore(initiallyOpen(items, itemCount)));
  const [openItem] = useState(() => (id: string) => {
    if (!store.isOpen(id)) store.toggle(id);
  });
  const [filter, setFilter] = useState('');
  const [debounced] = useDebouncedValue(filter, 150);
  const needle = normalise(debounced.trim());
  const result = useMemo(() => (needle ? filterTree(index, needle) : null), [index, needle]);

  // While filtering, the ancestors of the matches are open; clearing the filter brings back
  // what was open before.
  const beforeFilter = useRef<Set<string> | null>(null);
  useLayoutEffect(() => {
    if (result) {
      if (!beforeFilter.current) beforeFilter.current = store.snapshot();
      store.setAll(result.opened);
    } else if (beforeFilter.current) {
      store.setAll(beforeFilter.current);
      beforeFilter.current = null;
    }
  }, [result, store]);

  const expandAll = () =>
    store.setAll(result ? index.branches.filter((id) => result.visible.has(id)) : index.branches);
  const collapseAll = () => store.setAll([]);

  /** Follows item links inside the app (no page load), unless asked for a new tab or window. */
  const onClick = (event: MouseEvent<HTMLUListElement>) => {
    if (event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const target = event.target;
    const link = target instanceof Element ? target.closest('a.fw-tree-link') : null;
    const href = link?.getAttribute('href');
    if (!href) return;
    event.preventDefault();
    navigate(href);
  };

  const shown = result ? items.filter((node) => result.visible.has(node.id)) : items;
  const matches = result?.matches.size ?? 0;

  return (
    <Stack gap="sm">
      <Group align="flex-end" gap="sm" wrap="wrap">
        <TextInput
          type="search"
          label="Filter this framework"
          description="Matches codes, titles and statements. The items above a match stay visible."
          leftSection={<IconSearch size={16} aria-hidden />}
          value={filter}
          onChange={(event) => setFilter(event.currentTarget.value)}
          autoComplete="off"
          style={{ flex: '1 1 16rem' }}
        />
        {index.branches.length > 0 ? (
          <Group gap="xs" wrap="nowrap">
            <Button variant="default" onClick={expandAll}>
              Expand all
            </Button>
            <Button variant="default" onClick={collapseAll}>
              Collapse all
            </Button>
          </Group>
        ) : null}
      </Group>
      <Text size="sm" c="dimmed" role="status">
        {result
          ? matches === 0
            ? `No items match “${debounced.trim()}”.`
            : `${pluralise(matches, 'item')} ${matches === 1 ? 'matches' : 'match'} “${debounced.trim()}”.`
          : null}
      </Text>
      {items.length === 0 ? (
        <Text>This framework has no items yet.</Text>
      ) : shown.length === 0 ? null : (
        // biome-ignore lint/a11y/useKeyWithClickEvents: the clicks come from the links inside, which keyboards activate
        <ul
          className="fw-tree"
          aria-label={label}
          onClick={onClick}
          data-large={index.all.length >= LARGE_TREE || undefined}
        >
          {items.map((node, i) =>
            result && !result.visible.has(node.id) ? null : (
              <TreeNode
                key={node.id}
                node={node}
                top
                store={store}
                visible={result?.visible ?? null}
                parentId={null}
                index={i}
                siblingCount={items.length}
                actions={rowActions}
                openItem={openItem}
              />
            ),
          )}
        </ul>
      )}
    </Stack>
  );
}
