import { Button, type ButtonProps, Group, Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import { FormAlert } from './FormAlert';

interface Props {
  /** Called on submit; the browser's own submission and validation are already prevented. */
  onSubmit: () => void;
  /** The explanation and the inputs, above the error and the buttons. */
  children: ReactNode;
  error: unknown;
  errorTitle: string;
  /** Fields shown under their own inputs (see `FormAlert`). */
  knownFields?: readonly string[];
  submitLabel: ReactNode;
  pending: boolean;
  onCancel: () => void;
  /** For example `{ color: 'red', disabled: !ready }`. */
  submitProps?: Omit<ButtonProps, 'loading' | 'children'>;
}

/** The form of a modal: its inputs, the server's error, then "Cancel" and the submit button. */
export function ModalForm({
  onSubmit,
  children,
  error,
  errorTitle,
  knownFields,
  submitLabel,
  pending,
  onCancel,
  submitProps,
}: Props) {
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      <Stack gap="md">
        {children}
        <FormAlert error={error} title={errorTitle} knownFields={knownFields} />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel} disabled={pending}>
            Cancel
          </Button>
          <Button type="submit" loading={pending} {...submitProps}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
