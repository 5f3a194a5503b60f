import { Button, Card, FileButton, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { IconFileUpload, IconShieldCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { FormAlert } from '../../app/components/FormAlert';
import { useDocumentTitle } from '../../app/components/PageTitle';
import { useVerify } from './credentialsApi';
import { PublicShell } from './PublicShell';
import { VerificationReport } from './VerificationReport';

const MAX_BYTES = 256 * 1024;

/** Anyone pastes or chooses a credential file and sees what verification finds. */
export function VerifyPage() {
  useDocumentTitle('Verify a credential');
  const [text, setText] = useState('');
  const [fileProblem, setFileProblem] = useState<string | null>(null);
  const verify = useVerify();

  const choose = async (file: File | null) => {
    setFileProblem(null);
    verify.reset();
    if (!file) return;
    if (file.size > MAX_BYTES) {
      setFileProblem(
        `${file.name} is ${Math.round(file.size / 1024)} KB; a credential is at most 256 KB. Check that you chose the credential JSON file.`,
      );
      return;
    }
    setText(await file.text());
  };

  return (
    <PublicShell>
      <Stack gap="lg">
        <Stack gap={4}>
          <Title order={1} fz={{ base: 26, sm: 32 }}>
            Verify a credential
          </Title>
          <Text c="dimmed">
            Paste an Open Badges 3.0 credential, or choose its JSON file. Cairn checks the
            signature, the structure, who holds the signing key and whether the credential is still
            valid. Nothing you paste is stored.
          </Text>
        </Stack>
        <Card withBorder padding="md">
          <form
            noValidate
            onSubmit={(e) => {
              e.preventDefault();
              if (!text.trim()) {
                setFileProblem('Paste the credential JSON, or choose its file, first.');
                return;
              }
              setFileProblem(null);
              verify.mutate(text);
            }}
          >
            <Stack gap="md">
              <Textarea
                label="Credential JSON"
                description="Starts with { and contains “VerifiableCredential”."
                value={text}
                onChange={(e) => {
                  setText(e.currentTarget.value);
                  verify.reset();
                }}
                autosize
                minRows={6}
                maxRows={16}
                spellCheck={false}
                styles={{
                  input: { fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 13 },
                }}
                data-testid="credential-text"
              />
              {fileProblem ? (
                <Text c="red.8" size="sm" role="alert">
                  {fileProblem}
                </Text>
              ) : null}
              <FormAlert error={verify.error} title="This could not be verified" />
              <Group gap="sm" wrap="wrap">
                <Button
                  type="submit"
                  loading={verify.isPending}
                  leftSection={<IconShieldCheck size={16} aria-hidden />}
                >
                  Verify
                </Button>
                <FileButton onChange={choose} accept="application/json,.json,.jsonld">
                  {(props) => (
                    <Button
                      {...props}
                      variant="default"
                      leftSection={<IconFileUpload size={16} aria-hidden />}
                    >
                      Choose a file
                    </Button>
                  )}
                </FileButton>
              </Group>
            </Stack>
          </form>
        </Card>
        {verify.data ? (
          <section aria-label="Verification result">
            <VerificationReport report={verify.data} />
          </section>
        ) : null}
      </Stack>
    </PublicShell>
  );
}
