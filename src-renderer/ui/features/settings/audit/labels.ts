import type { i18n as I18n, TFunction } from 'i18next';
import type { SubjectInfo } from '../../../../store/services/audit/subjects';
import { commandLabel } from '../../cases/actions/labels';
import { valueCountLines, valueMatchLines } from '../../imports/valueLabels';
import { recordedText } from './values';

/** A command by its label: the case flow's (`flow.command.*`) where it has one, else the administration's, else its name. */
export { commandLabel };

function flatten(tree: unknown, prefix = ''): string[] {
  if (typeof tree !== 'object' || tree === null) return prefix ? [prefix] : [];
  return Object.entries(tree).flatMap(([key, value]) => flatten(value, prefix ? `${prefix}.${key}` : key));
}

/** Every command with a label, for the filter: the case flow's and the administration's (the keys are the same in every language). */
export function commandOptions(t: TFunction, i18n: I18n): Array<{ value: string; label: string }> {
  const labelled = (path: string): unknown => i18n.getResource('zh-CN', 'translation', path);
  const names = new Set([...flatten(labelled('flow.command')), ...flatten(labelled('security.command'))]);
  return [...names].map((value) => ({ value, label: commandLabel(t, value) })).sort((a, b) => a.label.localeCompare(b.label, 'zh-CN'));
}

/** Who did it: 王晓（客服专员）, or 系统 for what the desk did by itself (archiving, a restore's switch), as the case timeline says. */
export function actorText(t: TFunction, actor: { name: string; role: string }): string {
  if (actor.role === 'system') return t('flow.timeline.system');
  return t('security.audit.actor', { name: actor.name, role: t(`role.${actor.role}`, { defaultValue: actor.role }) });
}

/** Whose chain, as people name it: 投诉单 TS-…, 用户 王晓, 系统设置… */
export function subjectText(t: TFunction, row: SubjectInfo & { subject: string }): string {
  return t(`security.audit.subject.${row.subjectKind}`, { label: row.subjectLabel ?? row.subject });
}

/**
 * Fields every command touches, or that only restate the event (who saved it when, a correction's
 * own note): the case timeline leaves them out, and so does the log's list of changed fields. The
 * event's detail still shows every one.
 */
const NOISE = new Set(['updatedAt', 'updatedBy', 'nextDueAt', 'responseDueAt', 'corrections']);

/** The fields an event changed that say something about it. */
export function changedFields(changes: Record<string, unknown>, detail?: Record<string, unknown>): string[] {
  const fields = Object.keys(changes).filter((field) => !NOISE.has(field));
  // An anonymisation records which fields it cleared, never their values: those are its changed fields.
  if (fields.length === 0 && Array.isArray(detail?.fields)) return detail.fields.filter((field): field is string => typeof field === 'string');
  return fields;
}

/**
 * A changed field as people name it, in the UI's language: a case's as the case page names it
 * (`flow.field.*`), a settings key, a user's or an improvement's… by the log's own labels; an
 * unknown one by its name, so nothing recorded is hidden.
 */
export function fieldLabel(t: TFunction, kind: SubjectInfo['subjectKind'], field: string): string {
  if (kind === 'case') return t(`flow.field.${field}`, { defaultValue: field });
  return t(`security.audit.fields.${kind}.${field}`, { defaultValue: field });
}

/** Recorded values read line by line, in the UI's language: an import's value matches (对应取值) and their counts. */
const LINES: Record<string, (t: TFunction, value: unknown) => string[] | null> = {
  valueMatches: valueMatchLines,
  valueCounts: valueCountLines,
};

/**
 * A recorded field value, readable (see recordedText): codes by their labels, people by name,
 * instants as local time, an import's value matches one per line; nothing as —. A settings group
 * is shown as recorded: the event's detail reads it leaf by leaf (settingsChanges.ts).
 */
export function valueText(field: string, value: unknown, t: TFunction, kind: SubjectInfo['subjectKind'] = 'case'): string {
  if (value === null || value === undefined || value === '') return '—';
  if (Object.hasOwn(LINES, field)) {
    // Anything else recorded under those names is shown as it was recorded.
    const lines = LINES[field]!(t, value);
    return lines ? lines.join('\n') : JSON.stringify(value);
  }
  if (kind === 'settings' && typeof value === 'object') return JSON.stringify(value);
  return recordedText(t, value, { kind, path: [field], holders: [kind] });
}
