import { afterEach, describe, expect, it } from 'vitest';
import type { CaseRecord } from '../../../../../../src-renderer/domain/cases/case';
import { DEFAULT_DEPARTMENTS, DEFAULT_SETTINGS, type Settings } from '../../../../../../src-renderer/domain/settings/settings';
import { subjectEvents } from '../../../../../../src-renderer/store/core/audit';
import { RENAME_COMMAND } from '../../../../../../src-renderer/store/services/settings/departments';
import { caseAt, steps } from '../../flow';
import { DAY, ok, openTestStore, refusal, type TestStore } from '../../fixtures';

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
  it('renames a department everywhere work goes on: its users, the open cases, what supervisors follow; ended cases keep theirs', async () => {
    store = await openTestStore();
    const open = await caseAt(store, 'planning');
    ok(await store.send('plans.submit', { caseId: open.id, measures: ['补发'], ownerId: 'u-agent', department: '物流配送部', collaborators: ['客服中心', '财务部'], dueAt: store.now() + 3 * DAY }, 'agent'));
    const waiting = await caseAt(store, 'verifying');
    const ended = await caseAt(store, 'closed');
    ok(await store.send('alerts.saveFollow', { severities: ['major'], departments: ['物流配送部', '财务部'] }, 'director'));
    const view = { id: 'v1', name: '物流未结', filter: { open: true, departments: ['物流配送部', '财务部'] }, sort: { key: 'receivedAt', dir: 'desc' } };
    ok(await store.send('tracking.saveView', { view }, 'supervisor'));
    const next = DEFAULT_DEPARTMENTS.map((name) => ({ 物流配送部: '物流服务部', 客服中心: '客户服务中心' })[name] ?? name);
    // Past the quality-return window (15 days), the ended case can no longer come back.
    store.clock.now += 16 * DAY;
    const endedBefore = await store.db.cases.get(ended.id);
    const openBefore = (await store.db.cases.get(open.id))!;

    ok(
      await store.send(
        'settings.update',
        { key: 'departments', value: next, renames: [{ from: '物流配送部', to: '物流服务部' }, { from: '客服中心', to: '客户服务中心' }] },
        'admin',
      ),
    );

    const renamed = (await store.db.cases.get(open.id))!;
    expect(renamed.grading?.department).toBe('物流服务部');
    expect(renamed.plan).toMatchObject({ department: '物流服务部', collaborators: ['客户服务中心', '财务部'] });
    expect(renamed.department).toBe(renamed.grading?.department);
    // Not stamped as updated: the approvers' queue (oldest change first) keeps its order.
    expect(renamed.updatedAt).toBe(openBefore.updatedAt);
    const events = await subjectEvents(store.db, open.id);
    expect(events.at(-1)).toMatchObject({
      command: RENAME_COMMAND,
      actor: { id: 'u-admin' },
      detail: { renamed: [{ from: '物流配送部', to: '物流服务部' }, { from: '客服中心', to: '客户服务中心' }] },
    });
    // A case no department has been given yet, and an ended one, are left as they were.
    expect((await subjectEvents(store.db, waiting.id)).map((e) => e.command)).not.toContain(RENAME_COMMAND);
    expect(await store.db.cases.get(ended.id)).toEqual(endedBefore);

    // The users of a renamed department, each audited; a supervisor stays in the department of its cases.
    const users = await store.db.users.bulkGet(['u-agent', 'u-supervisor', 'u-legal']);
    expect(users.map((u) => u?.department)).toEqual(['客户服务中心', '客户服务中心', '法务部']);
    expect((await subjectEvents(store.db, 'user:u-supervisor')).at(-1)).toMatchObject({
      command: RENAME_COMMAND,
      changes: { department: { before: '客服中心', after: '客户服务中心' } },
      detail: { from: '客服中心', to: '客户服务中心' },
    });
    expect(await subjectEvents(store.db, 'user:u-legal')).toEqual([]);
    expect(await store.run('alerts.follow', {}, 'director')).toEqual({ severities: ['major'], departments: ['物流服务部', '财务部'] });
    // A saved view shows what it showed (ended cases keep the old name) and the open cases under the new one.
    const { views } = await store.run<{ views: Array<{ filter: { departments: string[]; open: boolean } }> }>('tracking.prefs', {}, 'supervisor');
    expect(views[0]?.filter).toMatchObject({ open: true, departments: ['物流配送部', '物流服务部', '财务部'] });
    expect(store.events.at(-1)).toEqual(
      expect.arrayContaining([
        { area: 'cases', ids: [open.id] },
        { area: 'prefs', ids: expect.arrayContaining(['u-director', 'u-supervisor']) },
        expect.objectContaining({ area: 'users', ids: expect.arrayContaining(['u-agent', 'u-agent2', 'u-supervisor']) }),
      ]),
    );

    // The open case's grading and plan can be worked on with the new names.
    expect((await store.run<Settings>('settings.get', {})).departments).toContain(renamed.plan?.department);
  });

  it('renames a closed case quality review may still send back, which then comes back under the new name', async () => {
    store = await openTestStore();
    const closed = await caseAt(store, 'closed');
    const next = DEFAULT_DEPARTMENTS.map((name) => (name === '物流配送部' ? '物流服务部' : name));
    ok(await store.send('settings.update', { key: 'departments', value: next, renames: [{ from: '物流配送部', to: '物流服务部' }] }, 'admin'));
    expect((await store.db.cases.get(closed.id))?.department).toBe('物流服务部');
    const back = await store.run<CaseRecord>('feedback.qualityReturn', { caseId: closed.id, reason: '回访记录不完整' }, 'supervisor');
    expect(back.plan?.department).toBe('物流服务部');
  });

  it('merges two departments into one: follows and collaborators list it once, never as the plan’s own', async () => {
    store = await openTestStore();
    const open = await caseAt(store, 'planning');
    ok(await store.send('plans.submit', { caseId: open.id, measures: ['补发'], ownerId: 'u-agent', department: '物流配送部', collaborators: ['客服中心', '售后服务部'], dueAt: store.now() + 3 * DAY }, 'agent'));
    ok(await store.send('alerts.saveFollow', { severities: ['major'], departments: ['物流配送部', '售后服务部'] }, 'director'));
    // The 物流配送部 row renamed to 售后服务部, whose own row is removed.
    const merged = DEFAULT_DEPARTMENTS.filter((name) => name !== '售后服务部').map((name) => (name === '物流配送部' ? '售后服务部' : name));
    ok(await store.send('settings.update', { key: 'departments', value: merged, renames: [{ from: '物流配送部', to: '售后服务部' }] }, 'admin'));
    expect((await store.db.cases.get(open.id))?.plan).toMatchObject({ department: '售后服务部', collaborators: ['客服中心'] });
    expect(await store.run('alerts.follow', {}, 'director')).toEqual({ severities: ['major'], departments: ['售后服务部'] });
  });

  it('refuses a rename of a department that stays on the list, or was never on it, moving nobody', async () => {
    store = await openTestStore();
    const before = await store.snapshot();
    const kept = DEFAULT_DEPARTMENTS;
    // What the form sends for a row renamed and a row added with the old name: said so, with both names.
    const readded = [...DEFAULT_DEPARTMENTS.map((name) => (name === '客服中心' ? '客户服务中心' : name)), '客服中心'];
    expect(refusal(await store.send('settings.update', { key: 'departments', value: readded, renames: [{ from: '客服中心', to: '客户服务中心' }] }, 'admin')).fields).toEqual([
      { field: 'departments', code: 'settings.renameKept', params: { department: '客服中心', to: '客户服务中心' } },
    ]);
    expect(refusal(await store.send('settings.update', { key: 'departments', value: kept, renames: [{ from: '客服中心', to: '财务部' }] }, 'admin')).fields).toEqual([
      { field: 'departments', code: 'settings.renameKept', params: { department: '客服中心', to: '财务部' } },
    ]);
    const added = [...DEFAULT_DEPARTMENTS, '新部门'];
    expect(refusal(await store.send('settings.update', { key: 'departments', value: added, renames: [{ from: '不存在的部门', to: '新部门' }] }, 'admin')).fields).toEqual([
      { field: 'renames.0', code: 'validation.invalid' },
    ]);
    expect(await store.snapshot()).toEqual(before);
  });

  it('swaps two department names at once, renaming each record once', async () => {
    store = await openTestStore();
    ok(await store.send('alerts.saveFollow', { severities: ['major'], departments: ['法务部'] }, 'director'));
    const swapped = DEFAULT_DEPARTMENTS.map((name) => ({ 法务部: '财务部', 财务部: '法务部' })[name] ?? name);
    ok(await store.send('settings.update', { key: 'departments', value: swapped, renames: [{ from: '法务部', to: '财务部' }, { from: '财务部', to: '法务部' }] }, 'admin'));
    expect((await store.db.users.get('u-legal'))?.department).toBe('财务部');
    expect((await store.run<{ departments: string[] }>('alerts.follow', {}, 'director')).departments).toEqual(['财务部']);
  });

  it('refuses to remove a department active colleagues work in, naming them, and saves nothing', async () => {
    store = await openTestStore();
    const before = await store.snapshot();
    const without = DEFAULT_DEPARTMENTS.filter((name) => name !== '法务部');
    expect(refusal(await store.send('settings.update', { key: 'departments', value: without }, 'admin')).fields).toEqual([
      { field: 'departments', code: 'settings.departmentHasUsers', params: { department: '法务部', users: ['法务郑'] } },
    ]);
    expect(await store.snapshot()).toEqual(before);
    // Once nobody active works there, it can go (a former colleague keeps the name on their record).
    await store.db.users.update('u-legal', { active: 0 });
    ok(await store.send('settings.update', { key: 'departments', value: without }, 'admin'));
    expect((await store.db.users.get('u-legal'))?.department).toBe('法务部');
  });
});

describe('departments and the open cases that name them', () => {
  const ADDED = '投诉督办部';
  const withAdded = [...DEFAULT_DEPARTMENTS, ADDED];
  const gradedTo = async (department: string) => {
    const waiting = await caseAt(store, 'grading');
    return store.run('grading.submit', { caseId: waiting.id, category: 'logistics', severity: 'general', rationale: '影响客户', department });
  };
  const terminate = (caseId: string) => store.run('cases.terminate', { caseId, reason: 'withdrawn', note: '客户来电撤回投诉' }, 'supervisor');

  it('refuses to remove a department cases still counting name (open, or closed within quality review), counting them and naming the first, writing nothing; once they are done with it can go', async () => {
    store = await openTestStore();
    ok(await store.send('settings.update', { key: 'departments', value: withAdded }, 'admin'));
    // Its grading proposed, its grading approved (the case's department), a plan it supports.
    const proposed = await gradedTo(ADDED);
    const approved = await store.run('grading.approve', { caseId: (await gradedTo(ADDED)).id }, 'director');
    const planning = await caseAt(store, 'planning');
    const supported = await store.run('plans.submit', { caseId: planning.id, measures: ['补发'], ownerId: 'u-agent', department: '物流配送部', collaborators: [ADDED], dueAt: store.now() + 3 * DAY });
    // An ended case does not hold it back.
    await terminate((await gradedTo(ADDED)).id);
    expect(approved.department).toBe(ADDED);
    const before = await store.snapshot();

    const refused = await store.send('settings.update', { key: 'departments', value: DEFAULT_DEPARTMENTS }, 'admin');
    expect(refusal(refused)).toEqual({
      code: 'validation.failed',
      fields: [{ field: 'departments', code: 'validation.departmentHasCases', params: { department: ADDED, count: 3, nos: [proposed.no, approved.no, supported.no].sort() } }],
    });
    expect(await store.snapshot()).toEqual(before);

    // The approved one closed through the loop, the others terminated: once quality review can no longer send the
    // closed one back (it would come back under a department that is gone), it can go, and the ended cases keep its name.
    for (const step of [steps.submitPlan, steps.approvePlan, steps.completeExecution, steps.satisfied]) await step(store, approved.id);
    expect((await store.db.cases.get(approved.id))?.status).toBe('closed');
    await terminate(proposed.id);
    expect(refusal(await store.send('settings.update', { key: 'departments', value: DEFAULT_DEPARTMENTS }, 'admin')).fields).toEqual([
      { field: 'departments', code: 'validation.departmentHasCases', params: { department: ADDED, count: 2, nos: [approved.no, supported.no].sort() } },
    ]);
    await terminate(supported.id);
    expect(refusal(await store.send('settings.update', { key: 'departments', value: DEFAULT_DEPARTMENTS }, 'admin')).fields).toEqual([
      { field: 'departments', code: 'validation.departmentHasCases', params: { department: ADDED, count: 1, nos: [approved.no] } },
    ]);
    store.clock.now += 16 * DAY;
    ok(await store.send('settings.update', { key: 'departments', value: DEFAULT_DEPARTMENTS }, 'admin'));
    expect((await settings()).departments).toEqual(DEFAULT_DEPARTMENTS);
    expect((await store.db.cases.get(approved.id))?.grading?.department).toBe(ADDED);
  });

  it('names at most three cases, and says so beside the other reasons a department stays', async () => {
    store = await openTestStore();
    const graded = [];
    for (let n = 0; n < 4; n += 1) graded.push(await gradedTo('法务部'));
    const without = DEFAULT_DEPARTMENTS.filter((name) => name !== '法务部');
    expect(refusal(await store.send('settings.update', { key: 'departments', value: without }, 'admin')).fields).toEqual([
      { field: 'departments', code: 'settings.departmentHasUsers', params: { department: '法务部', users: ['法务郑'] } },
      { field: 'departments', code: 'validation.departmentHasCases', params: { department: '法务部', count: 4, nos: graded.map((r) => r.no).sort().slice(0, 3) } },
    ]);
    // A rename in place takes the open cases along instead.
    const renamedLegal = DEFAULT_DEPARTMENTS.map((name) => (name === '法务部' ? '法务合规部' : name));
    ok(await store.send('settings.update', { key: 'departments', value: renamedLegal, renames: [{ from: '法务部', to: '法务合规部' }] }, 'admin'));
    expect((await store.db.cases.get(graded[0]!.id))?.grading?.department).toBe('法务合规部');
  });
});
