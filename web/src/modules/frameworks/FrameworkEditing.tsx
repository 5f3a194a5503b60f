import {
  ActionIcon,
  Alert,
  Button,
  Card,
  Group,
  Menu,
  Modal,
  Stack,
  Switch,
  Text,
  Textarea,
  TextInput,
  Title,
  Tooltip,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import {
  IconArrowDown,
  IconArrowUp,
  IconCopy,
  IconDots,
  IconGitBranch,
  IconPencil,
  IconPlus,
  IconRocket,
  IconTrash,
} from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { createContext, type ReactNode, useContext, useState } from 'react';
import { useNavigate } from 'react-router';
import {
  type TFrameworkNode,
  type TFrameworkSummary,
  ZCopyFrameworkBody,
  ZCreateFrameworkBody,
  ZCreateItemBody,
  ZPublishBody,
  ZUpdateItemBody,
} from '../../../../contracts';
import { ConfirmModal } from '../../app/components/ConfirmModal';
import { CopyField } from '../../app/components/CopyField';
import { FormAlert } from '../../app/components/FormAlert';
import { useFormState } from '../../app/forms';
import { useIsPhone } from '../../app/media';
import { PAGE_ROLES } from '../../app/roles';
import { hasAnyRole, useCurrentMe } from '../../app/session';
import type { RowActionsProps } from './FrameworkTree';
import { frameworkWrites, type TItemFields, useRefreshFrameworks } from './frameworksApi';
import { itemLabel } from './words';

/** Administrators and managers write frameworks; everyone else only reads them. */
export function useCanEditFrameworks(): boolean {
  return hasAnyRole(useCurrentMe(), PAGE_ROLES.frameworkEdit);
}

function done(title: string, message: string) {
  notifications.show({ color: 'cairn', title, message });
}

/** Empty text is "not given": the server stores null, not an empty string. */
function orNull(text: string): string | null {
  const trimmed = text.trim();
  return trimmed ? trimmed : null;
}

// New framework (on /frameworks)

const NEW_LABELS = { title: 'Title', description: 'Description', publisher: 'Publisher' };

function NewFrameworkForm({ onCancel }: { onCancel: () => void }) {
  const navigate = useNavigate();
  const refresh = useRefreshFrameworks();
  const form = useFormState({ title: '', description: '', publisher: '' }, NEW_LABELS);
  const create = useMutation({
    mutationFn: frameworkWrites.create,
    onSuccess: (framework) => {
      void refresh();
      done('Draft created', `${framework.title}: add its items, then publish it.`);
      navigate(`/frameworks/${framework.id}`);
    },
    onError: form.showServerErrors,
  });
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const body = form.validate(ZCreateFrameworkBody, {
          title: form.values.title,
          description: orNull(form.values.description),
          publisher: orNull(form.values.publisher),
        });
        if (body) create.mutate(body);
      }}
    >
      <Stack gap="md">
        <TextInput
          label={NEW_LABELS.title}
          description="For example “Harbour digital practice framework”."
          value={form.values.title}
          onChange={(event) => form.setValue('title', event.currentTarget.value)}
          error={form.errors.title}
          required
          data-autofocus
        />
        <Textarea
          label={NEW_LABELS.description}
          description="Optional: what the framework is for and who it is for."
          autosize
          minRows={2}
          maxRows={8}
          value={form.values.description}
          onChange={(event) => form.setValue('description', event.currentTarget.value)}
          error={form.errors.description}
        />
        <TextInput
          label={NEW_LABELS.publisher}
          description="Optional: who publishes it, when not your institution itself."
          value={form.values.publisher}
          onChange={(event) => form.setValue('publisher', event.currentTarget.value)}
          error={form.errors.publisher}
        />
        <FormAlert
          error={create.error}
          title="The framework was not created"
          knownFields={Object.keys(NEW_LABELS)}
        />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel} disabled={create.isPending}>
            Cancel
          </Button>
          <Button type="submit" loading={create.isPending}>
            Create draft
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export function NewFrameworkButton() {
  const [opened, setOpened] = useState(false);
  return (
    <>
      <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={() => setOpened(true)}>
        New framework
      </Button>
      <Modal
        opened={opened}
        onClose={() => setOpened(false)}
        title="New framework"
        centered
        size="lg"
      >
        <Text size="sm" mb="md">
          Cairn creates a draft that you can fill with items. Nobody outside your institution sees
          it until you publish it and choose to share it.
        </Text>
        <NewFrameworkForm onCancel={() => setOpened(false)} />
      </Modal>
    </>
  );
}

// Copy (built-in and published frameworks)

function CopyForm({ framework, onCancel }: { framework: TFrameworkSummary; onCancel: () => void }) {
  const navigate = useNavigate();
  const refresh = useRefreshFrameworks();
  const labels = { title: 'Title of the copy' };
  const form = useFormState({ title: `${framework.title} (copy)` }, labels);
  const copy = useMutation({
    mutationFn: (title: string) => frameworkWrites.copy(framework.id, title),
    onSuccess: (copied) => {
      void refresh();
      done('Copy made', `${copied.title} is a draft that you can edit.`);
      navigate(`/frameworks/${copied.id}`);
    },
    onError: form.showServerErrors,
  });
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const body = form.validate(ZCopyFrameworkBody);
        if (body?.title) copy.mutate(body.title);
        else if (body) form.setErrors({ title: 'Title of the copy is required' });
      }}
    >
      <Stack gap="md">
        <Text size="sm">
          The copy is a draft of your institution with all{' '}
          {framework.itemCount.toLocaleString('en')} items and their mappings to other frameworks.{' '}
          {framework.title} itself does not change.
        </Text>
        <TextInput
          label={labels.title}
          value={form.values.title}
          onChange={(event) => form.setValue('title', event.currentTarget.value)}
          error={form.errors.title}
          required
          data-autofocus
        />
        <FormAlert
          error={copy.error}
          title="The copy was not made"
          knownFields={Object.keys(labels)}
        />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel} disabled={copy.isPending}>
            Cancel
          </Button>
          <Button type="submit" loading={copy.isPending}>
            Make a copy
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function CopyButton({
  framework,
  variant,
}: {
  framework: TFrameworkSummary;
  variant: 'filled' | 'default';
}) {
  const [opened, setOpened] = useState(false);
  return (
    <>
      <Button
        variant={variant}
        leftSection={<IconCopy size={18} aria-hidden />}
        onClick={() => setOpened(true)}
      >
        Copy to edit
      </Button>
      <Modal opened={opened} onClose={() => setOpened(false)} title="Copy to edit" centered>
        <CopyForm framework={framework} onCancel={() => setOpened(false)} />
      </Modal>
    </>
  );
}

// Publish a draft

function PublishForm({ framework, onDone }: { framework: TFrameworkSummary; onDone: () => void }) {
  const refresh = useRefreshFrameworks();
  const labels = { version: 'Version label' };
  const form = useFormState({ version: '' }, labels);
  const publish = useMutation({
    mutationFn: (version: string) => frameworkWrites.publish(framework.id, version),
    onSuccess: (published) => {
      void refresh();
      done('Published', `${published.title} version ${published.version} is published.`);
      onDone();
    },
    onError: form.showServerErrors,
  });
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const body = form.validate(ZPublishBody);
        if (body) publish.mutate(body.version);
      }}
    >
      <Stack gap="md">
        <Text size="sm">
          Once published, this version is frozen: its items can no longer change. To change it
          later, you start a new version.
        </Text>
        <TextInput
          label={labels.version}
          description="How people will tell this version from others, for example “2026” or “1.0”."
          value={form.values.version}
          onChange={(event) => form.setValue('version', event.currentTarget.value)}
          error={form.errors.version}
          required
          data-autofocus
        />
        <FormAlert
          error={publish.error}
          title="The framework was not published"
          knownFields={Object.keys(labels)}
        />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onDone} disabled={publish.isPending}>
            Cancel
          </Button>
          <Button type="submit" loading={publish.isPending}>
            Publish version
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

// Items of a draft: one form and one confirmation for the whole tree

type ItemAction =
  | { kind: 'add'; parent: TFrameworkNode | null; onAdded?: () => void }
  | { kind: 'edit'; node: TFrameworkNode }
  | { kind: 'delete'; node: TFrameworkNode };

interface DraftEditing {
  start: (action: ItemAction) => void;
  move: (node: TFrameworkNode, position: number) => void;
  moving: boolean;
}

const DraftContext = createContext<DraftEditing | null>(null);

const ITEM_LABELS = { code: 'Code', title: 'Title', statement: 'Statement', type: 'Type' };

function ItemForm({
  frameworkId,
  action,
  onDone,
}: {
  frameworkId: string;
  action: Extract<ItemAction, { kind: 'add' | 'edit' }>;
  onDone: () => void;
}) {
  const refresh = useRefreshFrameworks();
  const node = action.kind === 'edit' ? action.node : null;
  const parentId = action.kind === 'add' ? (action.parent?.id ?? null) : null;
  const form = useFormState(
    {
      code: node?.code ?? '',
      title: node?.title ?? '',
      statement: node?.statement ?? '',
      type: node?.type ?? '',
    },
    ITEM_LABELS,
  );
  const save = useMutation({
    mutationFn: (fields: TItemFields) =>
      node
        ? frameworkWrites.updateItem(node.id, fields)
        : frameworkWrites.addItem(frameworkId, { ...fields, parentId }),
    onSuccess: (item) => {
      void refresh();
      if (node) done('Item saved', `${itemLabel(item)} was updated.`);
      else {
        if (action.kind === 'add') action.onAdded?.();
        done('Item added', `${itemLabel(item)} was added.`);
      }
      onDone();
    },
    onError: form.showServerErrors,
  });
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const fields = {
          code: orNull(form.values.code),
          title: orNull(form.values.title),
          statement: form.values.statement,
          type: orNull(form.values.type),
        };
        const body = node
          ? form.validate(ZUpdateItemBody, fields)
          : form.validate(ZCreateItemBody, { ...fields, parentId });
        if (body) save.mutate({ ...fields, statement: fields.statement.trim() });
      }}
    >
      <Stack gap="md">
        <Group gap="md" align="flex-start" grow wrap="wrap">
          <TextInput
            label={ITEM_LABELS.code}
            description="Optional, e.g. “1.2”."
            value={form.values.code}
            onChange={(event) => form.setValue('code', event.currentTarget.value)}
            error={form.errors.code}
            data-autofocus
            style={{ minWidth: '8rem' }}
          />
          <TextInput
            label={ITEM_LABELS.type}
            description="Optional, e.g. “Area” or “Standard”."
            value={form.values.type}
            onChange={(event) => form.setValue('type', event.currentTarget.value)}
            error={form.errors.type}
            style={{ minWidth: '10rem' }}
          />
        </Group>
        <TextInput
          label={ITEM_LABELS.title}
          description="Optional: a short name. Without one, the statement names the item."
          value={form.values.title}
          onChange={(event) => form.setValue('title', event.currentTarget.value)}
          error={form.errors.title}
        />
        <Textarea
          label={ITEM_LABELS.statement}
          description="What the item means, in full."
          autosize
          minRows={3}
          maxRows={12}
          value={form.values.statement}
          onChange={(event) => form.setValue('statement', event.currentTarget.value)}
          error={form.errors.statement}
          required
        />
        <FormAlert
          error={save.error}
          title={node ? 'The item was not saved' : 'The item was not added'}
          knownFields={Object.keys(ITEM_LABELS)}
        />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onDone} disabled={save.isPending}>
            Cancel
          </Button>
          <Button type="submit" loading={save.isPending}>
            {node ? 'Save item' : 'Add item'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function countUnder(node: TFrameworkNode): number {
  return node.children.reduce((n, child) => n + 1 + countUnder(child), 0);
}

/**
 * Holds the item form, the delete confirmation and moves for a draft's tree, so that each
 * row needs only its buttons.
 */
export function DraftItemsEditor({
  framework,
  children,
}: {
  framework: TFrameworkSummary;
  children: ReactNode;
}) {
  const refresh = useRefreshFrameworks();
  const [action, setAction] = useState<ItemAction | null>(null);
  const close = () => setAction(null);

  const remove = useMutation({
    mutationFn: (node: TFrameworkNode) => frameworkWrites.removeItem(node.id),
    onSuccess: (_void, node) => {
      void refresh();
      done('Item deleted', `${itemLabel(node)} was deleted.`);
      close();
    },
  });
  const move = useMutation({
    mutationFn: ({ node, position }: { node: TFrameworkNode; position: number }) =>
      frameworkWrites.updateItem(node.id, { position }),
    onSuccess: (item) => {
      void refresh();
      done('Item moved', `${itemLabel(item)} was moved.`);
    },
    onError: (error) =>
      notifications.show({
        color: 'red',
        title: 'The item was not moved',
        message: error.message,
      }),
  });

  const editing: DraftEditing = {
    start: (next) => {
      remove.reset();
      setAction(next);
    },
    move: (node, position) => move.mutate({ node, position }),
    moving: move.isPending,
  };

  const formAction = action && action.kind !== 'delete' ? action : null;
  const deleting = action?.kind === 'delete' ? action.node : null;
  const under = deleting ? countUnder(deleting) : 0;

  return (
    <DraftContext.Provider value={editing}>
      {children}
      <Modal
        opened={formAction !== null}
        onClose={close}
        centered
        size="lg"
        title={
          formAction?.kind === 'edit'
            ? `Edit ${itemLabel(formAction.node)}`
            : formAction?.parent
              ? `Add an item under ${itemLabel(formAction.parent)}`
              : 'Add a top-level item'
        }
      >
        {formAction ? (
          <ItemForm
            // A fresh form for each item.
            key={formAction.kind === 'edit' ? formAction.node.id : `add:${formAction.parent?.id}`}
            frameworkId={framework.id}
            action={formAction}
            onDone={close}
          />
        ) : null}
      </Modal>
      <ConfirmModal
        opened={deleting !== null}
        title={deleting ? `Delete ${itemLabel(deleting)}?` : 'Delete the item?'}
        confirmLabel="Delete item"
        danger
        loading={remove.isPending}
        error={remove.error}
        onConfirm={() => deleting && remove.mutate(deleting)}
        onClose={close}
      >
        <Text size="sm">
          {under > 0
            ? `The ${under === 1 ? 'item' : `${under.toLocaleString('en')} items`} under it will be deleted too. `
            : ''}
          This cannot be undone.
        </Text>
      </ConfirmModal>
    </DraftContext.Provider>
  );
}

/** The editing buttons at the end of each row of a draft's tree. */
export function DraftRowActions({ node, index, siblingCount, openItem }: RowActionsProps) {
  const editing = useContext(DraftContext);
  const isPhone = useIsPhone();
  if (!editing) return null;
  const label = itemLabel(node);
  const first = index === 0;
  const last = index >= siblingCount - 1;
  const actions = [
    {
      name: `Add item under ${label}`,
      short: 'Add item under',
      icon: IconPlus,
      // The new child shows at once, under its opened parent.
      onClick: () => editing.start({ kind: 'add', parent: node, onAdded: () => openItem(node.id) }),
    },
    {
      name: `Edit ${label}`,
      short: 'Edit',
      icon: IconPencil,
      onClick: () => editing.start({ kind: 'edit', node }),
    },
    {
      name: `Move up ${label}`,
      short: 'Move up',
      icon: IconArrowUp,
      disabled: first || editing.moving,
      onClick: () => editing.move(node, index - 1),
    },
    {
      name: `Move down ${label}`,
      short: 'Move down',
      icon: IconArrowDown,
      disabled: last || editing.moving,
      onClick: () => editing.move(node, index + 1),
    },
    {
      name: `Delete ${label}`,
      short: 'Delete',
      icon: IconTrash,
      danger: true,
      onClick: () => editing.start({ kind: 'delete', node }),
    },
  ];

  if (isPhone) {
    return (
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <ActionIcon variant="subtle" size={32} aria-label={`Change ${label}`}>
            <IconDots size={18} aria-hidden />
          </ActionIcon>
        </Menu.Target>
        <Menu.Dropdown>
          {actions.map((a) => (
            <Menu.Item
              key={a.short}
              leftSection={<a.icon size={16} aria-hidden />}
              color={a.danger ? 'red' : undefined}
              disabled={a.disabled}
              onClick={a.onClick}
              aria-label={a.name}
            >
              {a.short}
            </Menu.Item>
          ))}
        </Menu.Dropdown>
      </Menu>
    );
  }
  return (
    <Group gap={2} wrap="nowrap" className="fw-tree-actions">
      {actions.map((a) => (
        <Tooltip key={a.short} label={a.short} openDelay={300}>
          <ActionIcon
            variant="subtle"
            color={a.danger ? 'red' : undefined}
            size={30}
            aria-label={a.name}
            disabled={a.disabled}
            onClick={a.onClick}
          >
            <a.icon size={17} aria-hidden />
          </ActionIcon>
        </Tooltip>
      ))}
    </Group>
  );
}

// The panel above the tree: what can be done with this version

function DraftPanel({ framework }: { framework: TFrameworkSummary }) {
  const navigate = useNavigate();
  const refresh = useRefreshFrameworks();
  const editing = useContext(DraftContext);
  const [dialog, setDialog] = useState<'publish' | 'delete' | null>(null);
  const remove = useMutation({
    mutationFn: () => frameworkWrites.remove(framework.id),
    onSuccess: () => {
      void refresh();
      done('Draft deleted', `${framework.title} was deleted.`);
      navigate('/frameworks');
    },
  });
  return (
    <Alert
      color="amber"
      variant="light"
      title="Draft"
      icon={<IconPencil aria-hidden />}
      component="section"
      // A landmark to find, not an alert to announce on every visit.
      role="region"
      aria-label="Draft"
    >
      <Stack gap="sm">
        <Text size="sm">
          This framework is a draft{framework.version ? ` of version ${framework.version}` : ''}: it
          is not yet published, and nothing outside your institution can see it. You can add, edit,
          move and delete its items, then publish it with a version label when it is ready.
        </Text>
        <Group gap="sm" wrap="wrap">
          <Button
            leftSection={<IconPlus size={18} aria-hidden />}
            onClick={() => editing?.start({ kind: 'add', parent: null })}
          >
            Add item
          </Button>
          <Button
            variant="default"
            leftSection={<IconRocket size={18} aria-hidden />}
            onClick={() => setDialog('publish')}
          >
            Publish
          </Button>
          <Button
            variant="default"
            color="red"
            leftSection={<IconTrash size={18} aria-hidden />}
            onClick={() => {
              remove.reset();
              setDialog('delete');
            }}
          >
            Delete draft
          </Button>
        </Group>
      </Stack>
      <Modal
        opened={dialog === 'publish'}
        onClose={() => setDialog(null)}
        title={`Publish ${framework.title}`}
        centered
      >
        <PublishForm framework={framework} onDone={() => setDialog(null)} />
      </Modal>
      <ConfirmModal
        opened={dialog === 'delete'}
        title="Delete this draft?"
        confirmLabel="Delete draft"
        danger
        loading={remove.isPending}
        error={remove.error}
        onConfirm={() => remove.mutate()}
        onClose={() => setDialog(null)}
      >
        <Text size="sm">
          {framework.title} and its {framework.itemCount.toLocaleString('en')} items will be
          deleted. Published versions, if any, stay as they are. This cannot be undone.
        </Text>
      </ConfirmModal>
    </Alert>
  );
}

function ShareOverCase({ framework }: { framework: TFrameworkSummary }) {
  const refresh = useRefreshFrameworks();
  const share = useMutation({
    mutationFn: (isPublic: boolean) => frameworkWrites.update(framework.id, { isPublic }),
    onSuccess: (updated) => {
      void refresh();
      done(
        updated.isPublic ? 'Shared over CASE' : 'No longer shared',
        updated.isPublic
          ? `Other systems can now read ${updated.title} version ${updated.version}.`
          : `Other systems can no longer read ${updated.title} version ${updated.version}.`,
      );
    },
  });
  const on = share.isPending ? (share.variables ?? framework.isPublic) : framework.isPublic;
  const address = `${window.location.origin}/ims/case/v1p1/CFPackages/${framework.identifier}`;
  return (
    <Stack gap="xs">
      <Switch
        label="Share over CASE"
        description="Lets other systems (a VLE, a portfolio or another institution’s Cairn) read this published version without signing in, through CASE, the 1EdTech standard for exchanging competency frameworks. People still need to sign in to Cairn."
        checked={on}
        disabled={share.isPending}
        onChange={(event) => share.mutate(event.currentTarget.checked)}
      />
      <FormAlert error={share.error} title="The sharing did not change" />
      {framework.isPublic ? (
        <Stack gap={4}>
          <Text size="sm" fw={600}>
            Public CASE address
          </Text>
          <CopyField value={address} copyLabel="Copy address" testId="case-address" />
        </Stack>
      ) : null}
    </Stack>
  );
}

function PublishedPanel({ framework }: { framework: TFrameworkSummary }) {
  const navigate = useNavigate();
  const refresh = useRefreshFrameworks();
  const next = useMutation({
    mutationFn: () => frameworkWrites.newVersion(framework.id),
    onSuccess: (draft) => {
      void refresh();
      done('New version started', `A draft of ${draft.title} is ready to edit.`);
      navigate(`/frameworks/${draft.id}`);
    },
  });
  return (
    <Card
      withBorder
      padding="lg"
      p={{ base: 'md', sm: 'lg' }}
      component="section"
      aria-labelledby="manage-heading"
    >
      <Stack gap="md">
        <Title order={2} fz="lg" id="manage-heading">
          Manage this framework
        </Title>
        <Text size="sm">
          Version {framework.version} is published, so its items no longer change. To change the
          framework, start a new version: a draft copy that you edit and then publish with its own
          label.
        </Text>
        <Group gap="sm" wrap="wrap">
          <Button
            leftSection={<IconGitBranch size={18} aria-hidden />}
            loading={next.isPending}
            onClick={() => next.mutate()}
          >
            Start a new version
          </Button>
          <CopyButton framework={framework} variant="default" />
        </Group>
        <FormAlert error={next.error} title="The new version was not started" />
        <ShareOverCase framework={framework} />
      </Stack>
    </Card>
  );
}

/** What administrators and managers can do with the framework on screen. */
export function EditingPanel({ framework }: { framework: TFrameworkSummary }) {
  const canEdit = useCanEditFrameworks();
  if (!canEdit) return null;
  if (framework.builtin) {
    return (
      <Group gap="sm" align="center" wrap="wrap">
        <CopyButton framework={framework} variant="filled" />
        <Text size="sm" c="dimmed" style={{ flex: '1 1 16rem' }}>
          Built-in frameworks cannot be changed. A copy is a draft of your institution that you can
          adapt and publish.
        </Text>
      </Group>
    );
  }
  if (framework.status === 'draft') return <DraftPanel framework={framework} />;
  return <PublishedPanel framework={framework} />;
}
