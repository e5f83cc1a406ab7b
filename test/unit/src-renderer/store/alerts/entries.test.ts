import { afterEach, describe, expect, it } from 'vitest';
import { DeadlineEntry, type EntryAlertState } from '../../../../../src-main/core/alert-feed';
import { DEFAULT_ALERT_POLICY } from '../../../../../src-main/core/alert-settings';
import type { CaseRecord } from '../../../../../src-renderer/domain/cases/case';
import type { CaseStatus } from '../../../../../src-renderer/domain/lifecycle/machine';
import { caseIdOfKey, clip, deadlineEntriesOf, titleOf } from '../../../../../src-renderer/store/alerts/entries';
import { HOUR, MINUTE, openTestStore, register, type TestStore } from '../fixtures';
import { caseAt } from '../flow';

let store: TestStore;
afterEach(async () => store?.close());

const none = () => undefined;
const entriesOf = (record: CaseRecord, stateOf: (key: string) => EntryAlertState | undefined = none) =>
  deadlineEntriesOf(record, DEFAULT_ALERT_POLICY, stateOf).map((entry) => DeadlineEntry.parse(entry));

describe('deadline entries of a case', () => {
  it.each<[CaseStatus, string, boolean]>([
    ['registered', 'response', false],
    ['awaiting_info', 'response', true],
    ['verifying', 'verification', false],
    ['grading', 'grading', false],
    ['planning', 'planApproval', false],
    ['executing', 'resolution', false],
  ])('%s: one entry for the %s clock (paused: %s), valid for the feed', async (status, clockKind, paused) => {
    store = await openTestStore();
    const record = await caseAt(store, status, { customerName: '李四', description: '快递三天未送达。' });
    const entries = entriesOf(record);
    expect(entries).toHaveLength(1);
    const clock = record.clocks[clockKind as keyof CaseRecord['clocks']]!;
    expect(entries[0]).toEqual({
      key: `${record.id}:${clockKind}`,
      caseId: record.id,
      caseNo: record.no,
      title: '李四：快递三天未送达。',
      severity: 'general',
      ownerId: record.owner!.id,
      ownerName: record.owner!.name,
      department: record.department,
      clockKind,
      warnAt: clock.dueAt - 120 * MINUTE,
      dueAt: clock.dueAt,
      paused,
      state: null,
    });
  });

  it('before grading, a case is its owner’s department’s; without an owner (imported, not yet assigned) its intake agent’s', async () => {
    store = await openTestStore();
    const open = await register(store);
    expect(open.department).toBe('');
    const departments: Record<string, string> = { [open.owner!.id]: '客服中心', 'u-importer': '质量管理部' };
    const departmentOf = (userId: string) => departments[userId];
    const of = (record: CaseRecord) => deadlineEntriesOf(record, DEFAULT_ALERT_POLICY, none, departmentOf)[0]?.department;
    expect(of(open)).toBe('客服中心');
    const imported = { ...open, owner: null, intakeAgent: { id: 'u-importer', name: '导入人' } };
    expect(of(imported)).toBe('质量管理部');
    expect(of({ ...imported, intakeAgent: { id: 'u-gone', name: '已删除' } })).toBe('');
    expect(of({ ...imported, department: '物流配送部' })).toBe('物流配送部');
  });

  it('a case waiting for its callback has the callback deadline alone; a closed, redirected or archived one none', async () => {
    store = await openTestStore();
    const waiting = await caseAt(store, 'feedback');
    expect(entriesOf(waiting).map((entry) => [entry.clockKind, entry.dueAt])).toEqual([['callback', waiting.clocks.callback!.dueAt]]);
    for (const status of ['closed', 'redirected'] as const) expect(entriesOf(await caseAt(store, status))).toEqual([]);
    const open = await register(store);
    expect(entriesOf(open)).toHaveLength(1);
    expect(entriesOf({ ...open, archived: 1 })).toEqual([]);
  });

  it('warns the lead time of the severity before the deadline (default 2 h / 1 h / 30 min, or as set)', async () => {
    store = await openTestStore();
    const leads = { general: 120, serious: 60, major: 30 } as const;
    for (const severity of ['general', 'serious', 'major'] as const) {
      const record = await register(store, { severity });
      const [entry] = entriesOf(record);
      expect(entry!.severity).toBe(severity);
      expect(entry!.dueAt - entry!.warnAt).toBe(leads[severity] * MINUTE);
      const custom = deadlineEntriesOf(record, { ...DEFAULT_ALERT_POLICY, leadMinutes: { general: 0, serious: 240, major: 600 } }, none);
      expect(custom[0]!.dueAt - custom[0]!.warnAt).toBe({ general: 0, serious: 240, major: 600 }[severity] * MINUTE);
    }
  });

  it('carries the desk user’s state only while it belongs to the current deadline', async () => {
    store = await openTestStore();
    const record = await register(store);
    const dueAt = record.clocks.response!.dueAt;
    const state = { dueAt, warnedAt: dueAt - HOUR, overdueAt: null, lastAlertAt: dueAt - HOUR, acknowledgedAt: null, snoozedUntil: null };
    const stored = { ...state, key: `${record.id}:response`, userId: 'u-agent', caseId: record.id };
    const asked: string[] = [];
    const [carried] = entriesOf(record, (key) => (asked.push(key), stored));
    expect(asked).toEqual([`${record.id}:response`]);
    // Only the state's own fields go into the feed.
    expect(carried!.state).toEqual(state);
    const [moved] = entriesOf(record, () => ({ ...stored, dueAt: dueAt - HOUR }));
    expect(moved!.state).toBeNull();
  });

  it('titles the case by customer and the start of the description, on one line and within 120 characters', () => {
    expect(titleOf({ customerName: ' 王五 ', description: '第一行\n\n第二行   第三行' })).toBe('王五：第一行 第二行 第三行');
    expect(titleOf({ customerName: '王五', description: '' })).toBe('王五');
    const long = titleOf({ customerName: '王五', description: '很'.repeat(300) });
    expect(long).toHaveLength(120);
    expect(long.endsWith('…')).toBe(true);
    // Never half of a character outside the basic plane.
    const emoji = clip(`${'a'.repeat(118)}😀😀`, 120);
    expect(emoji).toBe(`${'a'.repeat(118)}…`);
    expect(caseIdOfKey('c-1:planApproval')).toBe('c-1');
    // Shown on the screen and in the tray: the customer's own address written in the description is masked.
    const letter = { customerName: '赵老先生', address: '浙江省杭州市西湖区文三路88号', description: '来信地址浙江省杭州市西湖区文三路88号，助听器保修被拒' };
    expect(titleOf(letter)).toBe('赵老先生：来信地址浙江省杭州市****，助听器保修被拒');
    // So is their social or app account.
    expect(titleOf({ customerName: '微博网友', socialAccount: '@ZhangSan_88', description: '@ZhangSan_88 私信：冰箱丢件' })).toBe('微博网友：@Z****8 私信：冰箱丢件');
    // And a number an old ledger wrote in the name.
    expect(titleOf({ customerName: '王先生13511112222', description: '冰箱丢件' })).toBe('王先生135****2222：冰箱丢件');
  });

  it('keeps every text within the feed schema, whatever the case holds', async () => {
    store = await openTestStore();
    const record = await register(store);
    const odd: CaseRecord = { ...record, department: '部'.repeat(80), owner: { id: 'u-x', name: '名'.repeat(80) }, customerName: '客'.repeat(200) };
    const [entry] = entriesOf(odd);
    expect(entry!.department).toHaveLength(60);
    expect(entry!.ownerName).toHaveLength(60);
    expect(entry!.title).toHaveLength(120);
    expect(entriesOf({ ...record, owner: null })[0]).toMatchObject({ ownerId: null, ownerName: '' });
  });
});
