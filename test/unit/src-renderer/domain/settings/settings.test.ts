import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '../../../../../src-renderer/domain/cases/vocabulary';
import { DEFAULT_SETTINGS, SETTINGS_KEYS, SettingsSchemas } from '../../../../../src-renderer/domain/settings/settings';
import { toFieldErrors } from '../../../../../src-renderer/domain/common/validation';
import { errorsOf } from '../schema-cases';

const d = DEFAULT_SETTINGS;

describe('SettingsSchemas', () => {
  it('has a schema for every settings key, and the defaults pass them all', () => {
    expect([...SETTINGS_KEYS].sort()).toEqual(Object.keys(DEFAULT_SETTINGS).sort());
    for (const key of SETTINGS_KEYS) expect(errorsOf(SettingsSchemas[key], DEFAULT_SETTINGS[key]), key).toEqual({});
  });

  it('has sensible defaults: the glossary’s response limits and Beijing office hours', () => {
    expect(d.sla.responseHours).toEqual({ general: 24, serious: 12, major: 2 });
    expect(d.calendar).toMatchObject({ dayStart: 540, dayEnd: 1080, breakStart: 720, breakEnd: 780 });
    expect(Object.keys(d.categories).sort()).toEqual([...CATEGORIES].sort());
    for (const c of CATEGORIES) expect(d.departments, c).toContain(d.categories[c].department);
  });

  it.each([
    ['centreName', '', { _: ['validation.required'] }],
    ['centreName', 'x'.repeat(61), { _: ['validation.tooLong'] }],
    ['departments', [], { _: ['validation.required'] }],
    ['departments', ['客服中心', '客服中心'], { _: ['validation.duplicate'] }],
    ['departments', ['客服中心', ' '], { '1': ['validation.required'] }],
    ['categories', { ...d.categories, logistics: { subCategories: ['丢件', '丢件'], department: '物流配送部' } }, { 'logistics.subCategories': ['validation.duplicate'] }],
    ['categories', { ...d.categories, billing: { subCategories: [], department: '' } }, { 'billing.department': ['validation.required'] }],
    ['sla', { ...d.sla, responseHours: { ...d.sla.responseHours, major: 0.1 } }, { 'responseHours.major': ['validation.hoursRange'] }],
    ['sla', { ...d.sla, nodeHours: { ...d.sla.nodeHours, grading: 24 * 90 + 1 } }, { 'nodeHours.grading': ['validation.hoursRange'] }],
    ['sla', { ...d.sla, modes: { ...d.sla.modes, resolution: 'lunar' } }, { 'modes.resolution': ['validation.chooseOne'] }],
    ['calendar', { ...d.calendar, dayEnd: 540 }, { dayEnd: ['validation.workingHours'], breakStart: ['validation.workingHours'] }],
    ['calendar', { ...d.calendar, breakEnd: null }, { breakEnd: ['validation.workingHours'] }],
    ['calendar', { ...d.calendar, breakStart: 480 }, { breakStart: ['validation.workingHours'] }],
    ['calendar', { ...d.calendar, breakStart: 800, breakEnd: 760 }, { breakStart: ['validation.workingHours'] }],
    ['calendar', { ...d.calendar, extraHolidays: ['2026/10/01'] }, { 'extraHolidays.0': ['validation.dateFormat'] }],
    ['calendar', { ...d.calendar, extraHolidays: ['2027-02-10'], extraWorkdays: ['2027-02-10'] }, { extraWorkdays: ['validation.dayBothWays'] }],
    ['lifecycle', { archiveAfterDays: 0, qualityReturnDays: 15 }, { archiveAfterDays: ['validation.range'] }],
    ['lifecycle', { archiveAfterDays: 30, qualityReturnDays: 366 }, { qualityReturnDays: ['validation.range'] }],
    ['lifecycle', { archiveAfterDays: 30.5, qualityReturnDays: 15 }, { archiveAfterDays: ['validation.invalid'] }],
    ['attachments', { maxFileMB: 0, maxCaseMB: 100 }, { maxFileMB: ['validation.range'] }],
    ['attachments', { maxFileMB: 20, maxCaseMB: 2001 }, { maxCaseMB: ['validation.range'] }],
  ] as const)('%s: refuses %j', (key, value, expected) => {
    expect(errorsOf(SettingsSchemas[key], value)).toEqual(expected);
  });

  it('accepts a calendar without a lunch break', () => {
    expect(errorsOf(SettingsSchemas.calendar, { ...d.calendar, breakStart: null, breakEnd: null })).toEqual({});
  });

  it('names the clashing day, for the message', () => {
    const result = SettingsSchemas.calendar.safeParse({ ...d.calendar, extraHolidays: ['2027-02-10'], extraWorkdays: ['2027-02-10'] });
    expect(result.success ? [] : toFieldErrors(result.error)).toEqual([{ field: 'extraWorkdays', code: 'validation.dayBothWays', params: { day: '2027-02-10' } }]);
  });
});
