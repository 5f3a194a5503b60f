import { PasswordInput, type PasswordInputProps } from '@mantine/core';

/**
 * Mantine's password input, with a show/hide toggle whose name does not contain
 * "password" (so the field's label stays unique for assistive technology).
 */
export function PasswordField(props: PasswordInputProps) {
  return (
    <PasswordInput visibilityToggleButtonProps={{ 'aria-label': 'Show characters' }} {...props} />
  );
}
