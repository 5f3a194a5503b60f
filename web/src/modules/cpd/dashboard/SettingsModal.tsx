import { List, Modal, MultiSelect, NumberInput, Stack, Switch, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { type TCpdSettings, ZUpdateCpdSettingsBody } from '../../../../../contracts';
import { ModalForm } from '../../../app/components/ModalForm';
import { useFormState } from '../../../app/forms';
import { useCurrentMe } from '../../../app/session';
import { useFrameworks } from '../../frameworks/frameworksApi';
import { useRefreshCpd } from '../cpdApi';
import { updateSettings } from './dashboardApi';

const MAX_FRAMEWORKS = 6;

const LABELS = {
  yearlyTargetHours: 'Yearly target (hours)',
  coverageFrameworkIds: 'Frameworks to map',
  shareSummary: 'Share my summary with managers',
};

interface Values {
  yearlyTargetHours: number | string;
  coverageFrameworkIds: string[];
  shareSummary: boolean;
}

/** Exactly what sharing the summary shows, and what it never shows. */
export function SharingExplained({ institution }: { institution: string }) {
  return (
    <Stack gap={4}>
      <Text size="sm">
        When this is on, the managers and administrators of {institution} see, for each year:
      </Text>
      <List size="sm" spacing={2}>
        <List.Item>your total hours against your yearly target, and how many entries;</List.Item>
        <List.Item>your hours by type of CPD and by month;</List.Item>
        <List.Item>how many hours were protected work time, personal time or not said.</List.Item>
      </List>
      <Text size="sm">
        They never see the titles of your entries, your reflections, your evidence or your framework
        tags — unless you share an entry on its own, from the entry&rsquo;s page. Turning this off
        hides your summary again at once.
      </Text>
    </Stack>
  );
}

function SettingsForm({ settings, onDone }: { settings: TCpdSettings; onDone: () => void }) {
  const me = useCurrentMe();
  const institution = me.institution?.name ?? 'your institution';
  const refresh = useRefreshCpd();
  const frameworks = useFrameworks();
  const form = useFormState<Values>(
    {
      yearlyTargetHours: settings.yearlyTargetHours,
      coverageFrameworkIds: settings.coverageFrameworkIds,
      shareSummary: settings.shareSummary,
    },
    LABELS,
  );
  const save = useMutation({
    mutationFn: updateSettings,
    onSuccess: () => {
      void refresh();
      notifications.show({ color: 'cairn', title: 'Dashboard settings saved', message: '' });
      onDone();
    },
    onError: form.showServerErrors,
  });
  const options = (frameworks.data ?? []).map((f) => ({
    value: f.id,
    label: f.version ? `${f.title} (${f.version})` : f.title,
  }));

  return (
    <ModalForm
      onSubmit={() => {
        const { yearlyTargetHours, coverageFrameworkIds, shareSummary } = form.values;
        const body = form.validate(ZUpdateCpdSettingsBody, {
          yearlyTargetHours: yearlyTargetHours === '' ? undefined : Number(yearlyTargetHours),
          coverageFrameworkIds,
          shareSummary,
        });
        if (body) save.mutate(body);
      }}
      error={save.error}
      errorTitle="The settings were not saved"
      knownFields={Object.keys(LABELS)}
      submitLabel="Save settings"
      pending={save.isPending}
      onCancel={onDone}
    >
      <NumberInput
        label={LABELS.yearlyTargetHours}
        description="How many hours of CPD you aim for each calendar year. Advice for learning technologists is 15 to 20 hours a year on emerging technology alone."
        value={form.values.yearlyTargetHours}
        onChange={(value) => form.setValue('yearlyTargetHours', value)}
        error={form.errors.yearlyTargetHours}
        min={1}
        max={1000}
        step={0.5}
        decimalScale={1}
        allowNegative={false}
        w={{ base: '100%', sm: 260 }}
        data-autofocus
      />
      <MultiSelect
        label={LABELS.coverageFrameworkIds}
        description={`Up to ${MAX_FRAMEWORKS}. With none chosen, the dashboard maps the frameworks you tag most (CMALT until you tag anything).`}
        placeholder={form.values.coverageFrameworkIds.length ? undefined : 'Choose frameworks'}
        data={options}
        value={form.values.coverageFrameworkIds}
        onChange={(value) => form.setValue('coverageFrameworkIds', value)}
        error={
          form.errors.coverageFrameworkIds ??
          (frameworks.isError ? 'The frameworks could not be loaded. Try again later.' : undefined)
        }
        maxValues={MAX_FRAMEWORKS}
        searchable
        clearable
        nothingFoundMessage="No framework has that name"
        comboboxProps={{ withinPortal: true }}
      />
      <Stack gap="xs">
        <Switch
          label={LABELS.shareSummary}
          checked={form.values.shareSummary}
          onChange={(event) => form.setValue('shareSummary', event.currentTarget.checked)}
          error={form.errors.shareSummary}
        />
        <SharingExplained institution={institution} />
      </Stack>
    </ModalForm>
  );
}

export function SettingsModal({
  opened,
  settings,
  onClose,
}: {
  opened: boolean;
  settings: TCpdSettings;
  onClose: () => void;
}) {
  return (
    <Modal opened={opened} onClose={onClose} title="Dashboard settings" centered size="lg">
      {/* A new form each time it opens, with the settings as they are now. */}
      {opened ? <SettingsForm settings={settings} onDone={onClose} /> : null}
    </Modal>
  );
}
