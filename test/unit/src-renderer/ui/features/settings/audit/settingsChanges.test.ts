import type { TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { LEXICON_EDITION } from '../../../../../../../src-renderer/domain/assist/lexicon-editions';
import { DEFAULT_SETTINGS, type Settings } from '../../../../../../../src-renderer/domain/settings/settings';
import { POLICY_KEY } from '../../../../../../../src-renderer/store/alerts/context';
import { fieldLabel, valueText } from '../../../../../../../src-renderer/ui/features/settings/audit/labels';
import { changeView, settingsChange, type ChangeRow } from '../../../../../../../src-renderer/ui/features/settings/audit/settingsChanges';
import { translator } from '../../../i18n/translator';

let zh: TFunction;
let en: TFunction;
beforeAll(async () => {
  zh = await translator('zh-CN');
  en = await translator('en');
});

const D = DEFAULT_SETTINGS;
/** The rows as [label, before, after]. */
const cells = (t: TFunction, key: string, before: unknown, after: unknown) =>
  settingsChange(t, key, { before, after }).rows.map((row: ChangeRow) => [row.label, row.before, row.after]);

describe('a settings change, leaf by leaf (settingsChange)', () => {
  it('lists only the deadlines changed, by the labels of the 时限 page, hours with their unit and timings by their labels', () => {
    const after: Settings['sla'] = {
      ...D.sla,
      responseHours: { ...D.sla.responseHours, major: 4 },
      nodeHours: { ...D.sla.nodeHours, verification: 8 },
      modes: { ...D.sla.modes, planApproval: 'calendar', resolution: 'business' },
      referralReplyDays: 10,
    };
    expect(cells(zh, 'sla', D.sla, after)).toEqual([
      ['响应时限 · 重大', '2 小时', '4 小时'],
      ['环节时限 · 核实', '24 小时', '8 小时'],
      ['计时方式 · 方案审批', '工作时间', '自然时间'],
      ['计时方式 · 处理', '自然时间', '工作时间'],
      ['12315 转办反馈时限 · 默认工作日数', '7 个工作日', '10 个工作日'],
    ]);
    expect(cells(en, 'sla', D.sla, { ...after, responseHours: { ...D.sla.responseHours, major: 1 } })).toEqual([
      ['Response time limits · Major', '2 hours', '1 hour'],
      ['Stage time limits · Verification', '24 hours', '8 hours'],
      ['How time is counted · Plan approval', 'Working time', 'Calendar time'],
      ['How time is counted · Resolution', 'Calendar time', 'Working time'],
      ['12315 referral reply deadline · Default working days', '7 working days', '10 working days'],
    ]);
    expect(settingsChange(zh, 'sla', { before: D.sla, after }).rows.map((row) => row.field)).toContain('sla.responseHours.major');
    // Settings saved before the referral default existed read as that default: no change.
    const { referralReplyDays: _days, ...older } = D.sla;
    expect(cells(zh, 'sla', older, { ...D.sla, responseHours: { ...D.sla.responseHours, general: 48 } })).toEqual([['响应时限 · 一般', '24 小时', '48 小时']]);
    // Nor before 回访时限 existed: its hours and mode read as the defaults.
    const { callback: _hours, ...nodeHours } = D.sla.nodeHours;
    const { callback: _mode, ...modes } = D.sla.modes;
    expect(cells(zh, 'sla', { ...D.sla, nodeHours, modes }, { ...D.sla, responseHours: { ...D.sla.responseHours, general: 48 } })).toEqual([['响应时限 · 一般', '24 小时', '48 小时']]);
  });

  it('reads the working hours as HH:MM (no break as 无) and the days added and removed, each named with its group', () => {
    const before = { ...D.calendar, extraHolidays: ['2026-10-08', '2026-10-09'], extraWorkdays: ['2026-09-27'] };
    const after = { ...D.calendar, dayStart: 8 * 60 + 30, breakStart: null, breakEnd: null, extraHolidays: ['2026-10-08', '2026-10-12', '2026-10-13'], extraWorkdays: ['2026-09-27'] };
    expect(cells(zh, 'calendar', before, after)).toEqual([
      ['工作时间 · 上班', '09:00', '08:30'],
      ['工作时间 · 午休开始', '12:00', '无'],
      ['工作时间 · 午休结束', '13:00', '无'],
      ['本中心的休息日与调休上班日 · 增加的休息日', '删去：2026-10-09', '新增：2026-10-12、2026-10-13'],
    ]);
    expect(cells(en, 'calendar', before, after)).toEqual([
      ['Working hours · Day starts', '09:00', '08:30'],
      ['Working hours · Break starts', '12:00', 'None'],
      ['Working hours · Break ends', '13:00', 'None'],
      ["This centre's days off and make-up working days · Additional days off", 'Removed: 2026-10-09', 'Added: 2026-10-12, 2026-10-13'],
    ]);
    expect(cells(zh, 'calendar', after, { ...after, extraWorkdays: [] })).toEqual([['本中心的休息日与调休上班日 · 增加的上班日（调休）', '删去：2026-09-27', '—']]);
  });

  it('names a category’s sub-categories and default department, and the departments added, removed or reordered', () => {
    const categories = { ...D.categories, logistics: { subCategories: ['配送延误', '丢件', '送错', '快递柜'], department: '客服中心' } };
    expect(cells(zh, 'categories', D.categories, categories)).toEqual([
      ['投诉类别 · 物流配送 · 子类别', '删去：包装破损', '新增：快递柜'],
      ['投诉类别 · 物流配送 · 默认责任部门', '物流配送部', '客服中心'],
    ]);
    expect(cells(en, 'categories', D.categories, categories)[1]).toEqual(['Complaint categories · Logistics · Default responsible department', '物流配送部', '客服中心']);
    expect(cells(zh, 'departments', ['客服中心', '法务部'], ['客服中心', '运营部', '质量部'])).toEqual([['部门', '删去：法务部', '新增：运营部、质量部']]);
    // Only the order changed: it says so and shows the lists.
    expect(cells(zh, 'departments', ['客服中心', '法务部'], ['法务部', '客服中心'])).toEqual([['部门', '客服中心、法务部', '仅调整了顺序：法务部、客服中心']]);
    expect(cells(en, 'departments', ['A', 'B'], ['B', 'A'])).toEqual([['Departments', 'A, B', 'Only the order changed: B, A']]);
  });

  it('reads the assistance settings: the repeat window, the hot-spot detector, the lexicon entries by their terms', () => {
    const lexicon = D.assist.lexicon.filter((entry) => entry.term !== '曝光').map((entry) => (entry.term === '媒体' ? { ...entry, kind: 'anger' as const, severity: 'general' as const } : entry));
    const after: Settings['assist'] = { ...D.assist, repeatWindowDays: 30, hotspots: { ...D.assist.hotspots, minCount: 8 }, lexicon: [...lexicon, { term: '投诉到底', kind: 'anger', severity: 'serious' }] };
    expect(cells(zh, 'assist', D.assist, after)).toEqual([
      ['重复投诉认定期（天）', '90', '30'],
      ['情绪与升级词库', '删去：曝光（媒体曝光，重大）', '新增：投诉到底（情绪激动，严重）'],
      ['情绪与升级词库 · 媒体', '媒体（媒体曝光，重大）', '媒体（情绪激动，一般）'],
      ['批量投诉苗头 · 最少宗数', '5', '8'],
    ]);
    expect(cells(en, 'assist', D.assist, after)).toEqual([
      ['Repeat window (days)', '90', '30'],
      ['Emotion and escalation lexicon', 'Removed: 曝光 (Media exposure, Major)', 'Added: 投诉到底 (Strong emotion, Serious)'],
      ['Emotion and escalation lexicon · 媒体', '媒体 (Media exposure, Major)', '媒体 (Strong emotion, General)'],
      ['Emerging complaint batches · Minimum cases', '5', '8'],
    ]);
    // An entry changed alone; a list saved before editions were counted.
    const { lexiconEdition: _edition, ...older } = D.assist;
    const severer = D.assist.lexicon.map((entry) => (entry.term === '律师函' ? { ...entry, severity: 'serious' as const } : entry));
    expect(cells(zh, 'assist', older, { ...D.assist, lexicon: severer })).toEqual([
      ['情绪与升级词库 · 律师函', '律师函（法律途径，重大）', '律师函（法律途径，严重）'],
      ['内置词库版本', '—', String(LEXICON_EDITION)],
    ]);
    expect(cells(zh, 'assist', D.assist, { ...D.assist, lexicon: [...D.assist.lexicon].reverse() })[0]![2]).toMatch(/^仅调整了顺序：/);
  });

  it('reads the smaller groups by their page’s labels, codes by the labels the page shows them with', () => {
    expect(cells(zh, 'privacy', D.privacy, { ...D.privacy, retentionDays: 30 })).toEqual([['个人信息保存期限（天）', '1095', '30']]);
    expect(cells(en, 'privacy', D.privacy, { ...D.privacy, retentionDays: 30 })).toEqual([['Keep personal data of closed cases (days)', '1095', '30']]);
    expect(cells(zh, 'print', { paper: 'A4', marginsMm: 15 }, { paper: 'Letter', marginsMm: 15, formsLanguage: 'ui' })).toEqual([
      ['纸张', 'A4（210 × 297 毫米）', 'Letter（216 × 279 毫米）'],
      ['表单语言', '中文', '与各用户的界面语言一致'],
    ]);
    expect(cells(en, 'security', D.security, { idleLockMinutes: 5 })).toEqual([['Lock after this many idle minutes', '15', '5']]);
    expect(cells(zh, 'lifecycle', D.lifecycle, { ...D.lifecycle, qualityReturnDays: 7 })).toEqual([['质量复核期限（天）', '15', '7']]);
    expect(cells(zh, 'attachments', D.attachments, { maxFileMB: 10, maxCaseMB: 100 })).toEqual([['单个附件上限（MB）', '20', '10']]);
    expect(cells(zh, 'centreName', '客户服务中心', '华东客服中心')).toEqual([['中心名称', '客户服务中心', '华东客服中心']]);
  });

  it('compares a setting never saved before with its default, and says so', () => {
    const after = { ...D.sla, responseHours: { ...D.sla.responseHours, major: 4 } };
    expect(settingsChange(zh, 'sla', { before: null, after })).toEqual({
      rows: [{ field: 'sla.responseHours.major', label: '响应时限 · 重大', before: '2 小时', after: '4 小时' }],
      notes: ['此前为默认设置：修改前一栏是默认值。'],
    });
    expect(settingsChange(en, 'centreName', { before: null, after: '华东客服中心' })).toEqual({
      rows: [{ field: 'centreName', label: 'Centre name', before: '客户服务中心', after: '华东客服中心' }],
      notes: ['Before: the default settings (never saved until now).'],
    });
    // The defaults saved as they were: nothing changed, and it says so.
    expect(settingsChange(zh, 'privacy', { before: null, after: D.privacy })).toEqual({ rows: [], notes: ['此前为默认设置：修改前一栏是默认值。', '保存的内容与修改前相同。'] });
  });

  it('shows what no page names as recorded, so nothing recorded is hidden', () => {
    // A key not among the settings (the alert policy): whole, as before.
    const policy = { escalateAfterMinutes: 30 };
    expect(cells(zh, POLICY_KEY, null, policy)).toEqual([['提醒规则', '—', JSON.stringify(policy)]]);
    expect(cells(en, POLICY_KEY, policy, { escalateAfterMinutes: 60 })).toEqual([['Alert policy', '{"escalateAfterMinutes":30}', '{"escalateAfterMinutes":60}']]);
    // A leaf no page names, a value of another shape, a code no page knows: the leaf as recorded, the rest read.
    expect(cells(zh, 'sla', D.sla, { ...D.sla, later: { a: 1 }, responseHours: { ...D.sla.responseHours, major: '2h' } })).toEqual([
      ['响应时限 · 重大', '2 小时', '"2h"'],
      ['时限标准 · later · a', '—', '1'],
    ]);
    expect(cells(zh, 'print', D.print, { ...D.print, paper: 'A3' })).toEqual([['纸张', 'A4（210 × 297 毫米）', '"A3"']]);
    expect(cells(zh, 'privacy', D.privacy, { ...D.privacy, later: 1 })).toEqual([['个人信息保存期限 · later', '—', '1']]);
    expect(cells(zh, 'departments', D.departments, 'x')).toEqual([['部门', JSON.stringify(D.departments), '"x"']]);
    const odd = [{ term: '曝光', kind: 'rumour', severity: 'major' }];
    expect(cells(zh, 'assist', D.assist, { ...D.assist, lexicon: odd })).toEqual([['情绪与升级词库', JSON.stringify(D.assist.lexicon), JSON.stringify(odd)]]);
  });

  it('leaves no JSON and no code in any change of the known groups, in both languages', () => {
    const changed: { [K in keyof Settings]: Settings[K] } = {
      centreName: '华东客服中心',
      departments: ['客服中心', '运营部'],
      categories: Object.fromEntries(
        Object.entries(D.categories).map(([category, value]) => [category, { subCategories: [...value.subCategories.slice(1), '其他'], department: '运营部' }]),
      ) as Settings['categories'],
      sla: {
        responseHours: { general: 48, serious: 24, major: 4 },
        nodeHours: { verification: 8, grading: 8, planApproval: 8, callback: 24 },
        modes: { response: 'business', verification: 'calendar', grading: 'calendar', planApproval: 'calendar', resolution: 'business', callback: 'calendar' },
        referralReplyDays: 15,
      },
      calendar: { dayStart: 480, dayEnd: 1020, breakStart: null, breakEnd: null, extraHolidays: ['2026-10-09'], extraWorkdays: ['2026-10-10'] },
      lifecycle: { archiveAfterDays: 60, qualityReturnDays: 7 },
      attachments: { maxFileMB: 10, maxCaseMB: 50 },
      print: { paper: 'Letter', marginsMm: 20, formsLanguage: 'ui' },
      security: { idleLockMinutes: 5 },
      privacy: { retentionDays: 365, alertLogDays: 90, erasureReplyDays: 10 },
      assist: {
        repeatWindowDays: 30,
        lexicon: [...D.assist.lexicon.slice(2).map((entry, i) => (i < 3 ? { ...entry, kind: 'regulator' as const, severity: 'general' as const } : entry)), { term: '投诉到底', kind: 'anger', severity: 'serious' }],
        lexiconEdition: LEXICON_EDITION,
        hotspots: { recentDays: 7, baselineDays: 56, minCount: 3, minRatio: 1.5 },
      },
    };
    const codes = ['planApproval', 'business', 'calendar', 'responseHours', 'nodeHours', 'verification', 'general', 'serious', 'major', 'media', 'regulator', 'anger', 'logistics', 'product_quality', 'after_sales', 'subCategories', 'dayStart', 'extraHolidays', 'formsLanguage', 'ui', 'hotspots', 'minCount', 'lexiconEdition'];
    for (const t of [zh, en]) {
      for (const [key, after] of Object.entries(changed)) {
        for (const before of [(D as unknown as Record<string, unknown>)[key], null]) {
          const { rows } = settingsChange(t, key, { before, after });
          expect(rows.length, key).toBeGreaterThan(0);
          for (const row of rows) {
            const text = [row.label, row.before, row.after].join('\n');
            expect(text, key).not.toMatch(/[{}"]/);
            expect(codes.filter((code) => new RegExp(`(^|[^A-Za-z_])${code}([^A-Za-z_]|$)`).test(text)), `${key}: ${text}`).toEqual([]);
          }
        }
      }
    }
    expect(settingsChange(zh, 'sla', { before: D.sla, after: changed.sla }).rows).toHaveLength(3 + 4 + 6 + 1);
  });

  it('reads the changes of any other record as before: a row a field', () => {
    const changes = { channel: { before: null, after: 'walk_in' }, demands: { before: ['refund'], after: ['refund', 'apology'] } };
    expect(changeView(zh, 'case', changes)).toEqual({
      rows: Object.entries(changes).map(([field, { before, after }]) => ({
        field,
        label: fieldLabel(zh, 'case', field),
        before: valueText(field, before, zh, 'case'),
        after: valueText(field, after, zh, 'case'),
      })),
      notes: [],
    });
    expect(changeView(zh, 'case', changes).rows.map((row) => row.after)).toEqual(['现场', '退款、道歉']);
    expect(changeView(en, 'settings', { sla: { before: D.sla, after: { ...D.sla, nodeHours: { ...D.sla.nodeHours, grading: 1 } } } }).rows).toEqual([
      { field: 'sla.nodeHours.grading', label: 'Stage time limits · Grading approval', before: '16 hours', after: '1 hour' },
    ]);
  });
});
