import {
  Alert,
  Anchor,
  Checkbox,
  Loader,
  Modal,
  MultiSelect,
  Radio,
  Select,
  Stack,
  Text,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMutation } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import {
  SUBMISSION_KIND_LABELS,
  type TScheme,
  type TSubmission,
  type TSubmissionKind,
} from '../../../../contracts';
import { ModalForm } from '../../app/components/ModalForm';
import { formatDate, formatList } from '../../app/format';
import { useCurrentMe } from '../../app/session';
import { usePortfolios, useShareCandidates } from '../portfolios/portfoliosApi';
import { reviewWrites, useRefreshReviews, useSchemes } from './reviewsApi';

export interface SubmitDefaults {
  schemeId?: string;
  portfolioId?: string;
  kind?: TSubmissionKind;
  previousSubmissionId?: string;
  /** Conflicts named on the submission this one follows. */
  conflictUserIds?: string[];
  conflictSameInstitution?: boolean;
}

const KIND_HINTS: Record<TSubmissionKind, string> = {
  first: 'Your first submission to this scheme.',
  resubmission: 'After a referral: the changes the assessors asked for are made.',
  review: 'The periodic review of a credential you hold from this scheme.',
};

/** Schemes a person may submit to: active, and open to them. */
function canSubmitTo(s: TScheme, institutionId: string | null): boolean {
  if (s.status !== 'active') return false;
  return s.my.candidate || s.openTo === 'any-institution' || s.institutionId === institutionId;
}

/**
 * Submit a portfolio to a scheme: the scheme, one of the person's portfolios on a template it
 * accepts, the kind, and the people who must not assess it. The intake check runs at once;
 * the submission's page shows what it found.
 */
export function SubmitModal({
  opened,
  onClose,
  defaults,
  submissions,
}: {
  opened: boolean;
  onClose: () => void;
  defaults?: SubmitDefaults;
  /** The person's own submissions (for a resubmission or a review). */
  submissions: TSubmission[];
}) {
  const me = useCurrentMe();
  const navigate = useNavigate();
  const refresh = useRefreshReviews();
  const schemes = useSchemes();
  const portfolios = usePortfolios();
  const [schemeId, setSchemeId] = useState<string | null>(null);
  const [portfolioId, setPortfolioId] = useState<string | null>(null);
  const [kind, setKind] = useState<TSubmissionKind>('first');
  const [previousId, setPreviousId] = useState<string | null>(null);
  const [conflictIds, setConflictIds] = useState<string[]>([]);
  const [known, setKnown] = useState<Record<string, string>>({});
  const [sameInstitution, setSameInstitution] = useState(false);
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 250);

  // Each opening starts from the defaults (a "submit again" fills in what it knows).
  useEffect(() => {
    if (!opened) return;
    setSchemeId(defaults?.schemeId ?? null);
    setPortfolioId(defaults?.portfolioId ?? null);
    setKind(defaults?.kind ?? 'first');
    setPreviousId(defaults?.previousSubmissionId ?? null);
    setConflictIds(defaults?.conflictUserIds ?? []);
    setSameInstitution(defaults?.conflictSameInstitution ?? false);
    setSearch('');
  }, [opened, defaults]);

  const open = (schemes.data?.schemes ?? []).filter((s) =>
    canSubmitTo(s, me.institution?.id ?? null),
  );
  const scheme = open.find((s) => s.id === schemeId) ?? null;
  const mine = (portfolios.data?.portfolios ?? []).filter((p) => p.mine);
  const accepted = scheme
    ? mine.filter((p) => scheme.acceptedTemplateIds.includes(p.template.id))
    : [];
  const referred = submissions.filter((s) => s.schemeId === schemeId && s.state === 'referred');
  const passed = submissions.filter((s) => s.schemeId === schemeId && s.state === 'passed');
  const people = useShareCandidates(portfolioId ?? '', portfolioId && opened ? debounced : '');
  const conflictData = useMemo(() => {
    const found = (people.data ?? [])
      .filter((p) => p.userId !== me.user.id)
      .map((p) => ({ value: p.userId, label: `${p.name} (${p.email})` }));
    const chosen = conflictIds
      .filter((id) => !found.some((f) => f.value === id))
      .map((id) => ({ value: id, label: known[id] ?? 'A colleague you named before' }));
    return [...chosen, ...found];
  }, [people.data, conflictIds, known, me.user.id]);

  const submit = useMutation({
    mutationFn: () =>
      reviewWrites.submit({
        schemeId: schemeId ?? '',
        portfolioId: portfolioId ?? '',
        kind,
        ...(kind !== 'first' && previousId ? { previousSubmissionId: previousId } : {}),
        conflictUserIds: conflictIds,
        conflictSameInstitution: sameInstitution,
      }),
    onSuccess: (s) => {
      void refresh();
      onClose();
      navigate(`/reviews/submissions/${s.id}`);
    },
  });
  useEffect(() => {
    if (!opened) submit.reset();
  }, [opened, submit.reset]);

  const missingPrevious = kind === 'resubmission' && !previousId;
  const ready = Boolean(schemeId && portfolioId) && !missingPrevious;

  return (
    <Modal opened={opened} onClose={onClose} title="Submit a portfolio for review" size="lg">
      <ModalForm
        onSubmit={() => submit.mutate()}
        error={submit.error}
        errorTitle="Not submitted"
        submitLabel="Submit for review"
        pending={submit.isPending}
        onCancel={onClose}
        submitProps={{ disabled: !ready }}
      >
        <Text size="sm">
          Cairn freezes the portfolio as it is now and checks it first: every required section
          filled in and every evidence link answering. You can keep editing your portfolio; the
          assessors read the frozen copy.
        </Text>
        {schemes.isPending || portfolios.isPending ? (
          <Loader size="sm" aria-label="Loading schemes and portfolios" />
        ) : null}
        {schemes.data && open.length === 0 ? (
          <Alert color="gray" variant="light" title="No scheme to submit to yet">
            No scheme on this server is open to you. A coordinator (an administrator or manager of
            an institution) sets one up under Accreditation, Schemes.
          </Alert>
        ) : null}
        <Select
          label="Scheme"
          placeholder="Choose a scheme"
          data={open.map((s) => ({ value: s.id, label: `${s.name} (${s.institutionName})` }))}
          value={schemeId}
          onChange={(v) => {
            setSchemeId(v);
            setPortfolioId(null);
            setPreviousId(null);
            submit.reset();
          }}
          allowDeselect={false}
          required
          withAsterisk={false}
        />
        {scheme ? (
          <Text size="xs" c="dimmed" mt={-8}>
            Accepts {formatList(scheme.acceptedTemplates.map((t) => t.title))}. Decision within{' '}
            {scheme.turnaroundDays} days.
            {scheme.openNow ? '' : ' Not open for submissions today.'}
          </Text>
        ) : null}
        {scheme && portfolios.data && accepted.length === 0 ? (
          <Alert color="amber" variant="light" title="No portfolio this scheme accepts">
            This scheme accepts portfolios made from{' '}
            {formatList(scheme.acceptedTemplates.map((t) => t.title))}.{' '}
            <Anchor component={Link} to="/portfolios">
              Start one in Portfolios
            </Anchor>
            .
          </Alert>
        ) : null}
        <Select
          label="Portfolio"
          placeholder={scheme ? 'Choose one of your portfolios' : 'Choose a scheme first'}
          data={accepted.map((p) => ({
            value: p.id,
            label: `${p.title} (${p.template.title})`,
          }))}
          value={portfolioId}
          onChange={(v) => {
            setPortfolioId(v);
            submit.reset();
          }}
          disabled={!scheme}
          allowDeselect={false}
          required
          withAsterisk={false}
        />
        <Radio.Group
          label="Kind of submission"
          value={kind}
          onChange={(v) => {
            setKind(v as TSubmissionKind);
            setPreviousId(null);
          }}
        >
          <Stack gap={6} mt={6}>
            {(['first', 'resubmission', 'review'] as const).map((k) => (
              <Radio
                key={k}
                value={k}
                label={SUBMISSION_KIND_LABELS[k]}
                description={KIND_HINTS[k]}
              />
            ))}
          </Stack>
        </Radio.Group>
        {kind === 'resubmission' ? (
          referred.length > 0 ? (
            <Select
              label="The referred submission this answers"
              data={referred.map((s) => ({
                value: s.id,
                label: `${s.portfolioTitle}, submitted ${formatDate(s.submittedAt)}`,
              }))}
              value={previousId}
              onChange={setPreviousId}
              allowDeselect={false}
              required
              withAsterisk={false}
            />
          ) : (
            <Text size="sm" c="red.9">
              {scheme
                ? 'You have no referred submission in this scheme: a resubmission answers a referral.'
                : 'Choose the scheme first.'}
            </Text>
          )
        ) : null}
        {kind === 'review' && passed.length > 0 ? (
          <Select
            label="The passed submission under review (optional)"
            description="Leave it empty to review your latest pass."
            data={passed.map((s) => ({
              value: s.id,
              label: `${s.portfolioTitle}, passed ${formatDate(s.decision?.decidedAt ?? s.submittedAt)}`,
            }))}
            value={previousId}
            onChange={setPreviousId}
            clearable
          />
        ) : null}
        <MultiSelect
          label="People who must not assess this (optional)"
          description="A line manager or a close colleague. Type at least 2 letters of a name or email."
          placeholder={portfolioId ? 'Search your colleagues' : 'Choose a portfolio first'}
          disabled={!portfolioId}
          searchable
          searchValue={search}
          onSearchChange={setSearch}
          filter={({ options }) => options}
          data={conflictData}
          value={conflictIds}
          onChange={(ids) => {
            const labels = { ...known };
            for (const d of conflictData) labels[d.value] = d.label;
            setKnown(labels);
            setConflictIds(ids);
          }}
          nothingFoundMessage={
            debounced.trim().length < 2
              ? 'Type at least 2 letters'
              : people.isFetching
                ? 'Searching…'
                : 'Nobody in your institution by that name or email'
          }
        />
        <Checkbox
          label="No assessor from my own institution"
          description="The coordinator then assigns assessors from other institutions on this server."
          checked={sameInstitution}
          onChange={(e) => setSameInstitution(e.currentTarget.checked)}
        />
      </ModalForm>
    </Modal>
  );
}
