import {
  Alert,
  Anchor,
  Badge,
  Box,
  Button,
  Card,
  Group,
  Loader,
  Radio,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { IconAlertCircle, IconLock } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import {
  ASSESSOR_ROLE_LABELS,
  OUTCOME_LABELS,
  SUBMISSION_KIND_LABELS,
  type TJudgement,
  type TJudgementBody,
  type TOutcome,
  type TReviewPortfolio,
  type TSubmission,
} from '../../../../contracts';
import { isApiError } from '../../app/api';
import { ConfirmModal } from '../../app/components/ConfirmModal';
import { FormAlert } from '../../app/components/FormAlert';
import { PageTitle } from '../../app/components/PageTitle';
import { formatDate } from '../../app/format';
import { JudgementView } from './JudgementView';
import { FrozenSection, OverdueBadge, StateBadge } from './parts';
import {
  reviewWrites,
  useJudgements,
  useRefreshReviews,
  useReviewPortfolio,
  useSubmission,
} from './reviewsApi';
import { PART_LABELS, PARTS, type TPart } from './words';
import './reviews.css';

type Value = 'met' | 'not-yet' | null;
interface SectionDraft {
  description: Value;
  evidence: Value;
  reflection: Value;
  comment: string;
}
interface Draft {
  sections: Record<string, SectionDraft>;
  overallFeedback: string;
  recommendation: TOutcome | null;
}

type Section = TReviewPortfolio['sections'][number];

const emptySection = (): SectionDraft => ({
  description: null,
  evidence: null,
  reflection: null,
  comment: '',
});

function draftFrom(portfolio: TReviewPortfolio, mine: TJudgement | null): Draft {
  const sections: Record<string, SectionDraft> = {};
  for (const s of portfolio.sections) {
    const saved = mine?.sections.find((x) => x.sectionKey === s.key);
    sections[s.key] = saved
      ? {
          description: saved.description,
          evidence: saved.evidence,
          reflection: saved.reflection,
          comment: saved.comment,
        }
      : emptySection();
  }
  return {
    sections,
    overallFeedback: mine?.overallFeedback ?? '',
    recommendation: mine?.recommendation ?? null,
  };
}

function bodyOf(portfolio: TReviewPortfolio, d: Draft): TJudgementBody {
  return {
    sections: portfolio.sections.map((s) => {
      const x = d.sections[s.key] ?? emptySection();
      return {
        sectionKey: s.key,
        sectionTitle: s.title,
        description: x.description,
        evidence: x.evidence,
        reflection: x.reflection,
        comment: x.comment,
      };
    }),
    overallFeedback: d.overallFeedback,
    recommendation: d.recommendation,
  };
}

/**
 * The server's field messages ("sections.2.evidence") under the matching controls; anything
 * else stays in the alert.
 */
function fieldErrors(error: unknown, portfolio: TReviewPortfolio): Record<string, string> {
  const out: Record<string, string> = {};
  if (!isApiError(error)) return out;
  for (const f of error.fields) {
    // "sections.3.evidence" (by position) or "sections.core-1a" (by section key).
    const m = /^sections[.[]([^.\]]+)\]?(?:\.(\w+))?$/.exec(f.path);
    if (m) {
      const at = m[1] ?? '';
      const key = /^\d+$/.test(at)
        ? portfolio.sections[Number(at)]?.key
        : portfolio.sections.find((x) => x.key === at)?.key;
      if (key) {
        out[`${key}.${m[2] === 'sectionKey' || !m[2] ? 'section' : m[2]}`] = f.message;
        continue;
      }
    }
    out[f.path] = f.message;
  }
  return out;
}

function SectionForm({
  section,
  value,
  errors,
  readOnly,
  onChange,
}: {
  section: Section;
  value: SectionDraft;
  errors: Record<string, string>;
  readOnly: boolean;
  onChange: (next: SectionDraft) => void;
}) {
  const sectionError = errors[`${section.key}.section`];
  return (
    <Card withBorder padding="sm" component="fieldset" m={0} data-testid={`judge-${section.key}`}>
      <Text component="legend" fw={650} size="sm" px={4}>
        {section.title}
      </Text>
      <Stack gap="xs">
        {PARTS.filter((part) => section.parts.includes(part)).map((part: TPart) => (
          <Radio.Group
            key={part}
            label={PART_LABELS[part]}
            value={value[part] ?? ''}
            onChange={(v) => onChange({ ...value, [part]: v as Value })}
            error={errors[`${section.key}.${part}`]}
            readOnly={readOnly}
          >
            <Group gap="md" mt={4}>
              <Radio value="met" label="Met" disabled={readOnly} />
              <Radio value="not-yet" label="Not yet met" disabled={readOnly} />
            </Group>
          </Radio.Group>
        ))}
        <Textarea
          label="Comment"
          description="What the candidate did well, and what would meet the criteria."
          autosize
          minRows={2}
          value={value.comment}
          onChange={(e) => onChange({ ...value, comment: e.currentTarget.value })}
          error={errors[`${section.key}.comment`]}
          readOnly={readOnly}
        />
        {sectionError ? (
          <Text size="sm" c="red.8" role="alert">
            {sectionError}
          </Text>
        ) : null}
      </Stack>
    </Card>
  );
}

function JudgementForm({
  submission,
  portfolio,
  mine,
}: {
  submission: TSubmission;
  portfolio: TReviewPortfolio;
  mine: TJudgement | null;
}) {
  const refresh = useRefreshReviews();
  const [draft, setDraft] = useState<Draft>(() => draftFrom(portfolio, mine));
  const [savedAt, setSavedAt] = useState<string | null>(mine?.updatedAt ?? null);
  const [dirty, setDirty] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const submitted = mine?.status === 'submitted';
  const stillOpen = ['in-assessment', 'awaiting-decision'].includes(submission.state);
  const readOnly = submitted || !stillOpen;

  const save = useMutation({
    mutationFn: () => reviewWrites.saveJudgement(submission.id, bodyOf(portfolio, draft)),
    onSuccess: (j) => {
      setSavedAt(j.updatedAt);
      setDirty(false);
      void refresh();
    },
    onError: () => setFixed(new Set()),
  });
  const submit = useMutation({
    mutationFn: async () => {
      await reviewWrites.saveJudgement(submission.id, bodyOf(portfolio, draft));
      return reviewWrites.submitJudgement(submission.id);
    },
    onSuccess: () => {
      setConfirming(false);
      setDirty(false);
      void refresh();
    },
    onError: () => {
      setConfirming(false);
      setFixed(new Set());
    },
  });
  // A field's message goes as soon as the assessor changes that field.
  const [fixed, setFixed] = useState<Set<string>>(new Set());
  const errors = Object.fromEntries(
    Object.entries(fieldErrors(submit.error ?? save.error, portfolio)).filter(
      ([k]) => !fixed.has(k) && !fixed.has(k.split('.')[0] ?? ''),
    ),
  );
  const set = (next: Partial<Draft>, touched: string) => {
    setDraft((d) => ({ ...d, ...next }));
    setDirty(true);
    setFixed((f) => new Set(f).add(touched));
  };

  if (submitted && mine) {
    // Submitted: read, no longer a form.
    return (
      <Stack gap="md">
        <Group justify="space-between" gap="xs">
          <Title order={2} fz="lg" id="rv-judgement">
            Your judgement
          </Title>
          <Badge color="cairn.9" leftSection={<IconLock size={12} aria-hidden />}>
            Submitted
          </Badge>
        </Group>
        <Text size="sm">
          You submitted it on {formatDate(mine.submittedAt ?? '')}; it can no longer change.
          {submission.state === 'in-assessment'
            ? ' You see the other assessor’s judgement once they have submitted theirs.'
            : ''}
        </Text>
        <JudgementView j={mine} title="As submitted" />
      </Stack>
    );
  }

  return (
    <Stack gap="md">
      <Group justify="space-between" gap="xs">
        <Title order={2} fz="lg" id="rv-judgement">
          Your judgement
        </Title>
        {submitted ? (
          <Badge color="cairn.9" leftSection={<IconLock size={12} aria-hidden />}>
            Submitted
          </Badge>
        ) : dirty ? (
          <Badge color="amber" variant="light">
            Unsaved changes
          </Badge>
        ) : savedAt && mine ? (
          <Text size="xs" c="dimmed">
            Draft saved {formatDate(savedAt)}
          </Text>
        ) : null}
      </Group>
      {submitted ? (
        <Text size="sm">
          You submitted this judgement on {formatDate(mine?.submittedAt ?? '')}; it can no longer
          change.
        </Text>
      ) : (
        <Text size="sm" c="dimmed">
          Judge each section on its description, evidence and reflection. You see the other
          assessor’s judgement only after you have both submitted yours.
        </Text>
      )}
      <form
        noValidate
        aria-labelledby="rv-judgement"
        onSubmit={(e) => {
          e.preventDefault();
          setConfirming(true);
        }}
      >
        <Stack gap="sm">
          {portfolio.sections.map((s) => (
            <SectionForm
              key={s.key}
              section={s}
              value={draft.sections[s.key] ?? emptySection()}
              errors={errors}
              readOnly={readOnly}
              onChange={(next) => set({ sections: { ...draft.sections, [s.key]: next } }, s.key)}
            />
          ))}
          <Textarea
            label="Overall feedback"
            description="What the candidate reads after the decision: strengths, and what to work on."
            autosize
            minRows={4}
            value={draft.overallFeedback}
            onChange={(e) => set({ overallFeedback: e.currentTarget.value }, 'overallFeedback')}
            error={errors.overallFeedback}
            readOnly={readOnly}
          />
          <Radio.Group
            label="Your recommendation"
            value={draft.recommendation ?? ''}
            onChange={(v) => set({ recommendation: v as TOutcome }, 'recommendation')}
            error={errors.recommendation}
            readOnly={readOnly}
          >
            <Stack gap={6} mt={4}>
              {(['pass', 'referral', 'fail'] as const).map((o) => (
                <Radio key={o} value={o} label={OUTCOME_LABELS[o]} disabled={readOnly} />
              ))}
            </Stack>
          </Radio.Group>
          <FormAlert
            error={submit.error ?? save.error}
            title={submit.error ? 'Not submitted yet' : 'Not saved'}
            knownFields={['sections', 'overallFeedback', 'recommendation']}
          />
          {!readOnly ? (
            <Group gap="sm" justify="flex-end">
              <Button variant="default" loading={save.isPending} onClick={() => save.mutate()}>
                Save draft
              </Button>
              <Button type="submit" loading={submit.isPending}>
                Submit judgement
              </Button>
            </Group>
          ) : null}
        </Stack>
      </form>
      <ConfirmModal
        opened={confirming}
        title="Submit your judgement?"
        confirmLabel="Submit judgement"
        loading={submit.isPending}
        error={null}
        onConfirm={() => submit.mutate()}
        onClose={() => setConfirming(false)}
      >
        <Text size="sm">
          Once submitted, your judgement cannot change. When both assessors have submitted, you each
          see the other’s.
        </Text>
      </ConfirmModal>
    </Stack>
  );
}

function DecisionForm({ submission, mine }: { submission: TSubmission; mine: TJudgement | null }) {
  const refresh = useRefreshReviews();
  const final = submission.kind === 'resubmission';
  const [outcome, setOutcome] = useState<TOutcome | null>(null);
  const [changes, setChanges] = useState('');
  const [feedback, setFeedback] = useState(mine?.overallFeedback ?? '');
  const [confirming, setConfirming] = useState(false);
  const decide = useMutation({
    mutationFn: () =>
      reviewWrites.decide(submission.id, {
        outcome: outcome ?? 'pass',
        feedback,
        ...(outcome === 'referral' ? { changesRequired: changes } : {}),
      }),
    onSuccess: () => {
      setConfirming(false);
      void refresh();
    },
  });
  const fields = isApiError(decide.error) ? decide.error.fields : [];
  const fieldError = (name: string) => fields.find((f) => f.path === name)?.message;
  const consequence: Record<TOutcome, string> = {
    pass: 'The candidate is told at once and Cairn issues their credential, signed with the scheme’s key.',
    referral:
      'The candidate is told which changes are required; the decision on their resubmission will be final.',
    fail: 'This is the final decision on a resubmission after referral.',
  };

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="rv-decide">
      <Stack gap="md">
        <Title order={2} fz="lg" id="rv-decide">
          Record the decision
        </Title>
        <Text size="sm">
          Both judgements are in. As lead assessor you record the decision the candidate receives.
          {final
            ? ' This is a resubmission after referral, so the decision is final: pass or fail.'
            : ''}
        </Text>
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            if (outcome) setConfirming(true);
          }}
        >
          <Stack gap="sm">
            <Radio.Group
              label="Decision"
              value={outcome ?? ''}
              onChange={(v) => setOutcome(v as TOutcome)}
              error={fieldError('outcome')}
            >
              <Stack gap={6} mt={4}>
                <Radio value="pass" label={OUTCOME_LABELS.pass} />
                <Radio
                  value="referral"
                  label={OUTCOME_LABELS.referral}
                  disabled={final}
                  description={
                    final ? 'Not after a referral: the decision is now final.' : undefined
                  }
                />
                <Radio
                  value="fail"
                  label={OUTCOME_LABELS.fail}
                  disabled={!final}
                  description={final ? undefined : 'Only on a resubmission after a referral.'}
                />
              </Stack>
            </Radio.Group>
            {outcome === 'referral' ? (
              <Textarea
                label="Changes required"
                description="What the candidate must change before resubmitting."
                autosize
                minRows={3}
                value={changes}
                onChange={(e) => setChanges(e.currentTarget.value)}
                error={fieldError('changesRequired')}
                required
                withAsterisk={false}
              />
            ) : null}
            <Textarea
              label="Feedback for the candidate"
              autosize
              minRows={4}
              value={feedback}
              onChange={(e) => setFeedback(e.currentTarget.value)}
              error={fieldError('feedback')}
              required
              withAsterisk={false}
            />
            <FormAlert
              error={decide.error}
              title="The decision was not recorded"
              knownFields={['outcome', 'changesRequired', 'feedback']}
            />
            <Group justify="flex-end">
              <Button type="submit" disabled={!outcome}>
                Record decision
              </Button>
            </Group>
          </Stack>
        </form>
      </Stack>
      <ConfirmModal
        opened={confirming}
        title={`Record “${outcome ? OUTCOME_LABELS[outcome] : ''}”?`}
        confirmLabel="Record decision"
        loading={decide.isPending}
        error={decide.error}
        onConfirm={() => decide.mutate()}
        onClose={() => setConfirming(false)}
      >
        <Text size="sm">{outcome ? consequence[outcome] : ''}</Text>
      </ConfirmModal>
    </Card>
  );
}

/** The assessor's page: the frozen portfolio beside their judgement; then both; then the decision. */
export function AssessPage() {
  const { id = '' } = useParams();
  const submission = useSubmission(id);
  const portfolio = useReviewPortfolio(id);
  const judgements = useJudgements(id);
  const s = submission.data;
  const p = portfolio.data;
  const mine = judgements.data?.mine ?? null;
  const others = judgements.data?.others ?? [];
  const role = s?.my.role ?? null;
  const me = role ? s?.assessors[role] : null;
  // The form starts from the saved judgement once (later refetches do not overwrite typing),
  // and again once it is submitted.
  const formKey = mine?.status === 'submitted' ? 'submitted' : 'open';
  // Once both judgements are side by side above, the portfolio takes the whole width.
  const withForm = Boolean(role && judgements.data) && !(mine && others.length > 0);

  return (
    <>
      <PageTitle
        title={s ? `${s.candidate.name}: ${s.portfolioTitle}` : 'Assessment'}
        documentTitle={s ? `Assess ${s.portfolioTitle}` : 'Assessment'}
        description={
          s ? (
            <>
              {s.schemeName} · {SUBMISSION_KIND_LABELS[s.kind]}
              {role ? ` · you are the ${ASSESSOR_ROLE_LABELS[role].toLowerCase()}` : ''}
            </>
          ) : undefined
        }
        actions={
          <Button component={Link} to="/reviews/assessing" variant="default">
            All assignments
          </Button>
        }
      />
      <FormAlert error={submission.error} title="This assessment did not load" />
      <FormAlert error={portfolio.error} title="The portfolio did not load" />
      <FormAlert error={judgements.error} title="The judgements did not load" />
      {submission.isPending || portfolio.isPending ? (
        <Loader aria-label="Loading the portfolio" />
      ) : null}
      {s ? (
        <Group gap="sm" mb="md">
          <StateBadge state={s.state} />
          {me?.judgeBy && !me.judgementSubmittedAt ? (
            <Text size="sm" c="dimmed">
              Judge by {formatDate(me.judgeBy)}
            </Text>
          ) : null}
          {s.overdue ? <OverdueBadge /> : null}
        </Group>
      ) : null}
      {s && !role && !s.my.coordinator ? (
        <Alert color="gray" variant="light" icon={<IconAlertCircle aria-hidden />}>
          You are not assigned to this submission.{' '}
          <Anchor component={Link} to={`/reviews/submissions/${s.id}`}>
            Open the submission
          </Anchor>
          .
        </Alert>
      ) : null}
      {s && p ? (
        <Stack gap="xl">
          {s.decision ? (
            <Alert
              color={s.decision.outcome === 'pass' ? 'cairn' : 'amber'}
              variant="light"
              title={`Decision: ${OUTCOME_LABELS[s.decision.outcome]}`}
            >
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {s.decision.feedback}
              </Text>
              {s.decision.changesRequired ? (
                <Text size="sm" mt="xs" style={{ whiteSpace: 'pre-wrap' }}>
                  Changes required: {s.decision.changesRequired}
                </Text>
              ) : null}
            </Alert>
          ) : null}
          {role === 'lead' && s.state === 'awaiting-decision' && !s.decision ? (
            <DecisionForm submission={s} mine={mine} />
          ) : null}
          {others.length > 0 && mine ? (
            <Stack gap="sm" component="section" aria-labelledby="rv-both">
              <Title order={2} fz="lg" id="rv-both">
                Both judgements side by side
              </Title>
              <div className="rv-compare">
                <JudgementView
                  j={mine}
                  title={`Yours (${ASSESSOR_ROLE_LABELS[mine.role].toLowerCase()})`}
                />
                {others.map((o) => (
                  <JudgementView key={o.id} j={o} />
                ))}
              </div>
            </Stack>
          ) : null}
          <div className={withForm ? 'rv-assess' : undefined}>
            <Stack gap="md" component="section" aria-labelledby="rv-portfolio">
              <Group justify="space-between" gap="xs">
                <Title order={2} fz="lg" id="rv-portfolio">
                  The portfolio
                </Title>
                <Text size="xs" c="dimmed">
                  {p.templateTitle} · frozen {formatDate(p.frozenAt)}
                </Text>
              </Group>
              {p.sections.map((section) => (
                <Card key={section.key} withBorder padding="md" component="article">
                  <FrozenSection section={section} />
                </Card>
              ))}
            </Stack>
            {withForm ? (
              <Box className="rv-assess-form">
                <JudgementForm key={formKey} submission={s} portfolio={p} mine={mine} />
              </Box>
            ) : null}
          </div>
        </Stack>
      ) : null}
    </>
  );
}
