import { afterEach, describe, expect, it } from 'vitest';
import { LEXICON_EDITION } from '../../../../../../src-renderer/domain/assist/lexicon-editions';
import { DEFAULT_SETTINGS, type Settings } from '../../../../../../src-renderer/domain/settings/settings';
import { subjectEvents } from '../../../../../../src-renderer/store/core/audit';
import { HOUR, NOW, openTestStore, refusal, register, type TestStore } from '../../fixtures';
import { caseAt } from '../../flow';

let store: TestStore;
afterEach(async () => store?.close());

const update = (key: string, value: unknown, who: 'admin' | 'supervisor' = 'admin') => store.send('settings.update', { key, value }, who);

describe('settings', () => {
  it('reads the defaults until the admin changes a key, then that key', async () => {
    store = await openTestStore();
    expect(await store.run<Settings>('settings.get', {})).toEqual(DEFAULT_SETTINGS);
    expect((await update('centreName', '  华东客服中心 ')).ok).toBe(true);
    const settings = await store.run<Settings>('settings.get', {});
    expect(settings.centreName).toBe('华东客服中心');
    expect(settings.departments).toEqual(DEFAULT_SETTINGS.departments);
    expect(store.events.at(-1)).toEqual([{ area: 'settings', ids: ['centreName'] }]);
    const events = await subjectEvents(store.db, 'settings');
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ command: 'settings.update', actor: { id: 'u-admin' }, changes: { centreName: { before: null, after: '华东客服中心' } } });
  });

  it('writes nothing, and audits nothing, when a save changes nothing: the same value again, or a default never saved', async () => {
    store = await openTestStore();
    expect((await update('security', DEFAULT_SETTINGS.security)).ok).toBe(true);
    expect(await store.db.settings.get('security')).toBeUndefined();
    expect((await update('security', { idleLockMinutes: 10 })).ok).toBe(true);
    expect((await update('security', { idleLockMinutes: 10 })).ok).toBe(true);
    const events = await subjectEvents(store.db, 'settings');
    expect(events.map((event) => event.changes)).toEqual([{ security: { before: null, after: { idleLockMinutes: 10 } } }]);
  });

  it('reads time limits saved before 回访时限 with its default, and saving them unchanged writes nothing', async () => {
    store = await openTestStore();
    const { callback: _hours, ...nodeHours } = DEFAULT_SETTINGS.sla.nodeHours;
    const { callback: _mode, ...modes } = DEFAULT_SETTINGS.sla.modes;
    await store.db.settings.put({ key: 'sla', value: { ...DEFAULT_SETTINGS.sla, responseHours: { ...DEFAULT_SETTINGS.sla.responseHours, major: 4 }, nodeHours, modes } });
    const read = (await store.run<Settings>('settings.get', {})).sla;
    expect(read).toMatchObject({ nodeHours: { callback: 16 }, modes: { callback: 'business' } });
    const before = (await subjectEvents(store.db, 'settings')).length;
    expect((await update('sla', read)).ok).toBe(true);
    expect(await subjectEvents(store.db, 'settings')).toHaveLength(before);
  });

  it('records the built-in lexicon edition a saved lexicon was saved against, whatever the caller sent', async () => {
    store = await openTestStore();
    const { lexiconEdition: _edition, ...assist } = DEFAULT_SETTINGS.assist;
    for (const value of [assist, { ...assist, lexiconEdition: 1 }]) {
      expect((await update('assist', { ...value, repeatWindowDays: 30 })).ok).toBe(true);
      expect((await store.run<Settings>('settings.get', {})).assist).toEqual({ ...DEFAULT_SETTINGS.assist, repeatWindowDays: 30, lexiconEdition: LEXICON_EDITION });
    }
    expect(refusal(await update('assist', { ...assist, lexiconEdition: LEXICON_EDITION + 1 })).fields).toEqual([
      { field: 'assist.lexiconEdition', code: expect.any(String), params: expect.anything() },
    ]);
  });

  it.each([
    ['centreName', '', [{ field: 'centreName', code: 'validation.required', params: { min: 1 } }]],
    ['departments', ['客服中心', '客服中心'], [{ field: 'departments', code: 'validation.duplicate' }]],
    ['departments', ['客服中心', ''], [{ field: 'departments.1', code: 'validation.required', params: { min: 1 } }]],
    ['sla', { ...DEFAULT_SETTINGS.sla, responseHours: { general: 24, serious: 12, major: 0 } }, [{ field: 'sla.responseHours.major', code: 'settings.outOfRange', params: { min: 0.25, max: 2160 } }]],
    ['calendar', { ...DEFAULT_SETTINGS.calendar, breakStart: 700, breakEnd: null }, [{ field: 'calendar.breakEnd', code: 'validation.workingHours' }]],
    ['calendar', { ...DEFAULT_SETTINGS.calendar, extraHolidays: ['2027-01-04'], extraWorkdays: ['2027-01-04'] }, [{ field: 'calendar.extraWorkdays', code: 'validation.dayBothWays', params: { day: '2027-01-04' } }]],
    ['calendar', { ...DEFAULT_SETTINGS.calendar, extraHolidays: ['2026-02-30'] }, [{ field: 'calendar.extraHolidays', code: 'validation.dayNotReal', params: { day: '2026-02-30' } }]],
    ['calendar', { ...DEFAULT_SETTINGS.calendar, extraWorkdays: ['2027-01-09', '2027-01-09'] }, [{ field: 'calendar.extraWorkdays', code: 'validation.dayTwice', params: { day: '2027-01-09' } }]],
    ['attachments', { maxFileMB: 150, maxCaseMB: 100 }, [{ field: 'attachments.maxFileMB', code: 'validation.fileOverCase' }]],
    ['lifecycle', { archiveAfterDays: 0, qualityReturnDays: 15 }, [{ field: 'lifecycle.archiveAfterDays', code: 'settings.outOfRange', params: { min: 1, max: 3650 } }]],
    ['attachments', { maxFileMB: 500, maxCaseMB: 100 }, [{ field: 'attachments.maxFileMB', code: 'settings.outOfRange', params: { min: 1, max: 200 } }]],
  ])('refuses %s = %j with the field path under the key', async (key, value, fields) => {
    store = await openTestStore();
    const before = await store.snapshot();
    expect(refusal(await update(key, value))).toEqual({ code: 'validation.failed', fields });
    expect(await store.snapshot()).toEqual(before);
  });

  it('refuses an unknown key, and any user but the admin', async () => {
    store = await openTestStore();
    expect(refusal(await update('theme', 'dark')).fields).toEqual([{ field: 'key', code: 'validation.chooseOne' }]);
    expect(refusal(await update('centreName', 'x', 'supervisor')).code).toBe('auth.forbidden');
  });

  it('lists the official holidays and make-up days known to this build', async () => {
    store = await openTestStore();
    const official = await store.run<{ holidays: string[]; workdays: string[] }>('settings.official', {});
    expect(official.holidays).toContain('2026-10-01');
    expect(official.workdays).toContain('2026-10-10');
  });
});

describe('settings take effect on the next command', () => {
  it('response limits by severity', async () => {
    store = await openTestStore();
    await update('sla', { ...DEFAULT_SETTINGS.sla, responseHours: { general: 48, serious: 8, major: 1 } });
    expect((await register(store, { severity: 'general' })).responseDueAt).toBe(NOW - HOUR + 48 * HOUR);
    expect((await register(store, { severity: 'major' })).responseDueAt).toBe(NOW);
  });

  it('the calendar: an extra holiday moves a business-hours deadline', async () => {
    store = await openTestStore();
    // Accepted Monday 2026-11-23 10:00: 24 working hours end Thursday 10:00; with Tuesday off, Friday 10:00.
    expect((await caseAt(store, 'verifying')).clocks.verification?.dueAt).toBe(new Date(2026, 10, 26, 10).getTime());
    await update('calendar', { ...DEFAULT_SETTINGS.calendar, extraHolidays: ['2026-11-24'] });
    expect((await caseAt(store, 'verifying')).clocks.verification?.dueAt).toBe(new Date(2026, 10, 27, 10).getTime());
  });

  it('categories and departments offered at grading', async () => {
    store = await openTestStore();
    await update('departments', [...DEFAULT_SETTINGS.departments, '电商事业部']);
    const c = await caseAt(store, 'grading');
    const graded = await store.run('grading.submit', { caseId: c.id, category: 'other', severity: 'general', rationale: '其他', department: '电商事业部' });
    expect(graded.grading?.department).toBe('电商事业部');
  });
});

describe('a save against the value it was started from (base)', () => {
  it('is refused when the value changed elsewhere meanwhile, writing nothing; taken when the base is the stored value', async () => {
    store = await openTestStore();
    const sla = (await store.run<Settings>('settings.get', {})).sla;
    // Another administrator changes 重大 while this one edits 一般.
    const theirs = { ...sla, responseHours: { ...sla.responseHours, major: sla.responseHours.major + 2 } };
    await store.run('settings.update', { key: 'sla', value: theirs, base: sla }, 'admin');
    const mine = { ...sla, responseHours: { ...sla.responseHours, general: 30 } };
    const before = await store.snapshot();
    expect(refusal(await store.send('settings.update', { key: 'sla', value: mine, base: sla }, 'admin'))).toEqual({ code: 'settings.changedElsewhere' });
    expect(await store.snapshot()).toEqual(before);
    // Told of the change, the save is made against the latest, knowingly.
    await store.run('settings.update', { key: 'sla', value: mine, base: theirs }, 'admin');
    expect((await store.run<Settings>('settings.get', {})).sla.responseHours.general).toBe(30);
    // Without a base (a save not made from a form), as before.
    await store.run('settings.update', { key: 'centreName', value: '华东客服中心' }, 'admin');
  });
});
