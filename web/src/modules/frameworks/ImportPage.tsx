import { Alert, Anchor, Button, Card, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertCircle, IconAlertTriangle, IconFileImport } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type ChangeEvent, type ReactNode, useId, useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { CASE_IMPORT_LIMIT_BYTES, type TImportPreview } from '../../../../contracts';
import { type FieldProblem, isApiError } from '../../app/api';
import { FormAlert } from '../../app/components/FormAlert';
import { PageTitle } from '../../app/components/PageTitle';
import { pluralise } from '../../app/format';
import { BackToFrameworks } from './FrameworkPage';
import { FRAMEWORKS_KEY, importFramework, previewImport } from './frameworksApi';
import './frameworks.css';

const LIMIT_MB = CASE_IMPORT_LIMIT_BYTES / (1024 * 1024);
/** A package can have hundreds of top-level items; the preview lists the first ones. */
const TOP_LEVEL_SHOWN = 50;

function megabytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return `${mb >= 10 ? Math.round(mb) : mb.toFixed(1)} MB`;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A file read in the browser, before anything is sent. */
type Chosen =
  | { state: 'reading'; name: string }
  | { state: 'refused'; name: string; message: string }
  | { state: 'read'; name: string; body: Record<string, unknown> };

async function readPackage(file: File): Promise<Chosen> {
  if (file.size > CASE_IMPORT_LIMIT_BYTES) {
    return {
      state: 'refused',
      name: file.name,
      message: `This file is ${megabytes(file.size)}. Cairn imports CASE packages of up to ${LIMIT_MB} MB, so it was not uploaded.`,
    };
  }
  let text: string;
  try {
    text = await file.text();
  } catch {
    return {
      state: 'refused',
      name: file.name,
      message: 'The file could not be read. Check that it is still there and try again.',
    };
  }
  let body: unknown;
  try {
    body = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const detail = error instanceof SyntaxError ? ` (${error.message})` : '';
    return {
      state: 'refused',
      name: file.name,
      message: `This file is not JSON${detail}. A CASE package is a JSON file; check that you chose the right one. Nothing was sent to the server.`,
    };
  }
  if (!isObject(body)) {
    return {
      state: 'refused',
      name: file.name,
      message:
        'This file holds JSON, but not a CASE package: a package is a JSON object with a CFDocument, CFItems and CFAssociations. Nothing was sent to the server.',
    };
  }
  return { state: 'read', name: file.name, body };
}

/** Problems with JSON paths, as the server reports them (preview, or a refused import). */
function Problems({ problems }: { problems: FieldProblem[] }) {
  return (
    <Alert
      color="red"
      variant="light"
      title="The package has problems"
      icon={<IconAlertCircle aria-hidden />}
      role="alert"
    >
      <Stack gap="xs">
        <Stack component="ul" gap={6} m={0} pl="md" aria-label="Problems">
          {problems.map((problem) => (
            <li key={`${problem.path}:${problem.message}`} style={{ overflowWrap: 'anywhere' }}>
              <Text span size="sm" ff="monospace" fw={600}>
                {problem.path}
              </Text>
              <Text span size="sm">
                {' '}
                {problem.message}
              </Text>
            </li>
          ))}
        </Stack>
        <Text size="sm" fw={600}>
          Nothing was imported. Correct the package and choose it again.
        </Text>
      </Stack>
    </Alert>
  );
}

function Warnings({ warnings }: { warnings: string[] }) {
  if (warnings.length === 0) return null;
  return (
    <Alert
      color="amber"
      variant="light"
      title={warnings.length === 1 ? 'One thing to know' : 'Things to know'}
      icon={<IconAlertTriangle aria-hidden />}
    >
      <Stack component="ul" gap={4} m={0} pl="md">
        {warnings.map((warning) => (
          <Text component="li" size="sm" key={warning}>
            {warning}
          </Text>
        ))}
      </Stack>
    </Alert>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Group gap="xs" wrap="nowrap" align="baseline">
      <Text component="dt" size="sm" fw={600} c="dimmed" w="7.5rem" style={{ flexShrink: 0 }}>
        {label}
      </Text>
      <Text component="dd" size="sm" m={0} style={{ overflowWrap: 'anywhere', minWidth: 0 }}>
        {children}
      </Text>
    </Group>
  );
}

function PreviewDetails({ preview }: { preview: NonNullable<TImportPreview['preview']> }) {
  return (
    <Stack gap="md">
      <Stack gap={4}>
        <Title order={3} fz="lg" style={{ overflowWrap: 'anywhere' }}>
          {preview.title}
        </Title>
        {preview.description ? (
          <Text size="sm" lineClamp={4}>
            {preview.description}
          </Text>
        ) : null}
      </Stack>
      <Stack component="dl" gap={4} m={0}>
        <Fact label="Publisher">{preview.publisher ?? preview.creator}</Fact>
        <Fact label="Version">{preview.version ?? 'Not given'}</Fact>
        <Fact label="Items">{preview.itemCount.toLocaleString('en')}</Fact>
        <Fact label="Depth">{pluralise(preview.depth, 'level')} of nesting</Fact>
        {preview.levels.length > 0 ? (
          <Fact label="Levels">{preview.levels.map((level) => level.title).join(', ')}</Fact>
        ) : null}
        <Fact label="Associations">
          {preview.associations.length === 0
            ? 'None besides the tree'
            : preview.associations.map((a) => `${a.type}: ${a.count}`).join(', ')}
        </Fact>
      </Stack>
      {preview.topLevel.length > 0 ? (
        <Stack gap={6}>
          <Title order={4} fz="md">
            Top-level items
          </Title>
          <Stack component="ul" gap={6} m={0} p={0} style={{ listStyle: 'none' }}>
            {preview.topLevel.slice(0, TOP_LEVEL_SHOWN).map((item) => (
              <li key={item.identifier} style={{ overflowWrap: 'anywhere' }}>
                {item.code ? <span className="fw-code">{item.code}</span> : null}{' '}
                <Text span size="sm">
                  {item.title ?? item.statement}
                </Text>{' '}
                <Text span size="sm" c="dimmed">
                  ({pluralise(item.childCount, 'item')} under it)
                </Text>
              </li>
            ))}
          </Stack>
          {preview.topLevel.length > TOP_LEVEL_SHOWN ? (
            <Text size="sm" c="dimmed">
              And {(preview.topLevel.length - TOP_LEVEL_SHOWN).toLocaleString('en')} more.
            </Text>
          ) : null}
        </Stack>
      ) : null}
    </Stack>
  );
}

export function ImportPage() {
  const inputId = useId();
  const helpId = useId();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [chosen, setChosen] = useState<Chosen | null>(null);
  // Only the latest file counts, if someone picks another while one is being read.
  const generation = useRef(0);

  const preview = useMutation({ mutationFn: previewImport });
  const save = useMutation({
    mutationFn: importFramework,
    onSuccess: (result) => {
      void queryClient.invalidateQueries({ queryKey: FRAMEWORKS_KEY });
      notifications.show({
        color: 'cairn',
        title: 'Framework imported',
        message: `${result.framework.title}: ${pluralise(result.framework.itemCount, 'item')}.`,
      });
      navigate(`/frameworks/${result.framework.id}`);
    },
  });

  // A newer call supersedes an older one: only the latest file's answer is shown.
  const check = (body: Record<string, unknown>) => preview.mutate(body);

  const onChoose = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    // Empty the input, so that choosing the same file again (once corrected) checks it again.
    input.value = '';
    if (!file) return; // the file dialog was cancelled: keep what is shown
    generation.current += 1;
    const mine = generation.current;
    preview.reset();
    save.reset();
    setChosen({ state: 'reading', name: file.name });
    const read = await readPackage(file);
    if (mine !== generation.current) return;
    setChosen(read);
    if (read.state === 'read') check(read.body);
  };

  const result = preview.data;
  const refusedProblems =
    isApiError(save.error) && save.error.fields.length > 0 ? save.error.fields : null;

  let busy: string | null = null;
  if (chosen?.state === 'reading') busy = `Reading ${chosen.name}…`;
  else if (preview.isPending) busy = 'Checking the package…';
  else if (save.isPending) busy = 'Importing the framework…';

  return (
    <>
      <BackToFrameworks />
      <PageTitle
        title="Import a CASE package"
        description={
          <>
            CASE (Competencies and Academic Standards Exchange) is the 1EdTech standard for
            publishing competency frameworks as JSON. Choose a package and Cairn checks it and shows
            you what it holds. Nothing is saved until you import it, and then everyone in your
            institution can browse it.
          </>
        }
      />
      <Stack gap="lg">
        <Card withBorder padding="lg" p={{ base: 'md', sm: 'lg' }}>
          <Stack gap={6}>
            <Text component="label" htmlFor={inputId} fw={600}>
              CASE package (JSON)
            </Text>
            <Text id={helpId} size="sm" c="dimmed">
              A CASE 1.0 or 1.1 package (CFPackage) saved as a .json file, up to {LIMIT_MB} MB.
              Cairn checks it as soon as you choose it.
            </Text>
            <input
              id={inputId}
              type="file"
              accept=".json,application/json"
              className="fw-file-input"
              aria-describedby={helpId}
              onChange={(event) => void onChoose(event)}
              disabled={save.isPending}
            />
          </Stack>
        </Card>

        <div role="status">
          {busy ? (
            <Group gap="sm">
              <Loader size="sm" aria-hidden />
              <Text>{busy}</Text>
            </Group>
          ) : result ? (
            <Text>
              {result.valid
                ? `${chosen?.name ?? 'The package'} was checked: it can be imported.`
                : `${chosen?.name ?? 'The package'} was checked: it cannot be imported as it is.`}
            </Text>
          ) : null}
        </div>

        {chosen?.state === 'refused' ? (
          <Alert
            color="red"
            variant="light"
            title="This file cannot be imported"
            icon={<IconAlertCircle aria-hidden />}
            role="alert"
          >
            <Text size="sm">{chosen.message}</Text>
          </Alert>
        ) : null}

        {preview.isError ? (
          <FormAlert error={preview.error} title="The package could not be checked">
            {chosen?.state === 'read' ? (
              <Button mt="sm" variant="default" onClick={() => check(chosen.body)}>
                Check package
              </Button>
            ) : null}
          </FormAlert>
        ) : null}

        {result && chosen?.state === 'read' ? (
          <Card
            withBorder
            padding="lg"
            p={{ base: 'md', sm: 'lg' }}
            component="section"
            aria-labelledby="preview-heading"
          >
            <Stack gap="md">
              <Title order={2} fz="lg" id="preview-heading">
                What the package holds
              </Title>
              {result.preview ? <PreviewDetails preview={result.preview} /> : null}
              <Warnings warnings={result.warnings} />
              {!result.valid ? (
                <Problems problems={result.problems} />
              ) : refusedProblems ? (
                <Problems problems={refusedProblems} />
              ) : (
                <>
                  <FormAlert error={save.error} title="The framework was not imported" />
                  {result.preview ? (
                    <Group gap="sm">
                      <Button
                        leftSection={<IconFileImport size={18} aria-hidden />}
                        loading={save.isPending}
                        onClick={() => save.mutate(chosen.body)}
                      >
                        Import {pluralise(result.preview.itemCount, 'item')}
                      </Button>
                      <Anchor component={Link} to="/frameworks" size="sm">
                        Cancel
                      </Anchor>
                    </Group>
                  ) : null}
                </>
              )}
            </Stack>
          </Card>
        ) : null}
      </Stack>
    </>
  );
}
