/** The fixed vocabularies of the glossary (DESIGN.md §4). Labels live in i18n. */
export const CHANNELS = [
  'phone',
  'email',
  'online_chat',
  'app',
  'social_media',
  'letter',
  'walk_in',
  'regulator_12315',
  'other',
] as const;
export type Channel = (typeof CHANNELS)[number];

export const SEVERITIES = ['general', 'serious', 'major'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** Severity rank for sorting: higher is more severe. */
export const SEVERITY_RANK: Record<Severity, number> = { general: 1, serious: 2, major: 3 };

/**
 * Where a case stands in the closed loop. Later stages are added by the
 * lifecycle; a freshly registered case waits for screening.
 */
export const CASE_STATUSES = ['registered'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];
