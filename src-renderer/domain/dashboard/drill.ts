/**
 * Clicking a figure opens the tracking table on exactly the cases behind it.
 * A drill names the figure (which bar, slice or cell); `drillFilter` turns it
 * into the tracking filter with that meaning and `countOf` reads the same
 * figure back from the computed figures — tests hold the two equal.
 */
import type { Category, Channel, Severity } from '../cases/vocabulary';
import type { TrackingFilterInput } from '../tracking/query';
import type { ClockOutcome, RatedClock } from './facts';
import { periodBuckets, stageStatuses, type DashboardFigures, type DashboardQuery, type OpenStage } from './figures';

interface Scope {
  /** A bucket of the period (index into `figures.buckets`); the whole period when absent. */
  bucket?: number;
  /** One department row of the comparison table. */
  department?: string;
}

export type Drill =
  | ({ kind: 'received'; channel?: Channel; severity?: Severity } & Scope)
  | ({ kind: 'reopened' } & Scope)
  | ({ kind: 'repeated' } & Scope)
  | ({ kind: 'category'; category: Category | null; subCategory?: string } & Scope)
  | ({ kind: 'clock'; clock: RatedClock; outcome?: ClockOutcome } & Scope)
  | ({ kind: 'surveyed' } & Scope)
  | ({ kind: 'callbacks'; notReached: boolean } & Scope)
  | { kind: 'stage'; stage: OpenStage; department?: string }
  | { kind: 'open'; department?: string }
  | { kind: 'overdue'; department?: string };

function range(query: DashboardQuery, bucket: number | undefined): { from: number; to: number } {
  if (bucket === undefined) return { from: query.period.from, to: query.period.to };
  const found = periodBuckets(query.period)[bucket];
  if (!found) throw new RangeError(`no bucket ${bucket}`);
  return { from: found.start, to: found.end };
}

/** The tracking filter listing exactly the cases a figure counts. */
export function drillFilter(drill: Drill, query: DashboardQuery): TrackingFilterInput {
  const departments = drill.department !== undefined ? [drill.department] : query.departments;
  const base: TrackingFilterInput = { archived: 'all', departments };
  switch (drill.kind) {
    case 'received': {
      const { from, to } = range(query, drill.bucket);
      return {
        ...base,
        receivedFrom: from,
        receivedTo: to,
        ...(drill.channel ? { channels: [drill.channel] } : {}),
        ...(drill.severity ? { severities: [drill.severity] } : {}),
      };
    }
    case 'reopened': {
      const { from, to } = range(query, drill.bucket);
      return { ...base, receivedFrom: from, receivedTo: to, reopened: true };
    }
    case 'repeated': {
      const { from, to } = range(query, drill.bucket);
      return { ...base, receivedFrom: from, receivedTo: to, repeated: true };
    }
    case 'category': {
      const { from, to } = range(query, drill.bucket);
      return {
        ...base,
        receivedFrom: from,
        receivedTo: to,
        ...(drill.category === null ? { uncategorized: true } : { categories: [drill.category] }),
        ...(drill.subCategory !== undefined ? { subCategories: [drill.subCategory] } : {}),
      };
    }
    case 'clock': {
      const { from, to } = range(query, drill.bucket);
      return { ...base, clockCompleted: { clock: drill.clock, from, to, outcomes: drill.outcome ? [drill.outcome] : ['met', 'missed'] } };
    }
    case 'surveyed': {
      const { from, to } = range(query, drill.bucket);
      return { ...base, surveyedFrom: from, surveyedTo: to };
    }
    case 'callbacks': {
      const { from, to } = range(query, drill.bucket);
      return { ...base, clockCompleted: { clock: 'resolution', from, to, outcomes: ['met', 'missed'] }, ...(drill.notReached ? { unreached: true } : {}) };
    }
    case 'stage':
      return { ...base, statuses: stageStatuses(drill.stage) };
    case 'open':
      return { ...base, open: true };
    case 'overdue':
      return { ...base, open: true, clock: ['overdue'] };
  }
}

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

/** The number a figure shows for a drill (for a department, its row of the comparison table). */
export function countOf(figures: DashboardFigures, drill: Drill): number {
  const row = drill.department === undefined ? undefined : figures.byDepartment.find((d) => d.department === drill.department);
  const inDepartment = drill.department !== undefined;
  const at = (values: readonly number[]) => ('bucket' in drill && drill.bucket !== undefined ? (values[drill.bucket] ?? 0) : sum(values));
  switch (drill.kind) {
    case 'received': {
      if (inDepartment) return drill.channel || drill.severity || drill.bucket !== undefined ? unsupported(drill) : (row?.received ?? 0);
      if (drill.channel && drill.severity) return unsupported(drill);
      if (drill.channel) return at(figures.received.byChannel[drill.channel]);
      if (drill.severity) return at(figures.received.bySeverity[drill.severity]);
      return at(figures.received.byBucket);
    }
    case 'reopened':
      if (drill.bucket !== undefined) return unsupported(drill);
      return inDepartment ? (row?.reopened ?? 0) : figures.reopen.reopened;
    case 'repeated':
      if (inDepartment || drill.bucket !== undefined || figures.repeat === null) return unsupported(drill);
      return figures.repeat.repeated;
    case 'category': {
      if (inDepartment || drill.bucket !== undefined) return unsupported(drill);
      const group = figures.categories.find((c) => c.category === drill.category);
      if (!group) return 0;
      if (drill.subCategory === undefined) return group.count;
      return group.subCategories.find((s) => s.subCategory === drill.subCategory)?.count ?? 0;
    }
    case 'clock': {
      const pick = (counts: { met: number; missed: number }) => (drill.outcome ? counts[drill.outcome] : counts.met + counts.missed);
      if (inDepartment) return drill.bucket !== undefined ? unsupported(drill) : row ? pick(row[drill.clock]) : 0;
      const clock = figures[drill.clock];
      return drill.bucket !== undefined ? pick(clock.byBucket[drill.bucket] ?? { met: 0, missed: 0 }) : pick(clock);
    }
    case 'surveyed':
      if (inDepartment) return drill.bucket !== undefined ? unsupported(drill) : (row?.surveys ?? 0);
      return drill.bucket !== undefined ? (figures.satisfaction.byBucket[drill.bucket]?.count ?? 0) : figures.satisfaction.count;
    case 'callbacks':
      if (inDepartment || drill.bucket !== undefined) return unsupported(drill);
      return drill.notReached ? figures.callbacks.notReached : figures.callbacks.due;
    case 'stage':
      return inDepartment ? unsupported(drill) : figures.stages[drill.stage];
    case 'open':
      return inDepartment ? unsupported(drill) : figures.open;
    case 'overdue':
      return inDepartment ? (row?.overdueNow ?? 0) : figures.overdueNow;
  }
}

function unsupported(drill: Drill): never {
  throw new RangeError(`the dashboard shows no figure for ${JSON.stringify(drill)}`);
}
