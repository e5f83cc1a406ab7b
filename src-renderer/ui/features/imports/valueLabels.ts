/**
 * The import's value fields and their values by their names in the user's language: the 对应取值
 * step's selects, the check's "use one of" list and the audit log's record of the matches.
 */
import type { TFunction } from 'i18next';
import type { ValueMatch } from '../../../domain/imports/value-audit';
import { VALUE_FIELDS, VALUE_ORIGINS, VOCABULARIES, type ValueField, type VocabularyField } from '../../../domain/imports/value-map';

/** Where each vocabulary field's values are named in the resources. */
const LABEL_PREFIX: Record<VocabularyField, string> = {
  channel: 'channel',
  customerType: 'customerType',
  socialPlatform: 'socialPlatform',
  demand: 'demand',
  severity: 'severity',
  category: 'category',
  status: 'imports.status',
};

export const isValueField = (field: unknown): field is ValueField => typeof field === 'string' && (VALUE_FIELDS as readonly string[]).includes(field);

export const isVocabularyField = (field: unknown): field is VocabularyField => isValueField(field) && field !== 'department';

/** An item of the import (投诉类别), as the mapping step names it. */
export function valueFieldLabel(t: TFunction, field: ValueField): string {
  return t(`imports.mapping.fields.${field}`);
}

/** A desk value of `field` by its label in the user's language; a department by its name. */
export function targetLabel(t: TFunction, field: ValueField, target: string): string {
  return field === 'department' ? target : t(`${LABEL_PREFIX[field]}.${target}`, { defaultValue: target });
}

/** The desk values a file value of `field` may be matched to, by their labels. */
export function targetOptions(t: TFunction, field: ValueField, departments: readonly string[]): { value: string; label: string }[] {
  const codes = field === 'department' ? departments : VOCABULARIES[field].codes;
  return codes.map((code) => ({ value: code, label: targetLabel(t, field, code) }));
}

/** Every value of a vocabulary field by its label, in the vocabulary's order. */
export function vocabularyLabels(t: TFunction, field: VocabularyField): string[] {
  return VOCABULARIES[field].codes.map((code) => targetLabel(t, field, code));
}

const isMatch = (value: unknown): value is ValueMatch => {
  const match = value as Partial<ValueMatch> | null;
  return (
    typeof match === 'object' &&
    match !== null &&
    isValueField(match.field) &&
    typeof match.value === 'string' &&
    typeof match.target === 'string' &&
    (VALUE_ORIGINS as readonly unknown[]).includes(match.origin)
  );
};

/**
 * An import's recorded matches (`valueMatches`), one line each: 投诉类别：快递问题 → 物流配送（建议）;
 * null when the value is not such a list.
 */
export function valueMatchLines(t: TFunction, recorded: unknown): string[] | null {
  if (!Array.isArray(recorded) || !recorded.every(isMatch)) return null;
  return recorded.map(({ field, value, target, origin }) =>
    t('imports.audit.match', { field: valueFieldLabel(t, field), value, target: targetLabel(t, field, target), origin: t(`imports.audit.origin.${origin}`) }),
  );
}

/** An import's recorded counts (`valueCounts`), one line per item: 客户诉求 3 个; null when the value is not such a record. */
export function valueCountLines(t: TFunction, recorded: unknown): string[] | null {
  if (typeof recorded !== 'object' || recorded === null || Array.isArray(recorded)) return null;
  const entries = Object.entries(recorded);
  if (!entries.every(([field, count]) => isValueField(field) && typeof count === 'number')) return null;
  return entries.map(([field, count]) => t('imports.audit.count', { field: valueFieldLabel(t, field as ValueField), count }));
}
