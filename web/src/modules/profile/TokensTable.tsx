import { Button, Code, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { TApiToken } from '../../../../contracts';
import { api } from '../../app/api';
import { ConfirmModal } from '../../app/components/ConfirmModal';
import { DateTime } from '../../app/components/DateTime';
import { Field, StackedItem, StackedList } from '../../app/components/StackedList';
import { TableScroll } from '../../app/components/TableScroll';
import { useIsPhone } from '../../app/media';
import { TOKENS_KEY } from './tokensApi';

function isExpired(token: TApiToken): boolean {
  return token.expiresAt !== null && new Date(token.expiresAt).getTime() < Date.now();
}

function Expires({ token }: { token: TApiToken }) {
  return isExpired(token) ? (
    <Text span c="red.9" size="sm" fw={600}>
      Expired <DateTime value={token.expiresAt} dateOnly />
    </Text>
  ) : (
    <DateTime value={token.expiresAt} dateOnly fallback="Never" />
  );
}

export function TokensTable({ tokens }: { tokens: TApiToken[] }) {
  const queryClient = useQueryClient();
  const isPhone = useIsPhone();
  // The token stays set while the dialog closes, so its text does not flicker.
  const [revoking, setRevoking] = useState<TApiToken | null>(null);
  const [confirming, setConfirming] = useState(false);
  const revoke = useMutation({
    mutationFn: (token: TApiToken) => api<void>('DELETE', `/api/me/tokens/${token.id}`, {}),
    onSuccess: (_data, token) => {
      void queryClient.invalidateQueries({ queryKey: TOKENS_KEY });
      setConfirming(false);
      notifications.show({
        color: 'cairn',
        title: 'Token revoked',
        message: `“${token.name}” no longer works.`,
      });
    },
  });

  const revokeButton = (token: TApiToken, size: 'xs' | 'sm') => (
    <Button
      size={size}
      variant="default"
      onClick={() => {
        revoke.reset();
        setRevoking(token);
        setConfirming(true);
      }}
      aria-label={`Revoke ${token.name}`}
    >
      Revoke
    </Button>
  );

  return (
    <>
      {isPhone ? (
        <StackedList label="Your API tokens">
          {tokens.map((token) => (
            <StackedItem key={token.id} actions={revokeButton(token, 'sm')}>
              <Field label="Name">
                <Text span fw={600} size="sm">
                  {token.name}
                </Text>
              </Field>
              <Field label="Starts with">
                <Code>{token.prefix}…</Code>
              </Field>
              <Field label="Institution">{token.institution.name}</Field>
              <Field label="Created">
                <DateTime value={token.createdAt} dateOnly />
              </Field>
              <Field label="Last used">
                <DateTime value={token.lastUsedAt} fallback="Never used" />
              </Field>
              <Field label="Expires">
                <Expires token={token} />
              </Field>
            </StackedItem>
          ))}
        </StackedList>
      ) : (
        <TableScroll label="Your API tokens" minWidth={760}>
          <Table verticalSpacing="sm" highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Name</Table.Th>
                <Table.Th scope="col">Starts with</Table.Th>
                <Table.Th scope="col">Institution</Table.Th>
                <Table.Th scope="col">Created</Table.Th>
                <Table.Th scope="col">Last used</Table.Th>
                <Table.Th scope="col">Expires</Table.Th>
                <Table.Th scope="col">
                  <VisuallyHidden>Actions</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {tokens.map((token) => (
                <Table.Tr key={token.id}>
                  <Table.Td fw={600}>{token.name}</Table.Td>
                  <Table.Td>
                    <Code>{token.prefix}…</Code>
                  </Table.Td>
                  <Table.Td>{token.institution.name}</Table.Td>
                  <Table.Td>
                    <DateTime value={token.createdAt} dateOnly />
                  </Table.Td>
                  <Table.Td>
                    <DateTime value={token.lastUsedAt} fallback="Never used" />
                  </Table.Td>
                  <Table.Td>
                    <Expires token={token} />
                  </Table.Td>
                  <Table.Td>{revokeButton(token, 'xs')}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      )}
      <ConfirmModal
        opened={confirming}
        title="Revoke this token?"
        confirmLabel="Revoke token"
        danger
        loading={revoke.isPending}
        error={revoke.error}
        onConfirm={() => {
          if (revoking) revoke.mutate(revoking);
        }}
        onClose={() => setConfirming(false)}
      >
        <Stack gap="xs">
          <Text>
            “{revoking?.name}” will stop working immediately. Any script using it will get an error
            until you give it a new token.
          </Text>
        </Stack>
      </ConfirmModal>
    </>
  );
}
