import type { TFunction } from 'i18next';
import type { FieldError } from '../../../domain/common/errors';
import type { RowError } from '../../../domain/imports/validate';
import { errorText } from '../../i18n/errors';
import { isVocabularyField, vocabularyLabels } from './valueLabels';

/**
 * The reason of a row error in the user's language; an unknown value lists what may be written
 * instead. Only a value 对应取值 listed (`listed`, set by the store host) is sent back to that
 * step: one beyond those listed or too long to match was never offered there.
 */
export function rowErrorText(t: TFunction, language: string, error: RowError): string {
  if (error.code === 'imports.unknownValue' && isVocabularyField(error.field)) {
    const allowed = new Intl.ListFormat(language, { type: 'disjunction' }).format(vocabularyLabels(t, error.field));
    return t(error.listed ? 'imports.listed.vocabulary' : 'imports.unknownValue', { value: error.value, allowed });
  }
  if (error.listed && error.code === 'imports.unknownValue') return t('imports.listed.unknownValue');
  if (error.listed && error.code === 'imports.unknownDepartment') return t('imports.listed.unknownDepartment');
  return errorText(t, error);
}

/** A mapping problem on its field's select; a column used twice names the field that has it. */
export function mappingErrorText(t: TFunction, error: FieldError): string {
  if (error.code === 'imports.columnTwice' && typeof error.params?.field === 'string') {
    return t('imports.mapping.columnTwice', { field: t(`imports.mapping.fields.${error.params.field}`) });
  }
  return errorText(t, error);
}
