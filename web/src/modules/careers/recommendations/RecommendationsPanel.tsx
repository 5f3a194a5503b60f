import {
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  List,
  Stack,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCheck, IconExternalLink, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import type { TRecommendation } from '../../../../../contracts';
import { errorMessage } from '../../../app/api';
import { formatDate } from '../../../app/format';
import { groupByKind, type RecommendationGroup, whereText } from './recommendationWords';
import { useAddToPlan } from './recommendationsApi';
import './recommendations.css';

/** Reasons shown before "more reasons" (they come strongest first). */
const REASONS_SHOWN = 3;
/** Recommendations shown per kind before "Show all". */
const PER_GROUP = 3;

function AddToPlanButton({ rec }: { rec: TRecommendation }) {
  const add = useAddToPlan();
  if (rec.inPlan) {
    return (
      <Button
        size="sm"
        variant="light"
        color="gray"
        disabled
        leftSection={<IconCheck size={16} aria-hidden />}
      >
        In your plan
      </Button>
    );
  }
  return (
    <Button
      size="sm"
      leftSection={<IconPlus size={16} aria-hidden />}
      loading={add.isPending}
      aria-label={`Add to my plan: ${rec.title}`}
      onClick={() =>
        add.mutate(rec, {
          onSuccess: (goal) =>
            notifications.show({
              color: 'cairn',
              title: `“${goal.title}” is in your plan`,
              message:
                goal.milestones.length > 0
                  ? `With ${goal.milestones.length} milestone${goal.milestones.length === 1 ? '' : 's'} to start from; change them on the plan page.`
                  : 'Add milestones and dates on the plan page.',
            }),
          onError: (error) =>
            notifications.show({
              color: 'red',
              title: 'It was not added to your plan',
              message: errorMessage(error),
            }),
        })
      }
    >
      Add to my plan
    </Button>
  );
}

function Fact({ term, children }: { term: string; children: React.ReactNode }) {
  return (
    <div className="rec-fact">
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

export function RecommendationCard({ rec }: { rec: TRecommendation }) {
  const headingId = `rec-${rec.key}-title`;
  const { facts } = rec;
  const [allReasons, setAllReasons] = useState(false);
  return (
    <Card
      component="article"
      withBorder
      padding="md"
      aria-labelledby={headingId}
      className="rec-card"
      data-in-plan={rec.inPlan ? '' : undefined}
      data-key={rec.key}
    >
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="xs">
          <Title order={3} fz="md" id={headingId} style={{ flex: '1 1 14rem', minWidth: 0 }}>
            {rec.title}
          </Title>
          {rec.inPlan ? (
            <Badge variant="light" color="cairn" radius="sm">
              In your plan
            </Badge>
          ) : null}
        </Group>
        <Text size="sm">{rec.summary}</Text>

        <div>
          <Text size="sm" fw={600} id={`${headingId}-why`}>
            Why:
          </Text>
          <List
            size="sm"
            spacing={4}
            aria-labelledby={`${headingId}-why`}
            className="rec-reasons"
            id={`${headingId}-reasons`}
          >
            {(allReasons ? rec.reasons : rec.reasons.slice(0, REASONS_SHOWN)).map((reason) => (
              <List.Item key={`${reason.code}:${reason.text}`} data-code={reason.code}>
                {reason.text}
              </List.Item>
            ))}
          </List>
          {rec.reasons.length > REASONS_SHOWN ? (
            <Button
              variant="subtle"
              size="compact-sm"
              mt={4}
              aria-expanded={allReasons}
              aria-controls={`${headingId}-reasons`}
              onClick={() => setAllReasons((v) => !v)}
            >
              {allReasons
                ? 'Fewer reasons'
                : `${rec.reasons.length - REASONS_SHOWN} more reason${rec.reasons.length - REASONS_SHOWN === 1 ? '' : 's'}`}
            </Button>
          ) : null}
        </div>

        <dl className="rec-facts">
          {facts.provider ? <Fact term="Provider">{facts.provider}</Fact> : null}
          <Fact term="Cost">{facts.cost ?? 'Not known'}</Fact>
          <Fact term="Duration">{facts.duration ?? 'Not known'}</Fact>
          <Fact term="Where">{whereText(facts.countries, facts.international)}</Fact>
          {facts.prerequisites.length > 0 ? (
            <Fact term="Prerequisites">
              <List size="sm" spacing={2}>
                {facts.prerequisites.map((p) => (
                  <List.Item key={p}>{p}</List.Item>
                ))}
              </List>
            </Fact>
          ) : null}
          {rec.suggestedDueOn ? (
            <Fact term="Suggested date">{formatDate(rec.suggestedDueOn)}</Fact>
          ) : null}
        </dl>

        {rec.relatedItems.length > 0 ? (
          <div>
            <Text size="xs" fw={600} c="dimmed" mb={4}>
              Framework items it helps with
            </Text>
            <Group
              component="ul"
              gap={6}
              m={0}
              p={0}
              style={{ listStyle: 'none' }}
              aria-label={`Framework items ${rec.title} helps with`}
            >
              {rec.relatedItems.map((item) => (
                <li key={item.itemId} className="rec-item">
                  {item.code ? <strong>{item.code} </strong> : null}
                  {item.label}
                </li>
              ))}
            </Group>
          </div>
        ) : null}

        <div>
          <Text size="xs" fw={600} c="dimmed" mb={2}>
            Sources
          </Text>
          <List size="xs" spacing={2} className="rec-sources">
            {rec.sources.map((source) => (
              <List.Item key={source.name}>
                {source.url ? (
                  <Anchor href={source.url} target="_blank" rel="noreferrer" size="xs">
                    {source.name}
                    <VisuallyHidden> (opens in a new tab)</VisuallyHidden>
                  </Anchor>
                ) : (
                  source.name
                )}
              </List.Item>
            ))}
          </List>
        </div>

        <Group justify="space-between" gap="sm" align="center">
          {facts.url ? (
            <Anchor href={facts.url} target="_blank" rel="noreferrer" size="sm">
              <Group gap={4} wrap="nowrap" component="span">
                <span>
                  {facts.provider ? `More from ${facts.provider}` : 'More from the provider'}
                  <VisuallyHidden> (opens in a new tab)</VisuallyHidden>
                </span>
                <IconExternalLink size={14} aria-hidden />
              </Group>
            </Anchor>
          ) : (
            <span />
          )}
          <AddToPlanButton rec={rec} />
        </Group>
      </Stack>
    </Card>
  );
}

function GroupSection({ group }: { group: RecommendationGroup }) {
  const [all, setAll] = useState(false);
  const shown = all ? group.items : group.items.slice(0, PER_GROUP);
  const hidden = group.items.length - shown.length;
  const listId = `rec-${group.kind}-list`;
  return (
    <section id={`rec-${group.kind}`} aria-labelledby={`rec-${group.kind}-heading`}>
      <Title order={2} fz="xl" mb="sm" id={`rec-${group.kind}-heading`}>
        {group.heading}
      </Title>
      <Stack gap="md" id={listId}>
        {shown.map((rec) => (
          <RecommendationCard key={rec.key} rec={rec} />
        ))}
      </Stack>
      {group.items.length > PER_GROUP ? (
        <Button
          variant="default"
          size="sm"
          mt="sm"
          aria-expanded={all}
          aria-controls={listId}
          onClick={() => setAll((v) => !v)}
        >
          {all
            ? `Show the first ${PER_GROUP} only`
            : `Show ${hidden} more ${group.heading.toLowerCase().replace(/^cpd/, 'CPD')}`}
        </Button>
      ) : null}
    </section>
  );
}

/** Recommendations grouped by kind, each with why it was made, its facts and sources. */
export function RecommendationsPanel({
  recommendations,
}: {
  recommendations: readonly TRecommendation[];
}) {
  const groups = groupByKind(recommendations.filter((r) => !r.inPlan));
  const planned = recommendations.filter((r) => r.inPlan);
  if (recommendations.length === 0) {
    return (
      <Card withBorder padding="lg" className="rec-empty">
        <Stack gap="xs" align="flex-start">
          <Title order={2} fz="lg">
            No recommendations yet
          </Title>
          <Text size="sm">
            Recommendations come from your job title, sector, country, background, years in the
            field, certifications and target.
          </Text>
          <Anchor component={Link} to="/careers" fw={600}>
            Fill in your career profile to get recommendations
          </Anchor>
        </Stack>
      </Card>
    );
  }
  return (
    <Stack gap="xl">
      <nav aria-label="Kinds of recommendation">
        <Group component="ul" gap="xs" m={0} p={0} style={{ listStyle: 'none' }}>
          {groups.map((g) => (
            <li key={g.kind}>
              <Anchor href={`#rec-${g.kind}`} size="sm" className="rec-jump">
                {g.heading} ({g.items.length})
              </Anchor>
            </li>
          ))}
          {planned.length > 0 ? (
            <li>
              <Anchor href="#rec-in-plan" size="sm" className="rec-jump">
                Already in your plan ({planned.length})
              </Anchor>
            </li>
          ) : null}
        </Group>
      </nav>
      {groups.map((g) => (
        <GroupSection key={g.kind} group={g} />
      ))}
      {planned.length > 0 ? (
        <section id="rec-in-plan" aria-labelledby="rec-in-plan-heading">
          <Group justify="space-between" align="baseline" mb="sm" gap="sm">
            <Title order={2} fz="xl" id="rec-in-plan-heading">
              Already in your plan
            </Title>
            <Anchor component={Link} to="/careers/plan" size="sm">
              Open your plan
            </Anchor>
          </Group>
          <Stack gap="md">
            {planned.map((rec) => (
              <RecommendationCard key={rec.key} rec={rec} />
            ))}
          </Stack>
        </section>
      ) : null}
    </Stack>
  );
}
