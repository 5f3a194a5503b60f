import { ActionIcon, Group, Menu, Tooltip } from '@mantine/core';
import {
  IconArrowDown,
  IconArrowUp,
  IconDots,
  IconPencil,
  IconPlus,
  IconTrash,
} from '@tabler/icons-react';
import { useContext } from 'react';
import { useIsPhone } from '../../../app/media';
import type { RowActionsProps } from '../FrameworkTree';
import { itemLabel } from '../words';
import { DraftContext } from './draftContext';

/** The editing buttons at the end of each row of a draft's tree. */
export function DraftRowActions({ node, index, siblingCount, openItem }: RowActionsProps) {
  const editing = useContext(DraftContext);
  const isPhone = useIsPhone();
  if (!editing) return null;
  const label = itemLabel(node);
  const first = index === 0;
  const last = index >= siblingCount - 1;
  const actions = [
    {
      name: `Add item under ${label}`,
      short: 'Add item under',
      icon: IconPlus,
      // The new child shows at once, under its opened parent.
      onClick: () => editing.start({ kind: 'add', parent: node, onAdded: () => openItem(node.id) }),
    },
    {
      name: `Edit ${label}`,
      short: 'Edit',
      icon: IconPencil,
      onClick: () => editing.start({ kind: 'edit', node }),
    },
    {
      name: `Move up ${label}`,
      short: 'Move up',
      icon: IconArrowUp,
      disabled: first || editing.moving,
      onClick: () => editing.move(node, index - 1),
    },
    {
      name: `Move down ${label}`,
      short: 'Move down',
      icon: IconArrowDown,
      disabled: last || editing.moving,
      onClick: () => editing.move(node, index + 1),
    },
    {
      name: `Delete ${label}`,
      short: 'Delete',
      icon: IconTrash,
      danger: true,
      onClick: () => editing.start({ kind: 'delete', node }),
    },
  ];

  if (isPhone) {
    return (
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <ActionIcon variant="subtle" size={32} aria-label={`Change ${label}`}>
            <IconDots size={18} aria-hidden />
          </ActionIcon>
        </Menu.Target>
        <Menu.Dropdown>
          {actions.map((a) => (
            <Menu.Item
              key={a.short}
              leftSection={<a.icon size={16} aria-hidden />}
              color={a.danger ? 'red' : undefined}
              disabled={a.disabled}
              onClick={a.onClick}
              aria-label={a.name}
            >
              {a.short}
            </Menu.Item>
          ))}
        </Menu.Dropdown>
      </Menu>
    );
  }
  return (
    <Group gap={2} wrap="nowrap" className="fw-tree-actions">
      {actions.map((a) => (
        <Tooltip key={a.short} label={a.short} openDelay={300}>
          <ActionIcon
            variant="subtle"
            color={a.danger ? 'red' : undefined}
            size={30}
            aria-label={a.name}
            disabled={a.disabled}
            onClick={a.onClick}
          >
            <a.icon size={17} aria-hidden />
          </ActionIcon>
        </Tooltip>
      ))}
    </Group>
  );
}
