import { describe, expect, it } from 'vitest';
import { initI18n } from '../../../../../src-renderer/ui/i18n';
import { DeskDb } from '../../../../../src-renderer/store/db';
import { errorText } from '../../../../../src-renderer/ui/i18n/errors';

describe('errorText', () => {
  it('shows a status and a command by their labels, not their codes', async () => {
    const i18n = await initI18n('zh-CN');
    const text = errorText(i18n.t, { code: 'lifecycle.invalidTransition', params: { command: 'grading.approve', status: 'registered' } });
    expect(text).toContain('待初审');
    expect(text).not.toContain('registered');
    expect(text).not.toContain('grading.approve');
    await i18n.changeLanguage('en');
    expect(errorText(i18n.t, { code: 'lifecycle.invalidTransition', params: { command: 'grading.approve', status: 'registered' } })).toContain(
      'Awaiting screening',
    );
  });

  it('names a table of a backup by what it holds, never by its name in the database', async () => {
    const i18n = await initI18n('zh-CN');
    expect(errorText(i18n.t, { code: 'backup.countsDiffer', params: { table: 'cases', expected: 5, found: 4 } })).toBe(
      '备份文件中“投诉单”的记录数与清单不符（清单 5 条，文件中 4 条），未做任何更改。',
    );
    const tables = new DeskDb(`labels-${crypto.randomUUID()}`).tables.map((table) => table.name);
    expect(tables.length).toBeGreaterThan(10);
    for (const language of ['zh-CN', 'en'] as const) {
      await i18n.changeLanguage(language);
      for (const table of tables) expect(i18n.t(`backup.tables.${table}`, { defaultValue: '' }), table).not.toBe('');
    }
  });

  it('lists names the way the language lists them', async () => {
    const i18n = await initI18n('zh-CN');
    const error = { field: 'departments', code: 'settings.departmentHasUsers', params: { department: '法务部', users: ['法务郑', '法务钱'] } };
    expect(errorText(i18n.t, error)).toContain('（法务郑、法务钱）');
    await i18n.changeLanguage('en');
    expect(errorText(i18n.t, error)).toContain('(法务郑, 法务钱)');
  });

  it('writes when a file was added as the desk writes times, never as a number', async () => {
    const i18n = await initI18n('zh-CN');
    const addedAt = new Date(2026, 10, 23, 14, 5).getTime();
    const error = { code: 'attachments.duplicate', params: { name: '新照片.jpg', earlier: '破损照片.jpg', addedAt } };
    expect(errorText(i18n.t, error)).toBe('“新照片.jpg”未添加：本投诉单已有内容完全相同的附件“破损照片.jpg”（2026-11-23 14:05 添加），无需重复添加。');
    await i18n.changeLanguage('en');
    expect(errorText(i18n.t, error)).toBe('“新照片.jpg” was not added: the case already holds the same file, “破损照片.jpg” (added 2026-11-23 14:05).');
    await i18n.changeLanguage('zh-CN');
  });
});
