import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_DEPARTMENTS, DEFAULT_SETTINGS, type Settings } from '../../../../../../src-renderer/domain/settings/settings';
import { subjectEvents } from '../../../../../../src-renderer/store/core/audit';
import { ok, openTestStore, refusal, type TestStore } from '../../fixtures';

let store: TestStore;
afterEach(async () => store?.close());

const settings = () => store.run<Settings>('settings.get', {});
const renamed = DEFAULT_DEPARTMENTS.map((name) => (name === '财务部' ? '财务结算部' : name));

describe('departments and the categories’ default departments', () => {
  it('carries a rename to the categories, audited as a settings change, so the categories save unchanged', async () => {
    store = await openTestStore();
    ok(await store.send('settings.update', { key: 'departments', value: renamed, renames: [{ from: '财务部', to: ' 财务结算部 ' }] }, 'admin'));
    const after = await settings();
    expect(after.departments).toEqual(renamed);
    expect(after.categories.billing).toEqual({ ...DEFAULT_SETTINGS.categories.billing, department: '财务结算部' });
    expect(after.categories.logistics).toEqual(DEFAULT_SETTINGS.categories.logistics);

    const events = await subjectEvents(store.db, 'settings');
    expect(events.map((e) => Object.keys(e.changes ?? {}))).toEqual([['departments'], ['categories']]);
    expect(events[1]).toMatchObject({ command: 'settings.update', actor: { id: 'u-admin' } });
    expect(store.events.at(-1)).toEqual([{ area: 'settings', ids: ['departments', 'categories'] }]);

    // The next save of the categories as they are is accepted.
    ok(await store.send('settings.update', { key: 'categories', value: after.categories }, 'admin'));
  });

  it('refuses to remove a department a category still proposes, saving nothing', async () => {
    store = await openTestStore();
    const before = await store.snapshot();
    const without = DEFAULT_DEPARTMENTS.filter((name) => name !== '财务部');
    expect(refusal(await store.send('settings.update', { key: 'departments', value: without }, 'admin'))).toEqual({
      code: 'validation.failed',
      fields: [{ field: 'departments', code: 'settings.departmentInUse', params: { department: '财务部' } }],
    });
    // A rename to a name that is not on the list is no rename.
    expect(refusal(await store.send('settings.update', { key: 'departments', value: renamed, renames: [{ from: '财务部', to: '法务部x' }] }, 'admin')).fields).toEqual([
      { field: 'departments', code: 'settings.departmentInUse', params: { department: '财务部' } },
    ]);
    expect(await store.snapshot()).toEqual(before);

    // Once billing proposes another department, 财务部 can go.
    const { categories } = await settings();
    ok(await store.send('settings.update', { key: 'categories', value: { ...categories, billing: { ...categories.billing, department: '客服中心' } } }, 'admin'));
    ok(await store.send('settings.update', { key: 'departments', value: without }, 'admin'));
  });

  it('refuses categories proposing a department not on the list, and renames with another key', async () => {
    store = await openTestStore();
    const { categories } = DEFAULT_SETTINGS;
    expect(refusal(await store.send('settings.update', { key: 'categories', value: { ...categories, billing: { ...categories.billing, department: '财务结算部' } } }, 'admin'))).toEqual({
      code: 'validation.failed',
      fields: [{ field: 'categories.billing.department', code: 'validation.notInList' }],
    });
    expect(refusal(await store.send('settings.update', { key: 'centreName', value: '华东', renames: [{ from: '财务部', to: '财务结算部' }] }, 'admin')).fields).toEqual([
      { field: 'renames', code: 'validation.invalid' },
    ]);
    expect(await store.db.settings.count()).toBe(0);
  });
});

describe('departments and the users who work in them', () => {
  it('renames a department its colleagues work in, leaving them on the name their cases carry', async () => {
    store = await openTestStore();
    const legalDepartments = DEFAULT_DEPARTMENTS.map((name) => (name === '法务部' ? '法律事务部' : name));
    ok(await store.send('settings.update', { key: 'departments', value: legalDepartments, renames: [{ from: '法务部', to: '法律事务部' }] }, 'admin'));
    // A supervisor is alerted for the cases of their department by name, and graded cases keep theirs.
    expect((await store.db.users.get('u-legal'))?.department).toBe('法务部');
    expect(await subjectEvents(store.db, 'user:u-legal')).toEqual([]);
  });

  it('refuses to remove a department active colleagues work in, naming them, and saves nothing', async () => {
    store = await openTestStore();
    const before = await store.snapshot();
    const without = DEFAULT_DEPARTMENTS.filter((name) => name !== '法务部');
    expect(refusal(await store.send('settings.update', { key: 'departments', value: without }, 'admin')).fields).toEqual([
      { field: 'departments', code: 'settings.departmentHasUsers', params: { department: '法务部', users: '法务郑' } },
    ]);
    expect(await store.snapshot()).toEqual(before);
    // Once nobody active works there, it can go (a former colleague keeps the name on their record).
    await store.db.users.update('u-legal', { active: 0 });
    ok(await store.send('settings.update', { key: 'departments', value: without }, 'admin'));
    expect((await store.db.users.get('u-legal'))?.department).toBe('法务部');
  });
});
