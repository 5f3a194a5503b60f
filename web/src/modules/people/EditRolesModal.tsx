import { Button, Group, List, Modal, MultiSelect, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import {
  ROLE_DESCRIPTIONS,
  ROLE_LABELS,
  ROLES,
  type TMember,
  type TRole,
} from '../../../../contracts';
import { isApiError } from '../../app/api';
import { FormAlert } from '../../app/components/FormAlert';
import { formatRoles } from '../../app/format';
import { fieldKey, formatFieldMessage } from '../../app/forms';
import { useUpdateMember } from './memberMutation';

interface Props {
  member: TMember;
  opened: boolean;
  onClose: () => void;
}

const ROLE_OPTIONS = ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] }));

function isRole(value: string): value is TRole {
  return (ROLES as readonly string[]).includes(value);
}

export function EditRolesModal({ member, opened, onClose }: Props) {
  return (
    <Modal opened={opened} onClose={onClose} title={`Edit roles for ${member.name}`} centered>
      <EditRolesForm member={member} onDone={onClose} />
    </Modal>
  );
}

function EditRolesForm({ member, onDone }: { member: TMember; onDone: () => void }) {
  const [roles, setRoles] = useState<TRole[]>(member.roles);
  const [error, setError] = useState<string | undefined>();
  const update = useUpdateMember(member, (updated) => {
    onDone();
    notifications.show({
      color: 'cairn',
      title: 'Roles saved',
      message: `${updated.name} is now ${formatRoles(updated.roles)}.`,
    });
  });
  const serverFieldError = isApiError(update.error)
    ? update.error.fields.find((field) => fieldKey(field.path) === 'roles')
    : undefined;

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (roles.length === 0) {
          setError('Choose at least one role');
          return;
        }
        update.mutate({ roles });
      }}
    >
      <Stack gap="md">
        <MultiSelect
          label="Roles"
          description="A person may have several roles."
          data={ROLE_OPTIONS}
          value={roles}
          onChange={(values) => {
            setRoles(values.filter(isRole));
            setError(undefined);
          }}
          error={
            error ??
            (serverFieldError ? formatFieldMessage('Roles', serverFieldError.message) : undefined)
          }
          comboboxProps={{ withinPortal: true, transitionProps: { duration: 0 } }}
          searchable
          openOnFocus={false}
          nothingFoundMessage="No role has that name"
          required
        />
        <List size="sm" spacing={4}>
          {ROLES.map((role) => (
            <List.Item key={role}>
              <Text span size="sm" fw={600}>
                {ROLE_LABELS[role]}:
              </Text>{' '}
              {ROLE_DESCRIPTIONS[role]}
            </List.Item>
          ))}
        </List>
        <FormAlert error={update.error} title="The roles were not saved" knownFields={['roles']} />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onDone} disabled={update.isPending}>
            Cancel
          </Button>
          <Button type="submit" loading={update.isPending}>
            Save
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
