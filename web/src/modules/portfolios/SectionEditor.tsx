import {
  Alert,
  Badge,
  Button,
  Card,
  Group,
  Modal,
  Stack,
  TagsInput,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { TPortfolio, TSection } from '../../../../contracts';
import { api, isApiError } from '../../app/api';
import { FormAlert } from '../../app/components/FormAlert';
import { formatDateTime } from '../../app/format';
import { DiffText } from './DiffText';
import { Rendered } from './MarkdownField';
import { MarkdownField } from './MarkdownField';
import {
  portfolioKey,
  portfolioPath,
  portfolioWrites,
  useRefreshPortfolios,
  useRevisions,
} from './portfoliosApi';
import { SectionEvidence, EvidenceItem } from './SectionEvidence';
import { type TSectionSpec, countWords, sectionName, wordGuidance } from './words';

interface Draft {
  customTitle: string;
  description: string;
  reflection: string;
  declarations: string[];
}

const draftOf = (s: TSection): Draft => ({
  customTitle: s.customTitle ?? '',
  description: s.description,
  reflection: s.reflection,
  declarations: s.declarations,
});

const same = (a: Draft, b: Draft) =>
  a.customTitle.trim() === b.customTitle.trim() &&
  a.description === b.description &&
  a.reflection === b.reflection &&
  a.declarations.join('\u0000') === b.declarations.join('\u0000');

/** The fields of a save (only what the section's template uses). */
function body(spec: TSectionSpec | undefined, d: Draft, revision: number) {
  return {
    revision,
    description: d.description,
    reflection: d.reflection,
    ...(spec?.named ? { customTitle: d.customTitle.trim() || null } : {}),
    ...(spec?.declarations ? { declarations: d.declarations } : {}),
  };
}

/**
 * Two saves of one section: the other one (as saved) and this person's (not saved), side by
 * side with what differs highlighted; either choice keeps both in the section's history.
 */
function ConflictModal({
  theirs,
  mine,
  spec,
  onKeepMine,
  onTakeTheirs,
  saving,
  error,
}: {
  theirs: TSection | null;
  mine: Draft;
  spec: TSectionSpec | undefined;
  onKeepMine: () => void;
  onTakeTheirs: () => void;
  saving: boolean;
  error: unknown;
}) {
  if (!theirs) return null;
  const t = draftOf(theirs);
  const rows: { label: string; theirs: string; mine: string }[] = [];
  if (spec?.named) rows.push({ label: 'Name', theirs: t.customTitle, mine: mine.customTitle });
  rows.push({ label: 'Description', theirs: t.description, mine: mine.description });
  rows.push({ label: 'Reflection', theirs: t.reflection, mine: mine.reflection });
  if (spec?.declarations)
    rows.push({
      label: spec.declarations.label,
      theirs: t.declarations.join(', '),
      mine: mine.declarations.join(', '),
    });
  return (
    <Modal
      opened
      onClose={onTakeTheirs}
      withCloseButton={false}
      closeOnClickOutside={false}
      closeOnEscape={false}
      title="This section changed while you were editing"
      size="xl"
    >
      <Stack gap="md">
        <Text size="sm">
          Someone (perhaps you, in another tab or device) saved “{sectionName(theirs)}” at{' '}
          {formatDateTime(theirs.updatedAt)}. Nothing was overwritten. Compare the two versions and
          choose which to keep; the other stays in the section’s history.
        </Text>
        {rows
          .filter((r) => r.theirs !== r.mine)
          .map((r) => (
            <Stack key={r.label} gap={4}>
              <Title order={3} fz="sm">
                {r.label}
              </Title>
              <div className="pf-compare">
                <Card
                  withBorder
                  padding="sm"
                  component="section"
                  aria-label={`${r.label}: saved version`}
                >
                  <Text size="xs" fw={650} c="dimmed" mb={4}>
                    Saved version (theirs)
                  </Text>
                  <DiffText before={r.mine} after={r.theirs} only />
                </Card>
                <Card
                  withBorder
                  padding="sm"
                  component="section"
                  aria-label={`${r.label}: your version`}
                >
                  <Text size="xs" fw={650} c="dimmed" mb={4}>
                    Your version (not saved)
                  </Text>
                  <DiffText before={r.theirs} after={r.mine} only />
                </Card>
              </div>
            </Stack>
          ))}
        <FormAlert error={error} title="Your version was not saved" />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onTakeTheirs} disabled={saving}>
            Take theirs
          </Button>
          <Button onClick={onKeepMine} loading={saving}>
            Keep mine (save again on top)
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/** Every save of the section; any can be put back into the editor (then saved as a new save). */
function History({
  portfolioId,
  sectionId,
  onRestore,
}: {
  portfolioId: string;
  sectionId: string;
  onRestore: (d: Draft) => void;
}) {
  const [open, setOpen] = useState(false);
  const revisions = useRevisions(portfolioId, sectionId, open);
  return (
    <Stack gap="xs">
      <Button
        variant="subtle"
        size="compact-sm"
        style={{ alignSelf: 'flex-start' }}
        onClick={() => setOpen((o) => !o)}
        aria-expanded={open}
      >
        {open ? 'Hide earlier saves' : 'Earlier saves of this section'}
      </Button>
      {open ? (
        <>
          <FormAlert error={revisions.error} title="Earlier saves did not load" />
          {revisions.data && revisions.data.revisions.length === 0 ? (
            <Text size="sm" c="dimmed">
              Not saved yet.
            </Text>
          ) : null}
          {revisions.data && revisions.data.revisions.length > 0 ? (
            <Stack
              component="ul"
              gap={4}
              m={0}
              p={0}
              style={{ listStyle: 'none' }}
              aria-label="Earlier saves"
            >
              {revisions.data.revisions.map((r) => (
                <Group
                  component="li"
                  key={r.revision}
                  justify="space-between"
                  wrap="nowrap"
                  gap="sm"
                >
                  <Text size="sm">
                    Save {r.revision} · {formatDateTime(r.savedAt)} ·{' '}
                    {countWords(r.description) + countWords(r.reflection)} words
                  </Text>
                  <Button
                    size="compact-xs"
                    variant="light"
                    onClick={() =>
                      onRestore({
                        customTitle: r.customTitle ?? '',
                        description: r.description,
                        reflection: r.reflection,
                        declarations: r.declarations,
                      })
                    }
                  >
                    Put back in the editor
                  </Button>
                </Group>
              ))}
            </Stack>
          ) : null}
        </>
      ) : null}
    </Stack>
  );
}

/** A section as a reader sees it (submitted or shared portfolios). */
export function SectionReadOnly({
  section,
  reader = false,
}: {
  section: TSection;
  /** Behind a secret link: CPD entries show their reflection instead of linking to the log. */
  reader?: boolean;
}) {
  return (
    <Stack gap="md">
      {section.declarations.length > 0 ? (
        <Group gap={6}>
          {section.declarations.map((d) => (
            <Badge key={d} variant="light">
              {d}
            </Badge>
          ))}
        </Group>
      ) : null}
      {section.parts.includes('description') ? (
        <Stack gap={4}>
          <Title order={3} fz="md">
            Description
          </Title>
          {section.descriptionHtml ? (
            <Rendered html={section.descriptionHtml} label={`${section.title}: description`} />
          ) : (
            <Text c="dimmed">No description.</Text>
          )}
        </Stack>
      ) : null}
      {section.parts.includes('evidence') ? (
        <Stack gap={4}>
          <Title order={3} fz="md">
            Evidence
          </Title>
          {section.evidence.length > 0 ? (
            <Stack component="ul" gap={0} m={0} p={0} style={{ listStyle: 'none' }}>
              {section.evidence.map((e) => (
                <EvidenceItem key={e.id} e={e} reader={reader} />
              ))}
            </Stack>
          ) : (
            <Text c="dimmed">No evidence.</Text>
          )}
        </Stack>
      ) : null}
      {section.parts.includes('reflection') ? (
        <Stack gap={4}>
          <Title order={3} fz="md">
            Reflection
          </Title>
          {section.reflectionHtml ? (
            <Rendered html={section.reflectionHtml} label={`${section.title}: reflection`} />
          ) : (
            <Text c="dimmed">No reflection.</Text>
          )}
        </Stack>
      ) : null}
    </Stack>
  );
}

export function SectionEditor({
  portfolio,
  section,
  spec,
  readOnly,
  onDirtyChange,
}: {
  portfolio: TPortfolio;
  section: TSection;
  spec: TSectionSpec | undefined;
  readOnly: boolean;
  onDirtyChange: (dirty: boolean) => void;
}) {
  const queryClient = useQueryClient();
  const refresh = useRefreshPortfolios();
  const [draft, setDraft] = useState<Draft>(() => draftOf(section));
  const [base, setBase] = useState<TSection>(section);
  const [theirs, setTheirs] = useState<TSection | null>(null);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const dirty = !same(draft, draftOf(base));

  // Another section, or the server's copy moved on while nothing was typed here: follow it.
  useEffect(() => {
    if (section.id !== base.id) {
      setDraft(draftOf(section));
      setBase(section);
      setTheirs(null);
      setError(null);
    } else if (section.revision > base.revision && !dirty) {
      setDraft(draftOf(section));
      setBase(section);
    }
  }, [section, base, dirty]);

  useEffect(() => onDirtyChange(dirty), [dirty, onDirtyChange]);

  const set = <K extends keyof Draft>(key: K, value: Draft[K]) =>
    setDraft((d) => ({ ...d, [key]: value }));

  const save = async (revision: number) => {
    setSaving(true);
    setError(null);
    try {
      const saved = await portfolioWrites.saveSection(
        portfolio.id,
        section.id,
        body(spec, draft, revision),
      );
      setBase(saved);
      setDraft(draftOf(saved));
      setTheirs(null);
      queryClient.setQueryData<TPortfolio>(portfolioKey(portfolio.id), (p) =>
        p ? { ...p, sectionList: p.sectionList.map((s) => (s.id === saved.id ? saved : s)) } : p,
      );
      void refresh();
    } catch (e) {
      if (isApiError(e) && e.code === 'EDIT_CONFLICT') {
        // The section as saved by the other save, to compare with this one.
        const now = await api<TPortfolio>('GET', portfolioPath(portfolio.id));
        const current = now.sectionList.find((s) => s.id === section.id) ?? null;
        setTheirs(current);
        if (theirs) setError(e);
      } else {
        setError(e);
      }
    } finally {
      setSaving(false);
    }
  };

  const guidance = wordGuidance(spec?.words);
  const words = countWords(draft.description) + countWords(draft.reflection);

  return (
    <Card
      withBorder
      padding="lg"
      p={{ base: 'md', sm: 'lg' }}
      component="article"
      aria-labelledby="pf-section-title"
    >
      <Stack gap="lg">
        <Stack gap={6}>
          <Title order={2} fz="xl" id="pf-section-title">
            {sectionName({ title: section.title, customTitle: draft.customTitle.trim() || null })}
          </Title>
          <Alert variant="light" color="gray" icon={<IconInfoCircle aria-hidden />} p="sm">
            <Text size="sm">{section.guidance}</Text>
            {guidance ? (
              <Text
                size="xs"
                mt={4}
                c={spec?.words?.max !== undefined && words > spec.words.max ? 'red.8' : 'dimmed'}
                data-testid="section-words"
              >
                {words} words written; the guidance is {guidance}.
              </Text>
            ) : null}
          </Alert>
        </Stack>

        {readOnly ? (
          <SectionReadOnly section={section} />
        ) : (
          <>
            {spec?.named ? (
              <TextInput
                label="Name your specialist area"
                description="For example Accessibility, Video production or Learning analytics."
                value={draft.customTitle}
                onChange={(e) => set('customTitle', e.currentTarget.value)}
                maxLength={200}
              />
            ) : null}
            {section.parts.includes('description') ? (
              <MarkdownField
                label="Description"
                description="What you did, where and with whom. Markdown works: **bold**, lists starting with -, links as [words](https://…)."
                value={draft.description}
                onChange={(v) => set('description', v)}
              />
            ) : null}
            {spec?.declarations ? (
              <TagsInput
                label={spec.declarations.label}
                description={spec.declarations.hint}
                data={spec.declarations.suggestions ?? []}
                value={draft.declarations}
                onChange={(v) => set('declarations', v)}
                placeholder="Choose or type, then Enter"
                clearable
              />
            ) : null}
            {section.parts.includes('reflection') ? (
              <MarkdownField
                label="Reflection"
                description="What you learnt, what you would do differently, and what it changed in your practice."
                value={draft.reflection}
                onChange={(v) => set('reflection', v)}
              />
            ) : null}
            <Group gap="sm" justify="space-between" wrap="wrap">
              <Text size="sm" c="dimmed" aria-live="polite">
                {dirty ? 'Unsaved changes' : `Saved ${formatDateTime(base.updatedAt)}`}
              </Text>
              <Group gap="sm">
                {dirty ? (
                  <Button
                    variant="default"
                    onClick={() => setDraft(draftOf(base))}
                    disabled={saving}
                  >
                    Discard changes
                  </Button>
                ) : null}
                <Button
                  onClick={() => void save(base.revision)}
                  loading={saving && !theirs}
                  disabled={!dirty}
                >
                  Save section
                </Button>
              </Group>
            </Group>
            {!theirs ? <FormAlert error={error} title="The section was not saved" /> : null}
            <History portfolioId={portfolio.id} sectionId={section.id} onRestore={setDraft} />
            {section.parts.includes('evidence') ? (
              <SectionEvidence
                portfolioId={portfolio.id}
                section={section}
                minEvidence={spec?.minEvidence}
              />
            ) : null}
          </>
        )}
      </Stack>
      <ConflictModal
        theirs={theirs}
        mine={draft}
        spec={spec}
        saving={saving}
        error={error}
        onKeepMine={() => theirs && void save(theirs.revision)}
        onTakeTheirs={() => {
          if (!theirs) return;
          setBase(theirs);
          setDraft(draftOf(theirs));
          setTheirs(null);
          setError(null);
          void refresh();
        }}
      />
    </Card>
  );
}
