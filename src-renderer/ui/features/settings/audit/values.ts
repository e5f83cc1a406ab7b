import type { TFunction } from 'i18next';
import type { SubjectInfo } from '../../../../store/services/audit/subjects';
import { formatAmount, formatBytes, formatDateTime } from '../../../components/format';
import { formatDuration } from '../../cases/format';

type Kind = SubjectInfo['subjectKind'];

/**
 * Where a value was recorded: the keys from the event's field (or detail key) down to it, list
 * positions left out, and the record it belongs to — its subject's kind, or for an event's detail
 * its command and that command's area.
 */
export interface ValuePlace {
  kind: Kind;
  path: readonly string[];
  holders: readonly string[];
}

/** Codes of a vocabulary by the key that holds them, wherever it is: the i18n group of their labels. */
const VOCABULARY: Record<string, string> = {
  channel: 'channel',
  customerType: 'customerType',
  socialPlatform: 'socialPlatform',
  severity: 'severity',
  initialSeverity: 'severity',
  category: 'category',
  initialCategory: 'category',
  demands: 'demand',
  role: 'role',
};

/** Codes whose vocabulary depends on what holds them: `<holder>.<key>`, the holder a key above it, a subject's kind or a command. */
const HELD: Record<string, string> = {
  'case.status': 'status',
  'improvement.status': 'improvements.status',
  'termination.from': 'status',
  'screening.decision': 'flow.screening.decisions',
  'extensions.decision': 'flow.extension.decisions',
  'termination.reason': 'flow.termination.reasons',
  'legalHolds.kind': 'legalHold.kinds',
  'relatedCases.kind': 'links.related.kinds',
  'compensation.type': 'compensation',
  'compensationConfirmations.outcome': 'payout.outcomes',
  'compensationConfirmations.method': 'payout.methods',
  'referralReplies.method': 'referral.method',
  'verificationRequests.state': 'verificationRequest.states',
  'withdrawal.cause': 'verificationRequest.causes',
  'informed.outcome': 'links.inform.outcomes',
  'clocks.kind': 'flow.clock',
  'clocks.state': 'flow.clock.state',
  'clocks.mode': 'flow.clock.mode',
  'earlierResolutions.kind': 'flow.clock',
  'earlierResolutions.state': 'flow.clock.state',
  'earlierResolutions.mode': 'flow.clock.mode',
};

/**
 * An event's detail, by its command or the command's area: looked up only by those, never by a key
 * above (a case's clock kept under `verification` is no verification entry).
 */
const BY_COMMAND: Record<string, string> = {
  'backup.kind': 'backup.kinds',
  'auth.reason': 'security.audit.failureReasons',
  'verification.kind': 'privacy.lookup.entryKinds',
  'cases.link.kind': 'links.related.kinds',
  'cases.unlink.kind': 'links.related.kinds',
  'cases.merge.unlinked': 'links.related.kinds',
  'customers.key': 'privacy.lookup.kinds',
  'erasure.key': 'privacy.lookup.kinds',
  'erasure.deliver.method': 'erasure.delivery.methods',
  'cases.replyReferral.method': 'referral.method',
  'feedback.informMerged.outcome': 'links.inform.outcomes',
  'plans.confirmCompensation.outcome': 'payout.outcomes',
};

/** Keys named by what they hold: a clock by its kind, a survey score by its dimension, a backup's count by its table. */
const NAMED_BY_HOLDER: Record<string, string> = {
  clocks: 'flow.clock',
  scores: 'flow.survey',
  counts: 'backup.tables',
  // A 核实请求's department is the one asked, not the case's 责任部门.
  verificationRequests: 'verificationRequest.auditKeys',
};

/** Lists of field names: of the subject's record (a correction's, an anonymisation's), or of a case's entries (`<kind>.<field>`). */
const FIELD_LISTS = new Set(['fields']);
const ENTRY_FIELD_LISTS = new Set(['entryFields']);
/** Fields a command sets to say it ran, listed with the fields it changed: not named among them. */
const MARKS_OF_THE_ACT = new Set(['anonymisedAt']);

/** Numbers that are instants without ending in `At` or `Until`. */
const INSTANTS = new Set(['at', 'until', 'runningSince', 'from', 'to', 'replyBy']);
/** Flags kept as 0/1 (indexable). */
const FLAGS = new Set(['archived', 'legalRisk', 'active']);

/** The vocabulary of the code at `place`: by the keys above it nearest first, then by the record (the command, then its area). */
function vocabularyOf(place: ValuePlace): string | undefined {
  const key = place.path.at(-1)!;
  for (const holder of place.path.slice(0, -1).reverse()) {
    const group = HELD[`${holder}.${key}`];
    if (group) return group;
  }
  for (const holder of place.holders) {
    const group = HELD[`${holder}.${key}`] ?? BY_COMMAND[`${holder}.${key}`];
    if (group) return group;
  }
  return VOCABULARY[key];
}

/**
 * A key inside a recorded value as people name it: by what holds it where that names it (a clock's
 * kind), else by the log's own words for recorded keys, else as the case page names a field; an
 * unknown one by its name, so nothing recorded is hidden.
 */
export function keyLabel(t: TFunction, key: string, holder?: string): string {
  const byHolder = holder !== undefined ? NAMED_BY_HOLDER[holder] : undefined;
  if (byHolder) return t(`${byHolder}.${key}`, { defaultValue: key });
  return t(`security.audit.keys.${key}`, { defaultValue: t(`flow.field.${key}`, { defaultValue: key }) });
}

/** A field of the subject's record, dotted for a nested one (`plan.measures`): each part by its label. */
export function fieldPathLabel(t: TFunction, kind: Kind, field: string): string {
  const [first = field, ...rest] = field.split('.');
  const top = kind === 'case' ? t(`flow.field.${first}`, { defaultValue: first }) : t(`security.audit.fields.${kind}.${first}`, { defaultValue: keyLabel(t, first) });
  return [top, ...rest.map((part) => keyLabel(t, part))].join(' · ');
}

/** A field of an entry of a case (`check.finding`): the entry's kind, then the field. */
function entryFieldLabel(t: TFunction, field: string): string {
  const [kind = field, ...rest] = field.split('.');
  return [t(`privacy.lookup.entryKinds.${kind}`, { defaultValue: kind }), ...rest.map((part) => keyLabel(t, part))].join(' · ');
}

const yesNo = (t: TFunction, value: boolean) => t(value ? 'security.audit.values.yes' : 'security.audit.values.no');

function numberText(t: TFunction, key: string, value: number): string {
  if (/(At|Until)$/.test(key) || INSTANTS.has(key)) return formatDateTime(value);
  if (/Ms$/.test(key)) return formatDuration(t, value, 'nearest');
  if (key === 'amount') return formatAmount(value);
  if (/Bytes$/.test(key) || key === 'bytes' || key === 'size') return formatBytes(value);
  if (FLAGS.has(key) && (value === 0 || value === 1)) return yesNo(t, value === 1);
  return String(value);
}

const isEmpty = (value: unknown) => value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A person as recorded on a case (`{ id, name }`, with their department at times): by name. */
function personName(value: Record<string, unknown>): string | null {
  const keys = Object.keys(value);
  const person = typeof value.name === 'string' && 'id' in value && keys.every((key) => key === 'id' || key === 'name' || key === 'department');
  return person ? (value.name as string) : null;
}

/** A scalar, a list or a record on one line; `depth` counts the records around it (a nested one is bracketed). */
function inline(t: TFunction, value: unknown, place: ValuePlace, depth: number): string {
  const key = place.path.at(-1) ?? '';
  if (typeof value === 'boolean') return yesNo(t, value);
  if (typeof value === 'number') return numberText(t, key, value);
  if (typeof value === 'string') {
    const group = vocabularyOf(place);
    return group ? t(`${group}.${value}`, { defaultValue: value }) : value;
  }
  if (Array.isArray(value)) {
    const items = value.filter((item) => !isEmpty(item));
    if (FIELD_LISTS.has(key) && items.every((item) => typeof item === 'string')) {
      // The stamp of the act is among the fields it changed, not among what it erased (已清除：…、匿名化时间).
      const named = items.filter((field) => !MARKS_OF_THE_ACT.has(field as string));
      return named.map((field) => fieldPathLabel(t, place.kind, field as string)).join(t('flow.listSeparator'));
    }
    if (ENTRY_FIELD_LISTS.has(key) && items.every((item) => typeof item === 'string')) return items.map((field) => entryFieldLabel(t, field)).join(t('flow.listSeparator'));
    const itemText = (item: unknown) =>
      // A list in a list (an import's batch: id, number, row of each case) is bracketed, as a record in a record.
      Array.isArray(item) ? t('security.audit.values.group', { text: inline(t, item, place, depth) }) : inline(t, item, place, depth + (isObject(item) ? 1 : 0));
    return items.map(itemText).join(t('flow.listSeparator'));
  }
  if (isObject(value)) {
    const name = personName(value);
    if (name !== null) return name;
    const text = pairs(t, value, place, depth).join(t('security.audit.values.separator'));
    return depth > 1 ? t('security.audit.values.group', { text }) : text;
  }
  return JSON.stringify(value);
}

/** A record's keys and values, `label：value` each, empty ones left out; a case it refers to reads as its number. */
function pairs(t: TFunction, record: Record<string, unknown>, place: ValuePlace, depth: number): string[] {
  const holder = place.path.at(-1);
  return Object.entries(record)
    // A case referred to is named by its number; its internal id says nothing more.
    .filter(([key, value]) => !isEmpty(value) && !(key === 'id' && typeof record.no === 'string'))
    .map(([key, value]) => {
      const text = inline(t, value, { ...place, path: [...place.path, key] }, depth + (isObject(value) ? 1 : 0));
      return t('security.audit.values.pair', { label: keyLabel(t, key, holder), value: text });
    });
}

/**
 * A recorded value, readable in the UI's language: codes by their labels (channel, severity,
 * category, demands, decisions…), people by name, instants as local time, amounts, sizes and
 * spans as people write them, field names by their labels. A record reads one key a line, a list
 * of records one record a line; nothing as —.
 */
export function recordedText(t: TFunction, value: unknown, place: ValuePlace): string {
  if (isEmpty(value)) return '—';
  if (isObject(value) && personName(value) === null) return pairs(t, value, place, 1).join('\n');
  if (Array.isArray(value) && value.some(isObject)) {
    return value
      .filter((item) => !isEmpty(item))
      .map((item) => inline(t, item, place, 1))
      .join('\n');
  }
  return inline(t, value, place, 0);
}

/** An event's detail, a line a key: what the command recorded beside the fields it changed. */
export function detailLines(t: TFunction, kind: Kind, command: string, detail: Record<string, unknown>): string[] {
  const area = command.split('.')[0]!;
  return Object.entries(detail)
    .filter(([, value]) => !isEmpty(value))
    .map(([key, value]) => {
      const label = t(`security.audit.commandKeys.${command}.${key}`, { defaultValue: keyLabel(t, key) });
      const text = recordedText(t, value, { kind, path: [key], holders: [command, area] }).replace(/\n/g, t('flow.listSeparator'));
      return t('security.audit.values.pair', { label, value: text });
    });
}
