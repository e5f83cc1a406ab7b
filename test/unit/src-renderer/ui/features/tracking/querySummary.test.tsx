import { beforeAll, describe, expect, it } from 'vitest';
import type { i18n } from 'i18next';
import { TrackingQuerySchema, type TrackingQueryInput } from '../../../../../../src-renderer/domain/tracking/query';
import { queryConditions, querySummary } from '../../../../../../src-renderer/ui/features/tracking/querySummary';
import { initI18n } from '../../../../../../src-renderer/ui/i18n';

let i18next: i18n;
beforeAll(async () => {
  i18next = await initI18n('zh-CN');
});

const owners = new Map([['u-1', '李客服']]);
const ownerName = (id: string) => owners.get(id) ?? id;
/** Local midnight: the date picker's range is in the desk's own time zone. */
const at = (year: number, month: number, day: number) => new Date(year, month - 1, day).getTime();

function summaryOf(input: TrackingQueryInput, language = 'zh-CN') {
  return querySummary(i18next.getFixedT(language), language, TrackingQuerySchema.parse(input), ownerName);
}

describe('the printed list’s conditions', () => {
  it('says a list without conditions is every case not archived, and how it is sorted', () => {
    expect(summaryOf({})).toEqual({ conditions: '筛选条件：无（全部未归档的投诉）', sort: '排序：受理时间（降序）' });
    expect(summaryOf({}, 'en')).toEqual({ conditions: 'Conditions: none (every complaint not archived)', sort: 'Sorted by Received (Descending)' });
  });

  it('names every condition of the panel, a view and the search, each list as "any of"', () => {
    const summary = summaryOf({
      filter: {
        open: true,
        statuses: ['verifying', 'grading'],
        severities: ['major'],
        channels: ['regulator_12315'],
        departments: ['物流配送部'],
        ownerIds: ['u-1', 'u-gone'],
        clock: ['overdue', 'dueSoon'],
        dueSoonHours: 8,
        referral: ['overdue'],
        receivedFrom: at(2026, 11, 1),
        receivedTo: at(2026, 12, 1),
        repeated: true,
        held: true,
        satisfactionMax: 2.5,
        archived: 'all',
        text: ' 洗衣机 漏水 ',
      },
      sort: { key: 'resolutionDueAt', dir: 'asc' },
    });
    expect(summary.conditions).toBe(
      [
        '筛选条件：未结案（含待回复 12315 的）',
        '状态：核实中或待定级',
        '严重程度：重大',
        '投诉渠道：12315转办',
        '责任部门：物流配送部',
        '负责人：李客服或u-gone',
        '受理日期：2026年11月1日至2026年11月30日',
        '时限状态：已超时或8 小时内到期',
        '转办反馈：已逾期',
        '重复投诉',
        '法律保留中',
        '满意度不高于：2.5',
        '归档：全部',
        '搜索：洗衣机 漏水',
      ].join('；'),
    );
    expect(summary.sort).toBe('排序：处理时限（升序）');
  });

  it('names the dashboard’s conditions the panel has no field for', () => {
    const lines = queryConditions(
      i18next.getFixedT('zh-CN'),
      'zh-CN',
      TrackingQuerySchema.parse({ filter: { uncategorized: true, departments: ['物流配送部', ''], subCategories: ['配送延误', '丢件', ''], reopened: true } }),
      ownerName,
    );
    // A list keeps a case matching any of its values: one line each, never one condition per value.
    expect(lines).toEqual(['责任部门：物流配送部或未指定部门', '子类别：配送延误、丢件或未细分', '重新处理过', '未定级']);
  });

  it('reads in English with English punctuation', () => {
    const summary = summaryOf({ filter: { statuses: ['verifying', 'grading', 'planning'], mine: true } }, 'en');
    expect(summary.conditions).toBe('Conditions: Mine; Status: Verifying, Awaiting grading, or Planning');
  });
});
