import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { numberRange, settingsFieldErrors, settingsNumberRange } from '../../../../../src-renderer/domain/settings/ranges';
import { DEFAULT_SETTINGS, SettingsSchemas, type SettingsKey } from '../../../../../src-renderer/domain/settings/settings';

const d = DEFAULT_SETTINGS;

/** Every number the settings forms edit, with the range the admin is told. */
const RANGES: Array<[path: string, min: number, max: number, integer: boolean]> = [
  ['sla.responseHours.general', 0.25, 2160, false],
  ['sla.nodeHours.planApproval', 0.25, 2160, false],
  ['lifecycle.archiveAfterDays', 1, 3650, true],
  ['lifecycle.qualityReturnDays', 0, 365, true],
  ['attachments.maxFileMB', 1, 200, false],
  ['attachments.maxCaseMB', 1, 2000, false],
  ['print.marginsMm', 8, 40, false],
  ['security.idleLockMinutes', 1, 240, true],
  ['privacy.retentionDays', 30, 36_500, true],
  ['privacy.alertLogDays', 30, 3650, true],
  ['privacy.erasureReplyDays', 1, 60, true],
  ['assist.repeatWindowDays', 1, 3650, true],
  ['assist.hotspots.minCount', 1, 1000, true],
  ['assist.hotspots.minRatio', 1, 100, false],
];

/** The default settings of `path`'s key with `value` at `path`. */
function withValue(path: string, value: number): [SettingsKey, unknown] {
  const [key, ...rest] = path.split('.') as [SettingsKey, ...string[]];
  const copy = structuredClone(d[key]) as Record<string, unknown>;
  let node = copy;
  for (const part of rest.slice(0, -1)) node = node[part] as Record<string, unknown>;
  node[rest.at(-1)!] = value;
  return [key, copy];
}

describe('settings number ranges', () => {
  it.each(RANGES)('%s: %d to %d, read from the schema the store host checks', (path, min, max, integer) => {
    expect(settingsNumberRange(path)).toEqual({ min, max, integer });
    const accepts = (value: number) => {
      const [key, input] = withValue(path, value);
      // The field's own range: a check against another field (one file ≤ all of a case's files) aside.
      const result = SettingsSchemas[key].safeParse(input);
      return result.success || result.error.issues.every((issue) => issue.code === 'custom');
    };
    expect([min, max, min - 1, max + 1].map(accepts)).toEqual([true, true, false, false]);
  });

  it('knows no range for what is not a bounded number', () => {
    expect(settingsNumberRange('centreName')).toBeNull();
    expect(settingsNumberRange('print.paper')).toBeNull();
    expect(settingsNumberRange('privacy.nothing')).toBeNull();
    expect(settingsNumberRange('nothing.at.all')).toBeNull();
    // A nullable number is still a number of its range.
    expect(numberRange(SettingsSchemas.calendar, 'breakStart')).toEqual({ min: 0, max: 1440, integer: true });
  });
});

describe('settingsFieldErrors', () => {
  const errorsFor = (path: string, value: number) => {
    const [key, input] = withValue(path, value);
    const parsed = SettingsSchemas[key].safeParse(input);
    return parsed.success ? [] : settingsFieldErrors(key, input, parsed.error as z.ZodError);
  };

  it('reports a number out of its range once, with both ends, whichever it crossed', () => {
    expect(errorsFor('privacy.alertLogDays', 0)).toEqual([{ field: 'alertLogDays', code: 'settings.outOfRange', params: { min: 30, max: 3650 } }]);
    expect(errorsFor('sla.responseHours.general', 99_999)).toEqual([
      { field: 'responseHours.general', code: 'settings.outOfRange', params: { min: 0.25, max: 2160 } },
    ]);
    // Too small and not whole: the range is what to fix.
    expect(errorsFor('lifecycle.archiveAfterDays', 0.5)).toEqual([{ field: 'archiveAfterDays', code: 'settings.outOfRange', params: { min: 1, max: 3650 } }]);
  });

  it('leaves other refusals as they are', () => {
    expect(errorsFor('lifecycle.archiveAfterDays', 30.5)).toEqual([{ field: 'archiveAfterDays', code: 'validation.invalid' }]);
    const hotspots = { ...d.assist, hotspots: { ...d.assist.hotspots, recentDays: 10, baselineDays: 7 } };
    const parsed = SettingsSchemas.assist.safeParse(hotspots);
    expect(parsed.success ? [] : settingsFieldErrors('assist', hotspots, parsed.error)).toEqual([{ field: 'hotspots.baselineDays', code: 'validation.baselineLonger' }]);
  });
});
