import type { TFunction } from 'i18next';
import { LEXICON_KINDS, type LexiconEntry } from '../../../../domain/assist/lexicon';
import { termKey } from '../../../../domain/assist/match';
import { canonicalJson, type FieldChange } from '../../../../domain/audit/chain';
import { CATEGORIES, SEVERITIES } from '../../../../domain/cases/vocabulary';
import { SLA_CLOCK_KINDS } from '../../../../domain/clocks/clock';
import { slaWithDefaults, type SlaSettings } from '../../../../domain/clocks/sla-settings';
import { DEFAULT_SETTINGS } from '../../../../domain/settings/settings';
import type { SubjectInfo } from '../../../../store/services/audit/subjects';
import { fieldLabel, valueText } from './labels';

/** One line of an event's 改动字段 table: what changed (`field`, dotted), as people name it, before and after. */
export interface ChangeRow {
  field: string;
  label: string;
  before: string;
  after: string;
}

/** An event's changes as rows, with what the reader should know about the before column. */
export interface ChangeView {
  rows: ChangeRow[];
  notes: string[];
}

/** The smaller groups, whose keys their settings page names as `<prefix>.<key>`. */
const SETTINGS_KEY_LABELS: Partial<Record<string, string>> = {
  privacy: 'privacy.retention',
  lifecycle: 'admin.centre',
  attachments: 'admin.centre',
  print: 'admin.centre',
  security: 'security.idle',
};
/** Where a settings page names a key otherwise than by the key itself. */
const SETTINGS_KEY_RENAMES: Partial<Record<string, string>> = { idleLockMinutes: 'minutes' };
/** Keys whose values are codes, read by the labels their settings page shows them with. */
const SETTINGS_VALUE_LABELS: Partial<Record<string, string>> = { paper: 'admin.centre.paperSizes', formsLanguage: 'admin.centre.formsLanguages' };
/** Keys absent in settings saved before they existed, which the desk then reads as their default. */
const ABSENT_IS_DEFAULT: Partial<Record<string, string[]>> = { sla: ['referralReplyDays'], privacy: ['erasureReplyDays'], print: ['formsLanguage'] };

const NODES = ['verification', 'grading', 'planApproval', 'callback'];
const HOTSPOTS = ['recentDays', 'baselineDays', 'minCount', 'minRatio'];
const CALENDAR_TIMES = ['dayStart', 'dayEnd', 'breakStart', 'breakEnd'];

type Text = (t: TFunction, value: unknown) => string | null;
/** A leaf a settings page names: a value read by `text`, or a list shown by what left it and what joined it. */
type Leaf = { label: string; text: Text } | { label: string; list: 'names' | 'lexicon' };

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const has = (list: readonly string[], key: string | undefined) => key !== undefined && list.includes(key);
const join = (t: TFunction, items: string[]) => items.join(t('flow.listSeparator'));
const json = (value: unknown) => (value === null || value === undefined ? '—' : JSON.stringify(value));

const plain: Text = (t, value) => {
  if (typeof value === 'boolean') return t(value ? 'security.audit.values.yes' : 'security.audit.values.no');
  return typeof value === 'number' || typeof value === 'string' ? String(value) : null;
};
const count = (key: string): Text => (t, value) => (typeof value === 'number' ? t(key, { count: value }) : null);
const code = (group: string): Text => (t, value) => (typeof value === 'string' ? t(`${group}.${value}`, { defaultValue: '' }) || null : null);
/** Minutes of the day as HH:MM; no break as the page says it. */
const timeOfDay: Text = (t, value) => {
  if (value === null) return t('admin.calendar.none');
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > 24 * 60) return null;
  return `${String(Math.floor(value / 60)).padStart(2, '0')}:${String(value % 60).padStart(2, '0')}`;
};

/** A leaf of a settings key as its settings page names it; null for one no page names. */
function leafOf(t: TFunction, key: string, path: string[]): Leaf | null {
  const [first, second, ...rest] = path;
  const label = (...keys: string[]) => keys.map((k) => t(k)).join(' · ');
  if (rest.length > 0) return null;
  if (path.length === 0) {
    if (key === 'centreName') return { label: fieldLabel(t, 'settings', key), text: plain };
    if (key === 'departments') return { label: fieldLabel(t, 'settings', key), list: 'names' };
    return null;
  }
  if (key === 'sla') {
    if (first === 'responseHours' && has(SEVERITIES, second)) return { label: label('admin.sla.responseTitle', `severity.${second}`), text: count('security.audit.values.hours') };
    if (first === 'nodeHours' && has(NODES, second)) return { label: label('admin.sla.nodeTitle', `admin.sla.nodes.${second}`), text: count('security.audit.values.hours') };
    if (first === 'modes' && has(SLA_CLOCK_KINDS, second)) return { label: label('admin.sla.modesTitle', `admin.sla.clocks.${second}`), text: code('admin.sla.modes') };
    if (first === 'referralReplyDays' && !second) return { label: label('referral.settings.title', 'referral.settings.days'), text: count('units.workingDays') };
  }
  if (key === 'calendar' && !second) {
    // Named with their group, as the calendar tab heads them: 上班 alone does not say it is the working day's start.
    if (has(CALENDAR_TIMES, first)) return { label: label('admin.calendar.hoursTitle', `admin.calendar.${first}`), text: timeOfDay };
    if (first === 'extraHolidays' || first === 'extraWorkdays') return { label: label('admin.calendar.daysTitle', `admin.calendar.${first}`), list: 'names' };
  }
  if (key === 'categories' && has(CATEGORIES, first)) {
    const category = label('admin.categories.categoriesTitle', `category.${first}`);
    if (second === 'subCategories') return { label: `${category} · ${t('admin.categories.subCategories')}`, list: 'names' };
    if (second === 'department') return { label: `${category} · ${t('admin.categories.department')}`, text: plain };
  }
  if (key === 'assist') {
    if (first === 'repeatWindowDays' && !second) return { label: label('lexicon.repeat.windowDays'), text: plain };
    if (first === 'hotspots' && has(HOTSPOTS, second)) return { label: label('lexicon.hotspots.title', `lexicon.hotspots.${second}`), text: plain };
    if (first === 'lexicon' && !second) return { label: label('lexicon.editor.title'), list: 'lexicon' };
    if (first === 'lexiconEdition' && !second) return { label: label('security.audit.fields.settingsParts.lexiconEdition'), text: plain };
  }
  const prefix = SETTINGS_KEY_LABELS[key];
  if (prefix && first && !second) {
    const name = t(`${prefix}.${SETTINGS_KEY_RENAMES[first] ?? first}`, { defaultValue: '' });
    const codes = SETTINGS_VALUE_LABELS[first];
    if (name !== '') return { label: name, text: codes ? code(codes) : plain };
  }
  return null;
}

/** Every leaf of a value by its dotted path: records are walked into, lists and scalars are leaves. */
function leaves(value: unknown, path: string[] = [], out = new Map<string, { path: string[]; value: unknown }>()) {
  if (isObject(value) && Object.keys(value).length > 0) for (const [key, item] of Object.entries(value)) leaves(item, [...path, key], out);
  else out.set(path.join('.'), { path, value });
  return out;
}

/** A key's value with what the desk reads for keys saved before they existed. */
function withDefaults(key: string, value: unknown): unknown {
  const defaults = (DEFAULT_SETTINGS as unknown as Record<string, unknown>)[key];
  if (!isObject(value) || !isObject(defaults)) return value;
  // 回访时限, inside the node hours and modes: as the desk reads time limits saved before it.
  const filled: Record<string, unknown> = key === 'sla' && isObject(value.nodeHours) && isObject(value.modes) ? { ...slaWithDefaults(value as unknown as SlaSettings) } : { ...value };
  for (const leaf of ABSENT_IS_DEFAULT[key] ?? []) if (filled[leaf] === undefined) filled[leaf] = defaults[leaf];
  return filled;
}

const isNames = (value: unknown): value is string[] => Array.isArray(value) && value.every((item) => typeof item === 'string');
const isLexicon = (value: unknown): value is LexiconEntry[] =>
  Array.isArray(value) &&
  value.every((entry) => isObject(entry) && typeof entry.term === 'string' && has(LEXICON_KINDS, entry.kind as string) && has(SEVERITIES, entry.severity as string));

const entryText = (t: TFunction, entry: LexiconEntry) =>
  t('security.audit.values.entry', { term: entry.term, kind: t(`lexicon.kinds.${entry.kind}`), severity: t(`severity.${entry.severity}`) });

/** A list by what left it (修改前) and what joined it (修改后); the same items in another order say so. */
function listRow(t: TFunction, field: string, label: string, before: string[], after: string[], removed: string[], added: string[]): ChangeRow {
  if (removed.length === 0 && added.length === 0) {
    return { field, label, before: join(t, before) || '—', after: t('security.audit.values.reordered', { items: join(t, after) }) };
  }
  return {
    field,
    label,
    before: removed.length > 0 ? t('security.audit.values.removed', { items: join(t, removed) }) : '—',
    after: added.length > 0 ? t('security.audit.values.added', { items: join(t, added) }) : '—',
  };
}

/** The lexicon by its terms: entries removed and added, then each entry whose kind or severity changed. */
function lexiconRows(t: TFunction, field: string, label: string, before: LexiconEntry[], after: LexiconEntry[]): ChangeRow[] {
  const byTerm = (list: LexiconEntry[]) => new Map(list.map((entry) => [termKey(entry.term), entry]));
  const was = byTerm(before);
  const now = byTerm(after);
  const removed = before.filter((entry) => !now.has(termKey(entry.term)));
  const added = after.filter((entry) => !was.has(termKey(entry.term)));
  const changed = after.flatMap((entry) => {
    const old = was.get(termKey(entry.term));
    return old && entryText(t, old) !== entryText(t, entry) ? [{ field: `${field}.${entry.term}`, label: `${label} · ${entry.term}`, before: entryText(t, old), after: entryText(t, entry) }] : [];
  });
  const text = (list: LexiconEntry[]) => list.map((entry) => entryText(t, entry));
  if (removed.length === 0 && added.length === 0 && changed.length > 0) return changed;
  return [listRow(t, field, label, text(before), text(after), text(removed), text(added)), ...changed];
}

/** One changed leaf: as its page names it, or, for one no page names or a value of another shape, as recorded. */
function leafRows(t: TFunction, key: string, path: string[], before: unknown, after: unknown): ChangeRow[] {
  const field = [key, ...path].join('.');
  const leaf = leafOf(t, key, path);
  const asRecorded = { field, label: [fieldLabel(t, 'settings', key), ...path].join(' · '), before: json(before), after: json(after) };
  if (!leaf) return [asRecorded];
  if ('text' in leaf) {
    const text = (value: unknown) => (value === undefined ? '—' : (leaf.text(t, value) ?? json(value)));
    return [{ field, label: leaf.label, before: text(before), after: text(after) }];
  }
  const [was, now] = [before ?? [], after ?? []];
  if (leaf.list === 'lexicon') return isLexicon(was) && isLexicon(now) ? lexiconRows(t, field, leaf.label, was, now) : [{ ...asRecorded, label: leaf.label }];
  if (!isNames(was) || !isNames(now)) return [{ ...asRecorded, label: leaf.label }];
  return [listRow(t, field, leaf.label, was, now, was.filter((item) => !now.includes(item)), now.filter((item) => !was.includes(item)))];
}

/**
 * A change of one settings key as what changed, in the UI's language: a row per changed leaf, named
 * as its settings page names it, values in words (hours with their unit, times of day as HH:MM, codes
 * by their labels), lists by what was removed and added. A key never saved before is compared with
 * its default, and says so. A key no page names (the alert policy) reads as before: whole, as recorded.
 */
export function settingsChange(t: TFunction, key: string, change: FieldChange): ChangeView {
  const defaults = (DEFAULT_SETTINGS as unknown as Record<string, unknown>)[key];
  if (defaults === undefined) {
    return { rows: [{ field: key, label: fieldLabel(t, 'settings', key), before: valueText(key, change.before, t, 'settings'), after: valueText(key, change.after, t, 'settings') }], notes: [] };
  }
  const wasDefault = change.before === null || change.before === undefined;
  const before = leaves(withDefaults(key, wasDefault ? defaults : change.before));
  const after = leaves(withDefaults(key, change.after));
  const rows: ChangeRow[] = [];
  for (const path of new Set([...after.keys(), ...before.keys()])) {
    const [was, now] = [before.get(path), after.get(path)];
    if (was && now && canonicalJson(was.value) === canonicalJson(now.value)) continue;
    rows.push(...leafRows(t, key, (was ?? now)!.path, was?.value, now?.value));
  }
  const notes = [...(wasDefault ? [t('security.audit.values.defaultBefore')] : []), ...(rows.length === 0 ? [t('security.audit.values.unchanged')] : [])];
  return { rows, notes };
}

/** What an event changed, a row per field (see valueText); a settings event's a row per changed leaf of each key. */
export function changeView(t: TFunction, kind: SubjectInfo['subjectKind'], changes: Record<string, FieldChange>): ChangeView {
  const views = Object.entries(changes).map(([field, change]) =>
    kind === 'settings'
      ? settingsChange(t, field, change)
      : { rows: [{ field, label: fieldLabel(t, kind, field), before: valueText(field, change.before, t, kind), after: valueText(field, change.after, t, kind) }], notes: [] },
  );
  return { rows: views.flatMap((view) => view.rows), notes: views.flatMap((view) => view.notes) };
}
