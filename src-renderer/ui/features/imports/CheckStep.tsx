import { Alert, Button, Group, Paper, Radio, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatCount } from '../../components/format';
import { ErrorAlert } from '../../components/ErrorAlert';
import { usePlatform } from '../../data/hooks';
import { asStoreError, type StoreError } from '../../data/store-client';
import { ErrorTable } from './ErrorTable';
import { errorReport, reportFileName } from './errorReport';
import { PreviewTable } from './PreviewTable';
import type { ImportWizard } from './useImportWizard';

function Count({ label, value, color }: { label: string; value: string; color?: string }) {
  return (
    <Paper withBorder p="sm">
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fz="xl" fw={600} c={color}>
        {value}
      </Text>
    </Paper>
  );
}

/** 检查: counts, the errors with their report, the preview, and the choice of what to import. */
export function CheckStep({ wizard }: { wizard: ImportWizard }) {
  const { t, i18n } = useTranslation();
  const platform = usePlatform();
  const [saving, setSaving] = useState(false);
  const [saveFailure, setSaveFailure] = useState<StoreError | null>(null);
  const { check, analysis } = wizard;
  if (!check || !analysis) return null;
  const format = (n: number) => formatCount(n, i18n.language);
  const rows = (count: number) => t('imports.check.rows', { n: format(count), count });

  async function download() {
    if (!check || !analysis) return;
    setSaving(true);
    setSaveFailure(null);
    try {
      const data = await errorReport(t, i18n.language, check.errors, check.errorCount);
      const saved = await platform.saveFile({ suggestedName: reportFileName(t, analysis.fileName), filters: [{ name: 'CSV', extensions: ['csv'] }], data });
      if (saved.status === 'saved') notifications.show({ message: t('imports.check.saved'), color: 'green' });
    } catch (error) {
      setSaveFailure(asStoreError(error));
    } finally {
      setSaving(false);
    }
  }

  return (
    <Stack>
      <SimpleGrid cols={{ base: 1, sm: 3 }} maw={720}>
        <Count label={t('imports.check.valid')} value={rows(check.valid)} color="green" />
        <Count label={t('imports.check.invalid')} value={rows(check.invalid)} color={check.invalid > 0 ? 'red' : undefined} />
        <Count label={t('imports.check.duplicates')} value={rows(check.duplicates)} />
      </SimpleGrid>

      {/* Old open complaints come in late by their own receipt: the supervisors will be alerted at once. */}
      {check.open > 0 && (
        <Alert color="orange" variant="light" role="note" title={t('imports.check.openTitle', { n: format(check.open), count: check.open })}>
          {t('imports.check.openHint')}
        </Alert>
      )}

      {check.errorCount === 0 ? (
        <Alert color="green" variant="light">
          {t('imports.check.noErrors', { n: format(check.valid), count: check.valid })}
        </Alert>
      ) : (
        <Stack gap="xs">
          <Group justify="space-between">
            <Title order={3} size="h5">
              {t('imports.check.errors')}
            </Title>
            <Button variant="default" size="xs" onClick={() => void download()} loading={saving}>
              {t('imports.check.download')}
            </Button>
          </Group>
          {check.errorCount > check.errors.length && (
            <Text size="xs" c="dimmed">
              {t('imports.check.shown', { total: format(check.errorCount), shown: format(check.errors.length) })}
            </Text>
          )}
          <ErrorAlert error={saveFailure} />
          <ErrorTable errors={check.errors} />
        </Stack>
      )}

      <PreviewTable rows={check.preview} />

      <Radio.Group label={t('imports.check.mode')} value={wizard.mode} onChange={(value) => wizard.setMode(value === 'allOrNothing' ? 'allOrNothing' : 'valid')}>
        <Stack gap="xs" mt="xs">
          <Radio value="valid" label={t('imports.check.modeValid', { n: format(check.invalid), count: check.invalid })} />
          <Radio
            value="allOrNothing"
            label={t('imports.check.modeAll')}
            disabled={check.invalid > 0}
            description={check.invalid > 0 ? t('imports.check.modeAllBlocked', { n: format(check.invalid), count: check.invalid }) : undefined}
          />
        </Stack>
      </Radio.Group>

      <ErrorAlert error={wizard.failure} />
      <Group>
        <Button variant="default" onClick={() => wizard.goTo(2)}>
          {t('imports.back')}
        </Button>
        <Button variant="default" onClick={() => void wizard.runCheck()} loading={wizard.busy}>
          {t('imports.check.recheck')}
        </Button>
        <Button onClick={() => void wizard.start()} loading={wizard.busy} disabled={check.valid === 0}>
          {t('imports.check.start')}
        </Button>
      </Group>
    </Stack>
  );
}
