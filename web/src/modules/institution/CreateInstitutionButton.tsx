import { Button } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconBuildingPlus } from '@tabler/icons-react';
import { CreateInstitutionModal } from './CreateInstitutionModal';

export function CreateInstitutionButton({ label = 'Create an institution' }: { label?: string }) {
  const [opened, { open, close }] = useDisclosure(false);
  return (
    <>
      <Button leftSection={<IconBuildingPlus size={18} aria-hidden />} onClick={open}>
        {label}
      </Button>
      <CreateInstitutionModal opened={opened} onClose={close} />
    </>
  );
}
