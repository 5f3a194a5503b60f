import {
  ActionIcon,
  Card,
  Checkbox,
  Group,
  NumberInput,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  Textarea,
  TextInput,
  Title,
  Tooltip,
} from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconTrash } from '@tabler/icons-react';
import { ItemPicker } from '../../cpd/ItemPicker';
import { keyFromTitle, type SectionDraft, type TNum, type TPart } from './draft';

/** Server messages for one section, by the path inside it ("title", "items.0", "words.min"). */
export type SectionErrors = Map<string, string>;

const PART_LABELS: Record<TPart, string> = {
  description: 'Description',
  evidence: 'Evidence',
  reflection: 'Reflection',
};

function num(v: string | number): TNum {
  return typeof v === 'number' ? v : v.trim() === '' ? '' : Number(v);
}

/** The first message whose path is `field` or starts with it ("items" finds "items.2"). */
function errorAt(errors: SectionErrors, field: string): string | undefined {
  for (const [path, message] of errors)
    if (path === field || path.startsWith(`${field}.`))
      return message.charAt(0).toUpperCase() + message.slice(1);
  return undefined;
}

interface Props {
  section: SectionDraft;
  index: number;
  count: number;
  errors: SectionErrors;
  onChange: (next: SectionDraft) => void;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
}

/** One section of a new template: what it asks for and the rules the checker applies. */
export function SectionFields({
  section: s,
  index,
  count,
  errors,
  onChange,
  onMove,
  onRemove,
}: Props) {
  const set = (changes: Partial<SectionDraft>) => onChange({ ...s, ...changes });
  const n = index + 1;
  const name = s.title.trim() || 'Untitled section';
  const headingId = `${s.uid}-heading`;
  const itemsError = errorAt(errors, 'items');
  const known = [
    'title',
    'key',
    'guidance',
    'parts',
    'words',
    'items',
    'minEvidence',
    'declarations',
  ];
  const other = [...errors].filter(
    ([path]) => !known.some((k) => path === k || path.startsWith(`${k}.`)),
  );

  return (
    <Card withBorder padding="md" component="section" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Group justify="space-between" wrap="nowrap" align="flex-start" gap="xs">
          <Title order={3} fz="md" id={headingId} style={{ minWidth: 0, overflowWrap: 'anywhere' }}>
            Section {n}: {name}
          </Title>
          <Group gap={4} wrap="nowrap">
            <Tooltip label="Move up">
              <ActionIcon
                variant="default"
                size="lg"
                aria-label={`Move section ${n} up`}
                disabled={index === 0}
                onClick={() => onMove(-1)}
              >
                <IconArrowUp size={18} aria-hidden />
              </ActionIcon>
            </Tooltip>
            <Tooltip label="Move down">
              <ActionIcon
                variant="default"
                size="lg"
                aria-label={`Move section ${n} down`}
                disabled={index === count - 1}
                onClick={() => onMove(1)}
              >
                <IconArrowDown size={18} aria-hidden />
              </ActionIcon>
            </Tooltip>
            <Tooltip label="Remove section">
              <ActionIcon
                variant="default"
                color="red"
                size="lg"
                aria-label={`Remove section ${n}: ${name}`}
                disabled={count === 1}
                onClick={onRemove}
              >
                <IconTrash size={18} aria-hidden />
              </ActionIcon>
            </Tooltip>
          </Group>
        </Group>
        {other.length > 0 ? (
          <Text size="sm" c="red.8" role="alert">
            {other.map(([path, message]) => `${path}: ${message}`).join('; ')}
          </Text>
        ) : null}
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput
            label="Section title"
            required
            value={s.title}
            maxLength={200}
            error={errorAt(errors, 'title')}
            onChange={(e) => {
              const title = e.currentTarget.value;
              set(s.keyEdited ? { title } : { title, key: keyFromTitle(title) });
            }}
          />
          <TextInput
            label="Key"
            description="Lower-case letters, digits and dashes; made from the title unless you change it."
            value={s.key}
            maxLength={60}
            error={errorAt(errors, 'key')}
            onChange={(e) => set({ key: e.currentTarget.value, keyEdited: true })}
          />
        </SimpleGrid>
        <Textarea
          label="Guidance"
          description="What the candidate should write and show here."
          autosize
          minRows={2}
          maxRows={8}
          maxLength={4000}
          value={s.guidance}
          error={errorAt(errors, 'guidance')}
          onChange={(e) => set({ guidance: e.currentTarget.value })}
        />
        <Checkbox.Group
          label="What the section asks for"
          description="At least one."
          value={s.parts}
          error={errorAt(errors, 'parts')}
          onChange={(v) => set({ parts: v as TPart[] })}
        >
          <Group gap="lg" mt={6}>
            {(Object.keys(PART_LABELS) as TPart[]).map((p) => (
              <Checkbox key={p} value={p} label={PART_LABELS[p]} />
            ))}
          </Group>
        </Checkbox.Group>
        <SimpleGrid cols={{ base: 2, sm: 3 }} spacing="sm">
          <NumberInput
            label="Words, at least"
            min={0}
            allowDecimal={false}
            allowNegative={false}
            value={s.wordsMin}
            error={errorAt(errors, 'words.min') ?? errorAt(errors, 'words')}
            onChange={(v) => set({ wordsMin: num(v) })}
          />
          <NumberInput
            label="Words, at most"
            min={1}
            allowDecimal={false}
            allowNegative={false}
            value={s.wordsMax}
            error={errorAt(errors, 'words.max')}
            onChange={(v) => set({ wordsMax: num(v) })}
          />
          <NumberInput
            label="Pieces of evidence, at least"
            min={0}
            max={50}
            allowDecimal={false}
            allowNegative={false}
            value={s.minEvidence}
            error={errorAt(errors, 'minEvidence')}
            onChange={(v) => set({ minEvidence: num(v) })}
          />
        </SimpleGrid>
        <ItemPicker
          label="Framework items"
          description="The items this section shows; the coverage map counts evidence against them."
          value={s.items}
          onChange={(items) => set({ items })}
          error={itemsError}
        />
        <Group gap="lg">
          <Switch
            label="The candidate names this section"
            checked={s.named}
            onChange={(e) => set({ named: e.currentTarget.checked })}
          />
          <Switch
            label="Optional"
            checked={s.optional}
            onChange={(e) => set({ optional: e.currentTarget.checked })}
          />
          <Switch
            label="Ask for declarations"
            checked={s.declarations}
            onChange={(e) => set({ declarations: e.currentTarget.checked })}
          />
        </Group>
        {s.declarations ? (
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
            <TextInput
              label="Declarations label"
              description="What the candidate names, e.g. “Legislative areas”."
              value={s.declarationLabel}
              maxLength={200}
              error={errorAt(errors, 'declarations.label') ?? errorAt(errors, 'declarations')}
              onChange={(e) => set({ declarationLabel: e.currentTarget.value })}
            />
            <TextInput
              label="Declarations hint"
              value={s.declarationHint}
              maxLength={1000}
              error={errorAt(errors, 'declarations.hint')}
              onChange={(e) => set({ declarationHint: e.currentTarget.value })}
            />
            <NumberInput
              label="Declarations, at least"
              min={1}
              max={10}
              allowDecimal={false}
              allowNegative={false}
              value={s.declarationMin}
              error={errorAt(errors, 'declarations.min')}
              onChange={(v) => set({ declarationMin: num(v) })}
            />
          </SimpleGrid>
        ) : null}
      </Stack>
    </Card>
  );
}
