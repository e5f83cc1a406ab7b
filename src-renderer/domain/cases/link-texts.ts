/**
 * What a case's history says about other cases: 并入, 告知, 关联 events copy notes about another
 * case's customer onto this case's chain (the duplicate's termination note, how its customer was
 * told, why two cases are related), and every event that changes `mergedCases` or `relatedCases`
 * records those lists whole, notes included. Such a note is shown as the other case allows: its
 * customer's address and account masked for roles without `contacts.view`, withheld once that case
 * is anonymised. These functions find those texts and map each with the number of the case it is about.
 */
import type { AuditEvent, FieldChange } from '../audit/chain';

/** Commands whose note or reason speaks of the case named by `caseNo` as much as of the event's own. */
const ABOUT_ANOTHER = new Set(['cases.merge', 'feedback.informMerged', 'cases.link', 'cases.unlink']);
const DETAIL_TEXTS = ['note', 'reason'] as const;

/** Maps a text about the case numbered `no`. */
export type AboutMap = (text: string, no: string) => string;

type Obj = Record<string, unknown>;
const isObj = (value: unknown): value is Obj => typeof value === 'object' && value !== null && !Array.isArray(value);

/** `value` with its `note` mapped as being about `no` (the same object when nothing changed). */
function withNote(value: unknown, no: string, map: AboutMap): unknown {
  if (!isObj(value) || typeof value.note !== 'string' || value.note === '') return value;
  const note = map(value.note, no);
  return note === value.note ? value : { ...value, note };
}

/** A recorded entry of `mergedCases`: the telling of its customer, here and where it came from. */
function mergedEntry(entry: unknown, map: AboutMap): unknown {
  if (!isObj(entry) || typeof entry.no !== 'string') return entry;
  const informed = withNote(entry.informed, entry.no, map);
  const via = isObj(entry.via) ? withNote(entry.via.informed, entry.no, map) : undefined;
  const nextVia = isObj(entry.via) && via !== entry.via.informed ? { ...entry.via, informed: via } : entry.via;
  if (informed === entry.informed && nextVia === entry.via) return entry;
  return { ...entry, ...(informed !== entry.informed ? { informed } : {}), ...(nextVia !== entry.via ? { via: nextVia } : {}) };
}

/** A recorded entry of `relatedCases`: the note on the link. */
const relatedEntry = (entry: unknown, map: AboutMap): unknown => (isObj(entry) && typeof entry.no === 'string' ? withNote(entry, entry.no, map) : entry);

const LIST_FIELDS: Record<string, (entry: unknown, map: AboutMap) => unknown> = { mergedCases: mergedEntry, relatedCases: relatedEntry };

function mapList(value: unknown, entry: (entry: unknown, map: AboutMap) => unknown, map: AboutMap): unknown {
  if (!Array.isArray(value)) return value;
  const next = value.map((item: unknown) => entry(item, map));
  return next.some((item, i) => item !== value[i]) ? next : value;
}

/** `event` with each text it holds about another case mapped by `map` (the same event when nothing changed). */
export function mapLinkTexts<E extends AuditEvent>(event: E, map: AboutMap): E {
  let changes: Record<string, FieldChange> | undefined;
  for (const [field, entry] of Object.entries(LIST_FIELDS)) {
    const change = event.changes[field];
    if (!change) continue;
    const before = mapList(change.before, entry, map);
    const after = mapList(change.after, entry, map);
    if (before !== change.before || after !== change.after) (changes ??= { ...event.changes })[field] = { before, after };
  }
  let detail: Record<string, unknown> | undefined;
  const no = event.detail?.caseNo;
  if (event.detail && ABOUT_ANOTHER.has(event.command) && typeof no === 'string') {
    for (const key of DETAIL_TEXTS) {
      const text = event.detail[key];
      if (typeof text !== 'string' || text === '') continue;
      const mapped = map(text, no);
      if (mapped !== text) (detail ??= { ...event.detail })[key] = mapped;
    }
  }
  return changes || detail ? { ...event, ...(changes ? { changes } : {}), ...(detail ? { detail } : {}) } : event;
}

/** The numbers of the other cases whose notes `events` hold. */
export function casesNamedIn(events: readonly AuditEvent[]): string[] {
  const nos = new Set<string>();
  for (const event of events) {
    mapLinkTexts(event, (text, no) => {
      nos.add(no);
      return text;
    });
  }
  return [...nos];
}
