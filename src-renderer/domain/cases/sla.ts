import type { Severity } from './vocabulary';

const HOUR = 60 * 60 * 1000;

/** Default response time limits by severity (DESIGN.md §4: 24 h / 12 h / 2 h). */
export const DEFAULT_RESPONSE_HOURS: Record<Severity, number> = {
  general: 24,
  serious: 12,
  major: 2,
};

export function responseDueAt(receivedAt: number, severity: Severity, hours = DEFAULT_RESPONSE_HOURS): number {
  return receivedAt + hours[severity] * HOUR;
}
