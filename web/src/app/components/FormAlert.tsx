import { Alert, List, Text } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { errorMessage, isApiError } from '../api';
import { fieldKey, formatFieldMessage } from '../forms';

interface Props {
  error: unknown;
  title?: string;
  /** Fields shown under their own inputs; messages for any other field are listed here. */
  knownFields?: readonly string[];
  children?: ReactNode;
}

function retryText(seconds: number): string {
  if (seconds < 60) return `Try again in ${seconds} second${seconds === 1 ? '' : 's'}.`;
  const minutes = Math.ceil(seconds / 60);
  return `Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`;
}

/** Shows the server's message for a failed request, announced to screen readers. */
export function FormAlert({
  error,
  title = 'That did not work',
  knownFields = [],
  children,
}: Props) {
  if (!error) return null;
  const other = isApiError(error)
    ? error.fields.filter((field) => !knownFields.includes(fieldKey(field.path)))
    : [];
  const message = errorMessage(error);
  const retryAfter = isApiError(error) ? error.retryAfterSeconds : undefined;
  return (
    <Alert
      color="red"
      variant="light"
      title={title}
      icon={<IconAlertCircle aria-hidden />}
      role="alert"
    >
      <Text size="sm">{message}</Text>
      {retryAfter ? (
        <Text size="sm" mt={4}>
          {retryText(retryAfter)}
        </Text>
      ) : null}
      {other.length > 0 ? (
        <List size="sm" mt="xs">
          {other.map((field) => (
            <List.Item key={`${field.path}:${field.message}`}>
              {formatFieldMessage(field.path, field.message)}
            </List.Item>
          ))}
        </List>
      ) : null}
      {children}
    </Alert>
  );
}
