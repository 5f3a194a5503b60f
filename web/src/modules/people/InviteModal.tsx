import { Modal } from '@mantine/core';
import { useState } from 'react';
import { InvitationCreated } from './InvitationCreated';
import { InviteForm } from './InviteForm';
import type { CreatedInvitation } from './peopleApi';

interface Props {
  opened: boolean;
  onClose: () => void;
}

/** Invite a colleague, then show the link to pass on. */
export function InviteModal({ opened, onClose }: Props) {
  const [created, setCreated] = useState<CreatedInvitation | null>(null);
  // A new form each time "Invite someone else" is chosen.
  const [round, setRound] = useState(0);
  const close = () => {
    onClose();
    setCreated(null);
  };
  return (
    <Modal
      opened={opened}
      onClose={close}
      title={created ? 'Invitation ready' : 'Invite people'}
      centered
      size="lg"
    >
      {created ? (
        <InvitationCreated
          created={created}
          onAnother={() => {
            setCreated(null);
            setRound((n) => n + 1);
          }}
          onDone={close}
        />
      ) : (
        <InviteForm key={round} onCreated={setCreated} onCancel={close} />
      )}
    </Modal>
  );
}
