import type { TFunction } from 'i18next';
import { CATEGORIES, CHANNELS, CUSTOMER_TYPES, SEVERITIES } from '../../../domain/cases/vocabulary';
import type { FieldError } from '../../../domain/common/errors';
import type { ImportField } from '../../../domain/imports/fields';
import type { RowError } from '../../../domain/imports/validate';
import { errorText } from '../../i18n/errors';

/** The vocabularies a cell is read by, named by their labels in the user's language. */
const VOCABULARIES: Partial<Record<ImportField, { prefix: string; codes: readonly string[] }>> = {
  channel: { prefix: 'channel', codes: CHANNELS },
  severity: { prefix: 'severity', codes: SEVERITIES },
  category: { prefix: 'category', codes: CATEGORIES },
  customerType: { prefix: 'customerType', codes: CUSTOMER_TYPES },
  status: { prefix: 'imports.status', codes: ['open', 'closed', 'redirected'] },
};

/** The reason of a row error in the user's language; an unknown value lists what may be written instead. */
export function rowErrorText(t: TFunction, language: string, error: RowError): string {
  const vocabulary = error.field ? VOCABULARIES[error.field] : undefined;
  if (error.code === 'imports.unknownValue' && vocabulary) {
    const labels = vocabulary.codes.map((code) => t(`${vocabulary.prefix}.${code}`));
    const allowed = new Intl.ListFormat(language, { type: 'disjunction' }).format(labels);
    return t('imports.unknownValue', { value: error.value, allowed });
  }
  return errorText(t, error);
}

/** A mapping problem on its field's select; a column used twice names the field that has it. */
export function mappingErrorText(t: TFunction, error: FieldError): string {
  if (error.code === 'imports.columnTwice' && typeof error.params?.field === 'string') {
    return t('imports.mapping.columnTwice', { field: t(`imports.mapping.fields.${error.params.field}`) });
  }
  return errorText(t, error);
}
