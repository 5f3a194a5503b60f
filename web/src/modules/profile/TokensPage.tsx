import { Button, Card, Code, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconPlus } from '@tabler/icons-react';
import { FormAlert } from '../../app/components/FormAlert';
import { PageTitle } from '../../app/components/PageTitle';
import { useCurrentMe } from '../../app/session';
import { CreateTokenModal } from './CreateTokenModal';
import { TokensTable } from './TokensTable';
import { curlExample, useTokens } from './tokensApi';

export function TokensPage() {
  const me = useCurrentMe();
  const tokens = useTokens();
  const [opened, { open, close }] = useDisclosure(false);

  return (
    <>
      <PageTitle
        title="API tokens"
        description={
          <>
            Personal tokens let scripts and other tools use Cairn&apos;s API as you
            {me.institution ? `, in ${me.institution.name}` : ''}. Treat them like passwords.
          </>
        }
        actions={
          <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={open}>
            Create token
          </Button>
        }
      />
      <Stack gap="lg">
        <Card
          withBorder
          padding="lg"
          p={{ base: 'md', sm: 'lg' }}
          component="section"
          aria-labelledby="tokens-heading"
        >
          <Title order={2} fz="lg" mb="md" id="tokens-heading">
            Your tokens
          </Title>
          {tokens.isPending ? (
            <Stack gap="xs" aria-busy="true" aria-label="Loading your tokens">
              <Skeleton height={36} />
              <Skeleton height={36} />
            </Stack>
          ) : tokens.isError ? (
            <FormAlert error={tokens.error} title="Your tokens could not be loaded" />
          ) : tokens.data.length === 0 ? (
            <Stack gap="sm" align="flex-start">
              <Text>
                No API tokens yet. Create one to let a script or another tool read your Cairn data
                without your password.
              </Text>
              <Button variant="light" onClick={open}>
                Create your first token
              </Button>
            </Stack>
          ) : (
            <TokensTable tokens={tokens.data} />
          )}
        </Card>

        <Card
          withBorder
          padding="lg"
          p={{ base: 'md', sm: 'lg' }}
          component="section"
          aria-labelledby="usage-heading"
        >
          <Title order={2} fz="lg" mb="xs" id="usage-heading">
            How to use a token
          </Title>
          <Text size="sm" mb="sm">
            Send the token in the Authorization header of each request. For example, to see who the
            token belongs to:
          </Text>
          <Code block style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}>
            {curlExample('<secret>')}
          </Code>
          <Text size="sm" mt="sm">
            A token acts in the institution that was current when you created it. Revoke a token as
            soon as you no longer need it, or if it may have leaked.
          </Text>
        </Card>
      </Stack>
      <CreateTokenModal opened={opened} onClose={close} />
    </>
  );
}
