import type { TFunction } from 'i18next';
import type { DeskErrorData, FieldError } from '../../domain/common/errors';
import { formatDateTime } from '../components/format';

/** Parameters that carry a code of a vocabulary are shown by their label, not the code. */
const LABELLED_PARAMS: Record<string, string> = {
  status: 'status',
  command: 'flow.command',
  role: 'role',
  /** The refused action, by its name (`auth.forbidden`). */
  permission: 'security.permission',
  /** A table of the desk's database (a backup's count that does not match). */
  table: 'backup.tables',
  /** The contact fields in which the cases found for a customer disagree (姓名、电话). */
  fields: 'erasure.form.fields',
  /** Why a file could not be written or read (main's `fileFailureKind`). */
  why: 'errors.fileWhy',
};

/** Parameters that carry an instant (epoch ms) are written as the desk writes times: 2026-11-23 14:05. */
const INSTANT_PARAMS = new Set(['addedAt']);

/** Translates an error code from the store host; unknown codes still say something useful. */
export function errorText(t: TFunction, error: Pick<DeskErrorData, 'code' | 'params'> | FieldError): string {
  const key = `errors.${error.code}`;
  const params: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(error.params ?? {})) {
    const prefix = LABELLED_PARAMS[name];
    if (typeof value === 'object') params[name] = value.map((item) => (prefix ? t(`${prefix}.${item}`, { defaultValue: item }) : item)).join(t('case.listSeparator'));
    else params[name] = typeof value === 'number' && INSTANT_PARAMS.has(name) ? formatDateTime(value) : value;
  }
  for (const [name, prefix] of Object.entries(LABELLED_PARAMS)) {
    const value = params[name];
    // A list was labelled item by item above.
    if (typeof value === 'string' && typeof error.params?.[name] === 'string') params[name] = t(`${prefix}.${value}`, { defaultValue: value });
  }
  return t(key, { ...params, defaultValue: t('errors.unknown', { code: error.code }) });
}
