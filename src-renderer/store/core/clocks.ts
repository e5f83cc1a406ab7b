import type { CaseRecord } from '../../domain/cases/case';
import { completeClock, hours, pauseClock, resumeClock, startClock, type ClockKind, type SlaClockKind } from '../../domain/clocks/index';
import type { SettingsReader } from './settings';

type Clocks = CaseRecord['clocks'];

/** Starts a stage time node (verification, grading, plan approval, callback) with the centre's settings. */
export function startNode(clocks: Clocks, kind: Exclude<SlaClockKind, 'response' | 'resolution'>, at: number, settings: SettingsReader): Clocks {
  return { ...clocks, [kind]: startClock(kind, settings.sla.modes[kind], hours(settings.sla.nodeHours[kind]), at, settings.workCalendar) };
}

export function completeKind(clocks: Clocks, kind: ClockKind, at: number, settings: SettingsReader): Clocks {
  const clock = clocks[kind];
  return clock ? { ...clocks, [kind]: completeClock(clock, at, settings.workCalendar) } : clocks;
}

export function pauseKind(clocks: Clocks, kind: ClockKind, at: number, reason: string, settings: SettingsReader): Clocks {
  const clock = clocks[kind];
  return clock ? { ...clocks, [kind]: pauseClock(clock, at, reason, settings.workCalendar) } : clocks;
}

export function resumeKind(clocks: Clocks, kind: ClockKind, at: number, settings: SettingsReader): Clocks {
  const clock = clocks[kind];
  return clock ? { ...clocks, [kind]: resumeClock(clock, at, settings.workCalendar) } : clocks;
}
