import { Modal, NativeSelect, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { TAssessmentSummary } from '../../../../../contracts';
import { ModalForm } from '../../../app/components/ModalForm';
import { formatDate } from '../../../app/format';
import { useFrameworks } from '../../frameworks/frameworksApi';
import { careerWrites, useRefreshCareers } from '../careersApi';
import { formatLevel } from '../words';

function StartForm({
  assessments,
  initialFrameworkId,
  initialCopyFromId,
  onDone,
}: {
  assessments: TAssessmentSummary[];
  initialFrameworkId: string;
  initialCopyFromId: string;
  onDone: () => void;
}) {
  const frameworks = useFrameworks();
  const navigate = useNavigate();
  const refresh = useRefreshCareers();
  const [frameworkId, setFrameworkId] = useState(initialFrameworkId);
  const [copyFromId, setCopyFromId] = useState(initialCopyFromId);
  const [problem, setProblem] = useState<string | undefined>();
  const earlier = assessments.filter((a) => a.frameworkId === frameworkId);
  const start = useMutation({
    mutationFn: () =>
      careerWrites.startAssessment({ frameworkId, ...(copyFromId ? { copyFromId } : {}) }),
    onSuccess: (created) => {
      void refresh();
      onDone();
      void navigate(`/careers/assessments/${created.id}`);
    },
  });
  const published = (frameworks.data ?? []).filter((f) => f.status === 'published');
  return (
    <ModalForm
      onSubmit={() => {
        if (!frameworkId) {
          setProblem('Choose the framework to assess yourself against.');
          return;
        }
        start.mutate();
      }}
      error={start.error}
      errorTitle="The self-assessment was not started"
      knownFields={[]}
      submitLabel="Start"
      pending={start.isPending}
      onCancel={onDone}
    >
      <Text size="sm">
        Rate yourself on each item of a framework, at your own pace: your ratings are saved as you
        go, and nobody else sees them unless you share your career profile.
      </Text>
      <NativeSelect
        label="Framework"
        data={[
          { value: '', label: frameworks.isPending ? 'Loading frameworks…' : 'Choose a framework' },
          ...published.map((f) => ({ value: f.id, label: f.title })),
        ]}
        value={frameworkId}
        error={problem ?? (frameworks.isError ? 'The frameworks could not be loaded.' : undefined)}
        onChange={(e) => {
          setFrameworkId(e.currentTarget.value);
          setCopyFromId('');
          setProblem(undefined);
        }}
      />
      {earlier.length > 0 ? (
        <NativeSelect
          label="Repeat an earlier assessment (optional)"
          description="Start from its ratings and change what has moved on; then compare the two."
          data={[
            { value: '', label: 'No: start with nothing rated' },
            ...earlier.map((a) => ({
              value: a.id,
              label: `${formatDate(a.completedAt ?? a.createdAt)} · mean ${formatLevel(a.average)}${
                a.status === 'draft' ? ' (not completed)' : ''
              }`,
            })),
          ]}
          value={copyFromId}
          onChange={(e) => setCopyFromId(e.currentTarget.value)}
        />
      ) : null}
    </ModalForm>
  );
}

export function StartAssessmentModal({
  opened,
  onClose,
  assessments,
  frameworkId = '',
  copyFromId = '',
}: {
  opened: boolean;
  onClose: () => void;
  assessments: TAssessmentSummary[];
  frameworkId?: string;
  copyFromId?: string;
}) {
  return (
    <Modal opened={opened} onClose={onClose} title="Start a self-assessment" centered>
      {opened ? (
        <StartForm
          assessments={assessments}
          initialFrameworkId={frameworkId}
          initialCopyFromId={copyFromId}
          onDone={onClose}
        />
      ) : null}
    </Modal>
  );
}
