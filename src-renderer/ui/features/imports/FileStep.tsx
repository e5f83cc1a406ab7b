import { Alert, Button, Group, Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatCount } from '../../components/format';
import { ErrorAlert } from '../../components/ErrorAlert';
import { usePlatform } from '../../data/hooks';
import { UnfinishedImports } from './UnfinishedImports';
import type { ImportWizard } from './useImportWizard';
import { asStoreError } from '../../data/store-client';
import { errorText } from '../../i18n/errors';

export const MAX_FILE_MB = 200;

/** 选择文件: the file (and sheet) to import; a file whose import did not finish offers to continue it. */
export function FileStep({ wizard }: { wizard: ImportWizard }) {
  const { t, i18n } = useTranslation();
  const platform = usePlatform();
  const [tooLarge, setTooLarge] = useState<string | null>(null);
  const [opening, setOpening] = useState(false);
  const { analysis } = wizard;
  const format = (n: number) => formatCount(n, i18n.language);

  async function choose() {
    setOpening(true);
    try {
      const file = await platform.openFile({
        filters: [{ name: 'CSV / Excel', extensions: ['csv', 'xlsx', 'txt'] }],
        maxBytes: MAX_FILE_MB * 1024 * 1024,
      });
      if (file.status === 'cancelled') return;
      if (file.status === 'too-large') {
        setTooLarge(t('imports.file.tooLarge', { mb: Math.ceil(file.bytes / 1024 / 1024), max: MAX_FILE_MB }));
        return;
      }
      setTooLarge(null);
      await wizard.analyse(file.name, file.data);
    } catch (error) {
      // A file chosen that could not be read (gone since, or not ours to read): said, not left to the console.
      setTooLarge(errorText(t, asStoreError(error).data));
    } finally {
      setOpening(false);
    }
  }

  return (
    <Stack>
      <Group>
        <Button onClick={() => void choose()} loading={opening || wizard.busy}>
          {t('imports.file.choose')}
        </Button>
        {analysis && (
          <Text size="sm" data-testid="import-file">
            {t('imports.file.loaded', { name: analysis.fileName, rows: format(analysis.rowCount), columns: analysis.headers.length })}
          </Text>
        )}
      </Group>
      <Text size="xs" c="dimmed">
        {t('imports.file.hint', { max: MAX_FILE_MB })}
      </Text>
      {!analysis && <UnfinishedImports onFollow={wizard.follow} />}
      {tooLarge && (
        <Alert color="red" variant="light" role="alert">
          {tooLarge}
        </Alert>
      )}
      <ErrorAlert error={wizard.failure} />
      {analysis && analysis.sheetNames.length > 1 && (
        <Select
          label={t('imports.file.sheet')}
          data={analysis.sheetNames.map((name, i) => ({ value: String(i), label: name }))}
          value={String(analysis.sheet)}
          onChange={(value) => value !== null && void wizard.selectSheet(Number(value))}
          maw={320}
        />
      )}
      {analysis?.interrupted && (
        <Alert color="yellow" variant="light">
          <Stack gap="xs" align="flex-start">
            <Text size="sm">
              {t('imports.file.interrupted', {
                processed: format(analysis.interrupted.rowsProcessed),
                total: format(analysis.interrupted.totalRows),
                imported: format(analysis.interrupted.rowsImported),
                skipped: format(analysis.interrupted.rowsSkipped),
              })}
            </Text>
            <Button size="xs" onClick={() => void wizard.resume()} loading={wizard.busy}>
              {t('imports.file.resume')}
            </Button>
          </Stack>
        </Alert>
      )}
      <Group>
        <Button variant={analysis?.interrupted ? 'default' : 'filled'} disabled={!analysis} onClick={() => wizard.goTo(1)}>
          {t('imports.file.next')}
        </Button>
      </Group>
    </Stack>
  );
}
