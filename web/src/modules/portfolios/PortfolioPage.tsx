import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Drawer,
  Group,
  Loader,
  Select,
  Stack,
  Text,
} from '@mantine/core';
import {
  IconAlertCircle,
  IconAlertTriangle,
  IconCircleCheck,
  IconHistory,
  IconLock,
  IconShare,
} from '@tabler/icons-react';
import { useCallback, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import type { TPortfolio } from '../../../../contracts';
import { FormAlert } from '../../app/components/FormAlert';
import { PageTitle } from '../../app/components/PageTitle';
import { formatDate, pluralise } from '../../app/format';
import { useIsPhone } from '../../app/media';
import { CompletenessPanel } from './CompletenessPanel';
import { CoverageMap } from './CoverageMap';
import { ExportMenu } from './ExportMenu';
import { usePortfolio } from './portfoliosApi';
import { SectionEditor } from './SectionEditor';
import { ShareDialog } from './ShareDialog';
import { VersionsDrawer } from './VersionsDrawer';
import { sectionName, sectionState } from './words';
import './portfolios.css';

function Marker({ state }: { state: 'error' | 'warning' | 'ok' }) {
  if (state === 'error')
    return (
      <IconAlertCircle
        className="pf-marker"
        size={16}
        color="var(--mantine-color-red-7)"
        aria-label="Something missing"
      />
    );
  if (state === 'warning')
    return (
      <IconAlertTriangle
        className="pf-marker"
        size={16}
        color="var(--mantine-color-yellow-8)"
        aria-label="Advice"
      />
    );
  return (
    <IconCircleCheck
      className="pf-marker"
      size={16}
      color="var(--mantine-color-green-8)"
      aria-label="Complete"
    />
  );
}

function SectionNav({
  portfolio,
  current,
  onOpen,
}: {
  portfolio: TPortfolio;
  current: string;
  onOpen: (id: string) => void;
}) {
  return (
    <nav aria-label="Sections">
      <Text size="xs" fw={650} c="dimmed" tt="uppercase" mb={4} aria-hidden>
        Sections
      </Text>
      <ul className="pf-section-list">
        {portfolio.sectionList.map((s) => (
          <li key={s.id}>
            <button
              type="button"
              className="pf-section-link"
              aria-current={s.id === current ? 'true' : undefined}
              onClick={() => onOpen(s.id)}
            >
              <Marker state={sectionState(portfolio.completeness.problems, s.id)} />
              <span>{sectionName(s)}</span>
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}

export function PortfolioPage() {
  const { id = '' } = useParams();
  const query = usePortfolio(id);
  const [params, setParams] = useSearchParams();
  const isPhone = useIsPhone();
  const [checkOpen, setCheckOpen] = useState(false);
  const [versionsOpen, setVersionsOpen] = useState(false);
  const [shareOpen, setShareOpen] = useState(false);
  const [dirty, setDirty] = useState(false);
  const onDirtyChange = useCallback((d: boolean) => setDirty(d), []);

  const p = query.data;
  const sectionId =
    p?.sectionList.find((s) => s.id === params.get('section'))?.id ?? p?.sectionList[0]?.id ?? '';
  const open = (next: string) => {
    if (next === sectionId) return;
    if (dirty && !window.confirm('This section has unsaved changes. Leave it without saving?'))
      return;
    setCheckOpen(false);
    setParams(
      (prev) => {
        const q = new URLSearchParams(prev);
        q.set('section', next);
        return q;
      },
      { replace: false },
    );
    document.getElementById('pf-section-title')?.scrollIntoView({ block: 'start' });
  };

  if (query.isPending) return <Loader aria-label="Loading the portfolio" />;
  if (!p)
    return (
      <>
        <PageTitle title="Portfolio" />
        <FormAlert error={query.error} title="The portfolio did not load" />
        <Anchor component={Link} to="/portfolios">
          Back to your portfolios
        </Anchor>
      </>
    );

  const section = p.sectionList.find((s) => s.id === sectionId);
  const spec = section ? p.templateSpec.sectionSpecs.find((s) => s.key === section.key) : undefined;
  const readOnly = !p.mine || p.status === 'submitted';
  const errors = p.completeness.errors;

  return (
    <>
      <PageTitle
        title={p.title}
        description={
          <Group gap="xs" component="span">
            <span>
              {p.template.title}
              {p.mine ? '' : ` · ${p.owner.name}’s portfolio`}
            </span>
            {p.status === 'submitted' ? (
              <Badge color="blue">Submitted {p.submittedAt ? formatDate(p.submittedAt) : ''}</Badge>
            ) : (
              <Badge variant="light" color="gray">
                Draft
              </Badge>
            )}
          </Group>
        }
        actions={
          <>
            {p.mine ? (
              <Button
                variant="default"
                leftSection={<IconHistory size={18} aria-hidden />}
                onClick={() => setVersionsOpen(true)}
              >
                Versions
              </Button>
            ) : null}
            {p.mine ? (
              <Button
                variant="default"
                leftSection={<IconShare size={18} aria-hidden />}
                onClick={() => setShareOpen(true)}
              >
                Share
              </Button>
            ) : null}
            <ExportMenu portfolio={p} />
          </>
        }
      />
      {readOnly ? (
        <Alert variant="light" color="blue" icon={<IconLock aria-hidden />} mb="md">
          {p.status === 'submitted'
            ? 'This portfolio was submitted and is frozen. To work on it again, copy it into a new draft (Versions).'
            : `${p.owner.name} shared this portfolio with you to read.`}
        </Alert>
      ) : null}

      {isPhone ? (
        <div className="pf-phone-bar">
          <Group gap="xs" wrap="nowrap">
            <Select
              aria-label="Section"
              data={p.sectionList.map((s) => ({
                value: s.id,
                label: `${sectionState(p.completeness.problems, s.id) === 'error' ? '! ' : '✓ '}${sectionName(s)}`,
              }))}
              value={sectionId}
              onChange={(v) => v && open(v)}
              allowDeselect={false}
              style={{ flex: 1, minWidth: 0 }}
            />
            <Button
              color={errors === 0 ? 'cairn' : 'red.8'}
              onClick={() => setCheckOpen(true)}
              aria-label={
                errors === 0
                  ? 'Completeness check: ready'
                  : `Completeness check: ${pluralise(errors, 'problem')}`
              }
            >
              {errors === 0 ? 'Ready' : pluralise(errors, 'problem')}
            </Button>
          </Group>
        </div>
      ) : null}

      <div className="pf-layout">
        <Stack gap="lg" style={{ minWidth: 0 }}>
          {section ? (
            <SectionEditor
              key={section.id}
              portfolio={p}
              section={section}
              spec={spec}
              readOnly={readOnly}
              onDirtyChange={onDirtyChange}
            />
          ) : (
            <Text>This portfolio has no sections.</Text>
          )}
          <Card withBorder padding="lg" p={{ base: 'md', sm: 'lg' }}>
            <CoverageMap portfolio={p} />
            {p.coverage.length === 0 ? (
              <Text size="sm" c="dimmed">
                This template is not tied to a framework, so there is no coverage map.
              </Text>
            ) : null}
          </Card>
        </Stack>
        {isPhone ? null : (
          <aside className="pf-aside" aria-label="Sections and completeness">
            <Card withBorder padding="md">
              <Stack gap="md">
                <CompletenessPanel
                  completeness={p.completeness}
                  onOpenSection={open}
                  currentSectionId={sectionId}
                />
                <SectionNav portfolio={p} current={sectionId} onOpen={open} />
              </Stack>
            </Card>
          </aside>
        )}
      </div>

      <Drawer
        opened={checkOpen}
        onClose={() => setCheckOpen(false)}
        title="Completeness check"
        closeButtonProps={{ 'aria-label': 'Close the completeness check' }}
        position="bottom"
        size="80%"
      >
        <CompletenessPanel
          completeness={p.completeness}
          onOpenSection={open}
          headingId="pf-check-drawer"
        />
      </Drawer>
      {p.mine ? (
        <VersionsDrawer
          portfolio={p}
          opened={versionsOpen}
          onClose={() => setVersionsOpen(false)}
        />
      ) : null}
      {p.mine ? (
        <ShareDialog portfolio={p} opened={shareOpen} onClose={() => setShareOpen(false)} />
      ) : null}
    </>
  );
}
