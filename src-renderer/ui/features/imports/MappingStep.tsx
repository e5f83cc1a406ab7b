import { Alert, Button, Group, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { IMPORT_FIELDS, REQUIRED_IMPORT_FIELDS } from '../../../domain/imports/fields';
import { ErrorAlert } from '../../components/ErrorAlert';
import { SampleTable } from './SampleTable';
import { mappingErrorText } from './rowErrorText';
import type { ImportWizard } from './useImportWizard';

/** 对应列: one choice of column per case field, pre-filled from the headers; required ones marked. */
export function MappingStep({ wizard }: { wizard: ImportWizard }) {
  const { t } = useTranslation();
  const { analysis, mapping } = wizard;
  if (!analysis || !mapping) return null;
  // A header the file has twice (电话, 电话) says which column it is, or the two choices look alike.
  const twice = new Set(analysis.headers.filter((header, i) => header !== '' && analysis.headers.indexOf(header) !== i));
  const columns = analysis.headers.map((header, i) => {
    const n = t('imports.mapping.column', { n: i + 1 });
    return { value: String(i), label: header === '' ? n : twice.has(header) ? t('imports.mapping.repeated', { header, column: n }) : header };
  });
  // Columns of the file with something in them that no field takes: said, so nothing is left out unknowingly.
  const used = new Set(Object.values(mapping).filter((column): column is number => column !== null));
  const unused = columns.filter((_, i) => !used.has(i) && analysis.filledColumns[i]).map((column) => column.label);
  const errorOf = (field: string) => {
    const error = wizard.mappingErrors.find((e) => e.field === `mapping.${field}`);
    return error ? mappingErrorText(t, error) : undefined;
  };

  return (
    <Stack>
      <Text size="sm" c="dimmed">
        {t('imports.mapping.hint')}
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="sm" verticalSpacing="xs">
        {IMPORT_FIELDS.map((field) => {
          const column = mapping[field];
          return (
            <Select
              key={field}
              label={t(`imports.mapping.fields.${field}`)}
              withAsterisk={REQUIRED_IMPORT_FIELDS.includes(field)}
              placeholder={t('imports.mapping.placeholder')}
              data={columns}
              value={column === null ? null : String(column)}
              onChange={(value) => wizard.setField(field, value === null ? null : Number(value))}
              clearable
              searchable
              error={errorOf(field)}
            />
          );
        })}
      </SimpleGrid>
      {unused.length > 0 && (
        <Alert color="yellow" variant="light" role="status" title={t('imports.mapping.unusedTitle', { count: unused.length })}>
          {t('imports.mapping.unused', { columns: unused.join(t('flow.listSeparator')) })}
        </Alert>
      )}
      <SampleTable headers={analysis.headers} rows={analysis.sample} rowNumbers={analysis.sampleRows} />
      <ErrorAlert error={wizard.failure} />
      <Group>
        <Button variant="default" onClick={() => wizard.goTo(0)}>
          {t('imports.back')}
        </Button>
        <Button onClick={() => void wizard.toValues()} loading={wizard.busy}>
          {t('imports.mapping.next')}
        </Button>
      </Group>
    </Stack>
  );
}
