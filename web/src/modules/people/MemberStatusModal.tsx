import { Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { TMember } from '../../../../contracts';
import { ConfirmModal } from '../../app/components/ConfirmModal';
import { useCurrentMe } from '../../app/session';
import { useUpdateMember } from './memberMutation';

interface Props {
  member: TMember;
  opened: boolean;
  onClose: () => void;
}

/** Confirms deactivating (or reactivating) a member. The server refuses to remove the last administrator. */
export function MemberStatusModal({ member, opened, onClose }: Props) {
  const me = useCurrentMe();
  const institution = me.institution?.name ?? 'the institution';
  const deactivating = member.status === 'active';
  const update = useUpdateMember(member, (updated) => {
    onClose();
    notifications.show({
      color: 'cairn',
      title: updated.status === 'active' ? 'Member reactivated' : 'Member deactivated',
      message:
        updated.status === 'active'
          ? `${updated.name} can sign in to ${institution} again.`
          : `${updated.name} can no longer sign in to ${institution}.`,
    });
  });

  return (
    <ConfirmModal
      opened={opened}
      title={deactivating ? `Deactivate ${member.name}?` : `Reactivate ${member.name}?`}
      confirmLabel={deactivating ? 'Deactivate' : 'Reactivate'}
      danger={deactivating}
      loading={update.isPending}
      error={update.error}
      onConfirm={() => update.mutate({ status: deactivating ? 'deactivated' : 'active' })}
      onClose={onClose}
    >
      <Text>
        {deactivating
          ? `${member.name} will no longer be able to work in ${institution}. Their records are kept, and you can reactivate them at any time.`
          : `${member.name} will be able to sign in and work in ${institution} again, with the roles they had before.`}
      </Text>
    </ConfirmModal>
  );
}
