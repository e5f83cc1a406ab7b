/**
 * The working state of one demo case while it is lived through the loop:
 * who may act, the clocks, and the instant of its last change.
 */
import type { CaseRecord, Person } from '../cases/case';
import type { Category } from '../cases/vocabulary';
import { addWorkingTime, type WorkCalendar } from '../clocks/calendar';
import { completeClock, startClock, type Clock, type ClockKind, type SlaClockKind } from '../clocks/clock';
import { hours } from '../clocks/sla-settings';
import type { Settings } from '../settings/settings';
import type { Sampler } from './random';

export const MINUTE = 60_000;
export const HOUR = 3_600_000;
export const DAY = 86_400_000;

/** Who acts at each step (every pool holds at least one person). */
export interface StaffPools {
  intake: Person[];
  /** Agents and supervisors: they work cases and own plans. */
  workers: Person[];
  /** Supervisors and directors decide extensions. */
  deciders: Person[];
  directors: Person[];
  ops: Person[];
  legal: Person[];
}

export interface LifeContext {
  s: Sampler;
  now: number;
  settings: Settings;
  calendar: WorkCalendar;
  staff: StaffPools;
  newId: () => string;
  /** The category the complaint text suggests. */
  likely: Category;
}

export interface Life {
  draft: CaseRecord;
  ctx: LifeContext;
  /** Notes that the case changed at `at` (the last such instant becomes `updatedAt`). */
  did(at: number): void;
  /** The instant `ms` of working time after `from`: people act in office hours. */
  work(from: number, ms: number): number;
  /** The instant `ms` of calendar time after `from` (whole milliseconds, like every stored instant). */
  after(from: number, ms: number): number;
  /** A stage's duration multiplier: 1, or a long stall for the one stage a stuck case stalls in. */
  stretch(stage: number): number;
  clock(kind: ClockKind): Clock;
  setClock(kind: ClockKind, clock: Clock): void;
  /** Starts a stage time node with the centre's settings (store/core/clocks.ts startNode). */
  startNode(kind: 'verification' | 'grading' | 'planApproval' | 'callback', at: number): void;
  complete(kind: ClockKind, at: number): void;
}

/** A few cases stall in one stage for a long time: the overdue ones a supervisor has to chase. */
const STALL_CHANCE = 0.01;

export function createLife(draft: CaseRecord, ctx: LifeContext): Life {
  const { s, calendar, settings } = ctx;
  const stalled = s.chance(STALL_CHANCE) ? s.int(0, 6) : -1;
  const stall = s.between(4, 30);
  let last = draft.registeredAt;
  const life: Life = {
    draft,
    ctx,
    did: (at) => {
      last = Math.max(last, at);
      draft.updatedAt = last;
    },
    work: (from, ms) => addWorkingTime(calendar, from, Math.round(ms)),
    after: (from, ms) => from + Math.round(ms),
    stretch: (stage) => (stage === stalled ? stall : 1),
    clock: (kind) => {
      const clock = draft.clocks[kind];
      if (!clock) throw new Error(`demo case has no ${kind} clock`);
      return clock;
    },
    setClock: (kind, clock) => {
      draft.clocks = { ...draft.clocks, [kind]: clock };
    },
    startNode: (kind, at) =>
      life.setClock(kind, startClock(kind, settings.sla.modes[kind], hours(settings.sla.nodeHours[kind]), at, calendar)),
    complete: (kind, at) => life.setClock(kind, completeClock(life.clock(kind), at, calendar)),
  };
  draft.updatedAt = last;
  return life;
}

/** The time taken by a step measured by a clock: calendar time, or working time in business mode. */
export function clockTime(life: Life, kind: SlaClockKind, from: number, ms: number): number {
  return life.ctx.settings.sla.modes[kind] === 'business' ? life.work(from, ms) : life.after(from, ms);
}
