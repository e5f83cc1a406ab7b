import type { TFunction } from 'i18next';
import type { DeskErrorData, FieldError } from '../../domain/common/errors';

/** Translates an error code from the store host; unknown codes still say something useful. */
export function errorText(t: TFunction, error: Pick<DeskErrorData, 'code' | 'params'> | FieldError): string {
  const key = `errors.${error.code}`;
  const params = error.params ?? {};
  return t(key, { ...params, defaultValue: t('errors.unknown', { code: error.code }) });
}

/** Field errors keyed by field name, translated, first error per field. */
export function fieldErrorTexts(t: TFunction, fields: FieldError[] = []): Record<string, string> {
  const out: Record<string, string> = {};
  for (const field of fields) out[field.field] ??= errorText(t, field);
  return out;
}
