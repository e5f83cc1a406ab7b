/** A tracking-table row read from the index's columns (contacts masked for roles without `contacts.view`). */
import { CATEGORIES, CHANNELS, SEVERITIES } from '../../domain/cases/vocabulary';
import { CASE_STATUSES } from '../../domain/lifecycle/machine';
import { maskIdentifiersIn, maskPhone } from '../../domain/privacy/mask';
import { satisfactionOf, type TrackingRow } from '../../domain/tracking/row';
import { awaitingOf, FLAG, type Columns } from './columns';

const nullable = (value: number) => (Number.isNaN(value) ? null : value);

export function rowAt(columns: Columns, i: number, showContacts: boolean): TrackingRow {
  const phone = columns.phones[i]!;
  const category = columns.category[i]!;
  const mergedInto = columns.mergedInto.get(i);
  return {
    id: columns.ids[i]!,
    no: columns.nos[i]!,
    receivedAt: columns.receivedAt[i]!,
    channel: CHANNELS[columns.channel[i]!]!,
    // A number written in the name (王先生13511112222) is masked as the phone column is (`nameFor`).
    customerName: showContacts ? columns.names[i]! : maskIdentifiersIn(columns.names[i]!),
    phone: showContacts ? phone : maskPhone(phone),
    category: category < CATEGORIES.length ? CATEGORIES[category]! : null,
    severity: SEVERITIES[columns.severity[i]! - 1]!,
    status: CASE_STATUSES[columns.status[i]!]!,
    department: columns.departments[columns.department[i]!]!,
    ownerId: columns.ownerIds[columns.owner[i]!] ?? '',
    ownerName: columns.ownerNames[columns.owner[i]!] ?? '',
    responseDueAt: nullable(columns.responseDueAt[i]!),
    resolutionDueAt: nullable(columns.resolutionDueAt[i]!),
    nextDueAt: nullable(columns.nextDueAt[i]!),
    paused: (columns.flags[i]! & FLAG.paused) !== 0,
    satisfaction: satisfactionOf(columns.satisfaction[i]!),
    updatedAt: columns.updatedAt[i]!,
    closedAt: nullable(columns.closedAt[i]!),
    archived: (columns.flags[i]! & FLAG.archived) !== 0,
    awaiting: awaitingOf(columns.flags[i]!),
    returned: (columns.flags[i]! & FLAG.returned) !== 0,
    chases: columns.chases[i]!,
    ...(mergedInto ? { mergedInto } : {}),
    ...((columns.flags[i]! & FLAG.declined) !== 0 ? { surveyDeclined: true as const } : {}),
    ...(columns.proposedSeverity[i]! > 0 ? { proposedSeverity: SEVERITIES[columns.proposedSeverity[i]! - 1]! } : {}),
  };
}
