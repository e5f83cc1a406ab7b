import type { TFunction } from 'i18next';
import type { DeskErrorData, FieldError } from '../../domain/common/errors';

/** Translates an error code from the store host; unknown codes still say something useful. */
export function errorText(t: TFunction, error: Pick<DeskErrorData, 'code' | 'params'> | FieldError): string {
  const key = `errors.${error.code}`;
  const params = error.params ?? {};
  return t(key, { ...params, defaultValue: t('errors.unknown', { code: error.code }) });
}
