import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldError } from '../../domain/common/errors';
import { errorText } from '../i18n/errors';

/** A field error translated when rendered, so it follows a language switch like the labels do. */
export function FieldErrorText({ error }: { error: FieldError }) {
  const { t } = useTranslation();
  return <>{errorText(t, error)}</>;
}

/** Form errors keyed by field name, first error per field. */
export function fieldErrorNodes(fields: FieldError[] = []): Record<string, ReactNode> {
  const out: Record<string, ReactNode> = {};
  for (const field of fields) out[field.field] ??= <FieldErrorText error={field} />;
  return out;
}
