import { Alert, Badge, Button, Group, List, Select, Stack, Table, Text, Title } from '@mantine/core';
import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldError } from '../../../domain/common/errors';
import type { ValueField } from '../../../domain/imports/value-map';
import { formatCount } from '../../components/format';
import { ErrorAlert } from '../../components/ErrorAlert';
import { errorText } from '../../i18n/errors';
import { isValueError, type ValueChoice, type ValuesResult } from './valueChoices';
import { isValueField, targetOptions, valueFieldLabel } from './valueLabels';
import type { ImportWizard } from './useImportWizard';

function Origin({ choice }: { choice: ValueChoice | undefined }) {
  const { t } = useTranslation();
  if (!choice?.target || choice.origin === 'user') return null;
  return (
    <Badge size="sm" variant="light" color={choice.origin === 'similar' ? 'yellow' : 'blue'}>
      {t(choice.origin === 'similar' ? 'imports.values.similar' : 'imports.values.remembered')}
    </Badge>
  );
}

type FieldResult = ValuesResult['fields'][number];
type ListedValue = FieldResult['values'][number];

interface ValueRowProps {
  field: ValueField;
  value: ListedValue;
  choice: ValueChoice | undefined;
  options: { value: string; label: string }[];
  error: string | undefined;
  onChoose: ImportWizard['setValue'];
}

/**
 * One value of the file and the desk value it is taken to mean. Memoised: a choice changes one
 * row's props, so it re-renders that row, not the field's up to 200 Selects.
 */
export const ValueRow = memo(function ValueRow({ field, value, choice, options, error, onChoose }: ValueRowProps) {
  const { t, i18n } = useTranslation();
  return (
    <Table.Tr>
      <Table.Td maw={260} style={{ overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }} title={value.value}>
        {value.value}
      </Table.Td>
      <Table.Td>{formatCount(value.rows, i18n.language)}</Table.Td>
      <Table.Td>{t('imports.values.exampleRow', { row: value.exampleRow })}</Table.Td>
      <Table.Td>
        <Group gap="xs" wrap="nowrap">
          <Select
            aria-label={t('imports.values.targetLabel', { value: value.value })}
            placeholder={t('imports.values.none')}
            data={options}
            value={choice?.target ?? null}
            onChange={(target) => onChoose(field, value.key, target)}
            // Choosing the pre-filled value again confirms it (its mark goes); the clear button leaves it unmatched.
            onOptionSubmit={(target) => onChoose(field, value.key, target)}
            allowDeselect={false}
            clearable
            searchable
            size="xs"
            w={180}
            error={error}
          />
          <Origin choice={choice} />
        </Group>
      </Table.Td>
    </Table.Tr>
  );
});

/** One field's unknown values: how often and where first, and the desk value each is taken to mean. */
function FieldValuesTable({ wizard, found, departments }: { wizard: ImportWizard; found: FieldResult; departments: readonly string[] }) {
  const { t, i18n } = useTranslation();
  const field = found.field as ValueField;
  const choices = wizard.valueChoices[field] ?? {};
  const options = useMemo(() => targetOptions(t, field, departments), [t, field, departments]);
  const mapped = found.values.filter((v) => choices[v.key]?.target).length;
  const fieldName = valueFieldLabel(t, field);
  const errorOf = (key: string) => {
    const error = wizard.valueErrors.find((e) => isValueError(e, field, key));
    return error ? errorText(t, error) : undefined;
  };
  return (
    <Stack gap={4}>
      <Group justify="space-between">
        <Title order={3} size="h5">
          {t('imports.values.field', { field: fieldName, column: found.column })}
        </Title>
        <Text size="xs" c="dimmed">
          {t('imports.values.mapped', { mapped, total: found.values.length })}
        </Text>
      </Group>
      <Table.ScrollContainer minWidth={600}>
        <Table striped withTableBorder fz="sm" aria-label={fieldName}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('imports.values.value')}</Table.Th>
              <Table.Th w={90}>{t('imports.values.rows')}</Table.Th>
              <Table.Th w={110}>{t('imports.values.example')}</Table.Th>
              <Table.Th w={320}>{t('imports.values.target')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {found.values.map((value) => (
              <ValueRow
                key={value.key}
                field={field}
                value={value}
                choice={choices[value.key]}
                options={options}
                error={errorOf(value.key)}
                onChoose={wizard.setValue}
              />
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {found.more > 0 && (
        <Text size="xs" c="dimmed">
          {t('imports.values.more', { n: formatCount(found.more, i18n.language), count: found.more })}
        </Text>
      )}
    </Stack>
  );
}

/** The store host's problems with the value map that no listed value's select can show (too many values, an unknown item…). */
function unplacedErrors(errors: readonly FieldError[], values: ValuesResult): FieldError[] {
  return errors.filter((error) => !values.fields.some(({ field, values: listed }) => listed.some(({ key }) => isValueError(error, field, key))));
}

/** 对应取值: the values of the file the desk does not read, each matched to a desk value or left unmatched. */
export function ValuesStep({ wizard }: { wizard: ImportWizard }) {
  const { t } = useTranslation();
  const { values } = wizard;
  if (!values) return null;
  return (
    <Stack>
      {values.fields.length === 0 ? (
        <Alert color="green" variant="light">
          {t('imports.values.allKnown')}
        </Alert>
      ) : (
        <>
          <Text size="sm" c="dimmed">
            {t('imports.values.hint')}
          </Text>
          {values.fields.map((found) => (
            <FieldValuesTable key={found.field} wizard={wizard} found={found} departments={values.departments} />
          ))}
        </>
      )}
      <OtherErrors errors={unplacedErrors(wizard.valueErrors, values)} />
      <ErrorAlert error={wizard.failure} />
      <Group>
        <Button variant="default" onClick={() => wizard.goTo(1)}>
          {t('imports.back')}
        </Button>
        <Button onClick={() => void wizard.runCheck()} loading={wizard.busy}>
          {t('imports.values.next')}
        </Button>
      </Group>
    </Stack>
  );
}

/** Problems of the value map as a whole, or of a field, in the user's language. */
function OtherErrors({ errors }: { errors: readonly FieldError[] }) {
  const { t } = useTranslation();
  if (errors.length === 0) return null;
  const text = (error: FieldError) => {
    const field = error.field.split('.')[1];
    return isValueField(field) ? t('imports.values.fieldError', { field: valueFieldLabel(t, field), error: errorText(t, error) }) : errorText(t, error);
  };
  return (
    <Alert color="red" variant="light" role="alert" title={t('errors.validation.failed')}>
      <List size="sm">
        {errors.map((error, i) => (
          <List.Item key={i}>{text(error)}</List.Item>
        ))}
      </List>
    </Alert>
  );
}
