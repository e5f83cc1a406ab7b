import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Session } from '../../../../../../src-renderer/store/rpc/define';
import { configureImports } from '../../../../../../src-renderer/store/imports/config';
import { ImportPage } from '../../../../../../src-renderer/ui/features/imports/ImportPage';
import { DEFAULT_DEPARTMENTS } from '../../../../../../src-renderer/domain/settings/settings';
import { encodeUtf16 } from '../../../../../fixtures/imports/encodings';
import { ADMIN, renderWithStore, teardown, type Rendered } from '../../render';
import { asSupervisor } from './kit';

afterEach(teardown);

const CSV = [
  '单号,投诉时间,渠道,客户姓名,联系电话,投诉内容,状态,结案时间,处理结果',
  'GD-1,2026-10-08 09:30,电话,李四,13812345678,空调漏水,已结案,2026-10-09 15:00,已上门维修',
  'GD-2,2026/10/09,传真,王五,13812345678,快递丢件,,,',
  'GD-3,上周三,邮件,赵六,13812345678,发票开错,,,',
  'GD-4,2026年10月10日 10时05分,在线客服,孙七,010-12345678,客服态度差,处理中,,',
  'GD-1,2026-10-11,电话,周八,13812345678,重复的单号,,,',
  'GD-5,2026-10-12,app,吴九,13812345678,退款未到账,,,',
].join('\r\n');

function historyRows(table: HTMLElement): (string | null)[][] {
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getAllByRole('cell').map((cell) => cell.textContent));
}

describe('ImportPage', { timeout: 120_000 }, () => {
  it('is not offered to an agent', async () => {
    await renderWithStore(<ImportPage />);
    expect(await screen.findByText('只有客服主管和管理员可以导入历史投诉。')).toBeTruthy();
    expect(screen.queryByRole('button', { name: '选择 CSV 或 Excel 文件' })).toBeNull();
  });

  it('takes a messy file through columns, check, error report and import of the valid rows', async () => {
    const rendered = await asSupervisor(CSV);
    fireEvent.click(await screen.findByRole('button', { name: '选择 CSV 或 Excel 文件' }));
    expect((await screen.findByTestId('import-file')).textContent).toBe('2025台账.csv：6 行数据，9 列');
    expect(rendered.platform.openFile).toHaveBeenCalledWith({ filters: [{ name: 'CSV / Excel', extensions: ['csv', 'xlsx', 'txt'] }], maxBytes: 200 * 1024 * 1024 });
    fireEvent.click(screen.getByRole('button', { name: '下一步：对应列' }));

    // Matched by the headers; the first rows shown under them.
    expect((screen.getByRole('combobox', { name: '投诉时间' }) as HTMLInputElement).value).toBe('投诉时间');
    expect((screen.getByRole('combobox', { name: '客户姓名' }) as HTMLInputElement).value).toBe('客户姓名');
    expect((screen.getByRole('combobox', { name: '原系统编号' }) as HTMLInputElement).value).toBe('');
    expect(within(screen.getByRole('table', { name: '文件的前 6 行' })).getByText('空调漏水')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: '下一步：对应取值' }));
    // 传真 is no channel the desk knows, and nothing in its text says which: listed, not guessed.
    const channels = await screen.findByRole('table', { name: '投诉渠道' });
    expect(within(channels).getAllByRole('row').slice(1).map((row) => within(row).getAllByRole('cell').slice(0, 3).map((c) => c.textContent))).toEqual([['传真', '1', '第 3 行']]);
    expect((within(channels).getByRole('combobox', { name: '“传真”对应为' }) as HTMLInputElement).value).toBe('');
    fireEvent.click(screen.getByRole('button', { name: '下一步：检查' }));
    expect(await screen.findByText('错误明细')).toBeTruthy();
    const errors = screen.getByRole('table', { name: '错误明细' });
    const lines = within(errors)
      .getAllByRole('row')
      .slice(1)
      .map((row) => within(row).getAllByRole('cell').map((cell) => cell.textContent));
    expect(lines).toEqual([
      ['3', '渠道', '传真', '无法识别“传真”。可填写：电话、邮件、在线客服、应用/小程序、社交媒体、信函、现场、12315转办或其他；也可以在上一步“对应取值”中把它对应到系统的取值。'],
      ['4', '投诉时间', '上周三', '无法识别的日期，请写成 2026-11-23 10:05、2026/11/23 或 2026年11月23日 这样的形式。'],
      ['6', '单号', 'GD-1', '原系统编号重复：系统中或文件前面的行已有此编号。'],
    ]);
    expect(screen.getByRole('radio', { name: '有错误则全部不导入' })).toHaveProperty('disabled', true);
    expect(screen.getByText('文件中有 3 行有错误，不能选择此项。请修改文件后重新检查。')).toBeTruthy();
    // GD-4 and GD-5 are still open: they come in late by their own receipt, and the page says so first.
    expect(screen.getByRole('note', { name: '其中 2 宗投诉尚未结案' }).textContent).toContain('从原受理时间起计算各项时限');

    fireEvent.click(screen.getByRole('button', { name: '下载错误报告' }));
    await waitFor(() => expect(rendered.platform.saveFile).toHaveBeenCalledTimes(1));
    const request = vi.mocked(rendered.platform.saveFile).mock.calls[0]![0];
    expect(request.suggestedName).toBe('导入错误报告-2025台账.csv');
    expect(new TextDecoder().decode(request.data).split('\r\n')).toEqual([
      '行号,列,内容,原因',
      '3,渠道,传真,无法识别“传真”。可填写：电话、邮件、在线客服、应用/小程序、社交媒体、信函、现场、12315转办或其他；也可以在上一步“对应取值”中把它对应到系统的取值。',
      '4,投诉时间,上周三,无法识别的日期，请写成 2026-11-23 10:05、2026/11/23 或 2026年11月23日 这样的形式。',
      '6,单号,GD-1,原系统编号重复：系统中或文件前面的行已有此编号。',
      '',
    ]);

    fireEvent.click(screen.getByRole('button', { name: '开始导入' }));
    expect((await screen.findByText('导入完成：导入 3 宗投诉，跳过 3 行。')).getAttribute('role')).toBe('status');
    expect(screen.getByRole('link', { name: '到跟踪表查看' }).getAttribute('href')).toBe('#/tracking');
    const cases = await rendered.host.db.cases.orderBy('externalId').toArray();
    expect(cases.map((c) => [c.externalId, c.customerName, c.status])).toEqual([
      ['GD-1', '李四', 'closed'],
      ['GD-4', '孙七', 'registered'],
      ['GD-5', '吴九', 'registered'],
    ]);
    // 导入记录 lists it, with how it ended.
    const history = await screen.findByRole('table', { name: '导入记录' });
    await waitFor(() => expect(historyRows(history)).toEqual([[expect.any(String), '2025台账.csv', '主管老陈', '已完成', '6 / 6', '3', '3', expect.any(String)]]));
  });

  it('lists an import that did not finish, with its file, until it is given up', async () => {
    const now = Date.now();
    const rendered = await asSupervisor(CSV, (r) => r.host.db.imports.add({
      id: 'job-1',
      fileName: '2024台账.xlsx',
      fileHash: 'f'.repeat(64),
      sheet: 0,
      startedAt: now - 60_000,
      updatedAt: now - 30_000,
      finishedAt: null,
      status: 'interrupted',
      mode: 'valid',
      mapping: {},
      totalRows: 20_000,
      validRows: 19_000,
      chunkSize: 5_000,
      chunkCount: 4,
      chunksDone: 2,
      rowsImported: 7_500,
      rowsSkipped: 2_500,
      actor: { id: 'u-1', name: '主管老陈', role: 'supervisor' },
      error: null,
    }));
    const region = await screen.findByRole('region', { name: '未完成的导入' }, { timeout: 10_000 });
    expect(region.textContent).toContain('2024台账.xlsx');
    expect(region.textContent).toContain('已处理 10,000 / 20,000 行（导入 7,500 宗投诉）');
    fireEvent.click(within(region).getByRole('button', { name: '放弃导入 2024台账.xlsx' }));
    await waitFor(() => expect(screen.queryByRole('region', { name: '未完成的导入' })).toBeNull());
    expect((await rendered.host.db.imports.get('job-1'))?.status).toBe('cancelled');
    // Given up, it stays in 导入记录 as interrupted (ended when it stopped), who gave it up, and the way to continue it.
    const history = screen.getByRole('table', { name: '导入记录' });
    await waitFor(() => expect(historyRows(history)[0]?.[3]).toMatch(/^已中断，已放弃主管老陈 于 .+ 放弃仍可用同一文件继续$/));
    expect(historyRows(history)[0]?.slice(1, 3)).toEqual(['2024台账.xlsx', '主管老陈']);
    expect(historyRows(history)[0]?.slice(4, 7)).toEqual(['10,000 / 20,000', '7,500', '2,500']);
    expect((await rendered.host.db.imports.get('job-1'))?.finishedAt).toBe(now - 30_000);
  });

  it('shows an import running since the page was left, and follows its progress with 取消 on 查看进度', async () => {
    let release = () => undefined as void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const rendered = await asSupervisor(CSV, async (r) => {
      // Six rows, two a chunk; the second chunk waits: the import is under way as the page opens.
      configureImports(r.host.db, { chunkSize: 2, faults: { beforeChunk: (chunk) => (chunk === 1 ? held : undefined) } });
      const rows = [1, 2, 3, 4, 5, 6].map((n) => `OLD-${n},2026-10-0${n} 09:30,电话,客户${n},13812345678,快递延误第${n}宗`);
      const file = await r.store.send('imports.analyze', { fileName: '2025台账.csv', data: new TextEncoder().encode(['单号,投诉时间,渠道,客户姓名,联系电话,投诉内容', ...rows].join('\r\n')) });
      await r.store.send('imports.start', { fileId: file.fileId, mapping: file.mapping, mode: 'valid' });
      await waitFor(async () => expect((await r.host.db.imports.toArray())[0]?.chunksDone).toBe(1));
    });
    const region = await screen.findByRole('region', { name: '正在进行的导入' }, { timeout: 10_000 });
    expect(region.textContent).toContain('已处理 2 / 6 行（已导入 2 宗投诉）');
    expect(screen.queryByRole('region', { name: '未完成的导入' })).toBeNull();
    fireEvent.click(within(region).getByRole('button', { name: '查看 2025台账.csv 的导入进度' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('正在导入：已处理 2 / 6 行，已导入 2 宗'), { timeout: 5000 });
    fireEvent.click(screen.getByRole('button', { name: '取消导入' }));
    release();
    await waitFor(async () => expect((await rendered.host.db.imports.toArray())[0]?.status).toBe('cancelled'));
    // Cancelled while running, it is no unfinished import to give up, yet 导入记录 shows it was not imported whole.
    const history = screen.getByRole('table', { name: '导入记录' });
    await waitFor(() => expect(historyRows(history)[0]?.slice(3, 7)).toEqual(['已取消未导入完，选择同一文件可继续', '2 / 6', '2', '0']));
    expect(screen.queryByRole('region', { name: '未完成的导入' })).toBeNull();
  });

  it('names the encodings the reader takes, reads a UTF-16 text file, and reports a department the desk does not have', async () => {
    const rendered = await asSupervisor('');
    const hint = await screen.findByText(/不超过 200 MB/);
    // What decodeText reads: UTF-8, UTF-16 (Excel's "Unicode text") and GBK/GB18030; comma, semicolon or tab.
    expect(hint.textContent).toContain('UTF-8、UTF-16 或 GBK/GB18030');
    expect(hint.textContent).toContain('逗号、分号或制表符分隔');
    const text = ['工单编号\t来电时间\t来电人\t反映问题\t承办部门', 'GD-1\t2026-10-08 09:30\t李四\t空调漏水\t客服一部', 'GD-2\t2026-10-09 09:30\t王五\t快递丢件\t'].join('\r\n');
    rendered.platform.openFile = vi.fn(async () => ({ status: 'opened' as const, name: '台账.txt', data: new Uint8Array(encodeUtf16(text, true, true)) }));
    fireEvent.click(screen.getByRole('button', { name: '选择 CSV 或 Excel 文件' }));
    expect((await screen.findByTestId('import-file')).textContent).toBe('台账.txt：2 行数据，5 列');
    fireEvent.click(screen.getByRole('button', { name: '下一步：对应列' }));
    fireEvent.click(await screen.findByRole('button', { name: '下一步：对应取值' }));
    // Left unmatched, the department is reported by the check.
    expect(await screen.findByRole('table', { name: '责任部门' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '下一步：检查' }));
    const errors = await screen.findByRole('table', { name: '错误明细' });
    const lines = within(errors)
      .getAllByRole('row')
      .slice(1)
      .map((row) => within(row).getAllByRole('cell').map((cell) => cell.textContent));
    expect(lines).toEqual([['2', '承办部门', '客服一部', '不是已设置的部门。可以在上一步“对应取值”中把它对应到已有的部门，或先在设置 → 分类与部门中添加这个部门；也可以留空。']]);
  });

  it('keeps the mapping on its selects when the check finds a problem with it', async () => {
    await asSupervisor(CSV);
    fireEvent.click(await screen.findByRole('button', { name: '选择 CSV 或 Excel 文件' }));
    await screen.findByTestId('import-file');
    fireEvent.click(screen.getByRole('button', { name: '下一步：对应列' }));
    // Feed 客户姓名 from the column 投诉内容 already feeds.
    const select = screen.getByRole('combobox', { name: '客户姓名' });
    fireEvent.click(select);
    await waitFor(() => expect(select.getAttribute('aria-controls')).toBeTruthy());
    const listbox = document.getElementById(select.getAttribute('aria-controls')!)!;
    fireEvent.click(within(listbox).getByRole('option', { name: '投诉内容', hidden: true }));
    fireEvent.click(screen.getByRole('button', { name: '下一步：对应取值' }));
    expect(await screen.findByText('这一列已用于“客户姓名”。')).toBeTruthy();
    expect((screen.getByRole('combobox', { name: '客户姓名' }) as HTMLInputElement).value).toBe('投诉内容');
  });

  it('tells apart two columns of the same name by their number', async () => {
    await asSupervisor('投诉时间,客户姓名,电话,电话,投诉内容\n2025-03-01 10:00,张三,13800000001,13900000002,快递没到\n');
    fireEvent.click(await screen.findByRole('button', { name: '选择 CSV 或 Excel 文件' }));
    await screen.findByTestId('import-file');
    fireEvent.click(screen.getByRole('button', { name: '下一步：对应列' }));
    const select = screen.getByRole('combobox', { name: '联系电话' });
    expect((select as HTMLInputElement).value).toBe('电话（第 3 列）');
    fireEvent.click(select);
    await waitFor(() => expect(select.getAttribute('aria-controls')).toBeTruthy());
    const listbox = document.getElementById(select.getAttribute('aria-controls')!)!;
    expect(within(listbox).getAllByRole('option', { hidden: true }).map((o) => o.textContent)).toEqual(
      expect.arrayContaining(['电话（第 3 列）', '电话（第 4 列）', '投诉内容']),
    );
  });

  it('says which filled columns no field takes, so their content is not left out unknowingly', async () => {
    // 序号 is filled in every row, 经办人 only in the 12th (beyond the sample), 空列 in none; 处理进展 maps to 处理过程.
    const rows = Array.from({ length: 12 }, (_, i) => `${i + 1},2025-03-01 10:00,张三${i},快递没到,第${i + 1}次联系,${i === 11 ? '老王' : ''},`);
    await asSupervisor(['序号,投诉时间,客户姓名,投诉内容,处理进展,经办人,空列', ...rows].join('\n'));
    fireEvent.click(await screen.findByRole('button', { name: '选择 CSV 或 Excel 文件' }));
    await screen.findByTestId('import-file');
    fireEvent.click(screen.getByRole('button', { name: '下一步：对应列' }));
    expect((screen.getByRole('combobox', { name: '处理过程' }) as HTMLInputElement).value).toBe('处理进展');
    const notice = await screen.findByRole('status', { name: '有 2 列不会导入' });
    expect(notice.textContent).toContain('其内容不会导入：序号、经办人。');
  });

  it('matches the values the desk does not read: a guess pre-filled and marked, a value chosen by hand, the rest left to the check', async () => {
    const ledger = [
      '单号,投诉时间,渠道,客户姓名,投诉内容,投诉类别,客户诉求',
      'GD-1,2026-10-08 09:30,电话,李四,快递三天未到,快递问题,退款、快递赔付',
      'GD-2,2026-10-09 10:00,传真,王五,包裹破损,快递问题,快递赔付',
      'GD-3,2026-10-10 11:00,传真,赵六,发票开错,价格欺诈,',
      'GD-4,2026-10-11 12:00,电话,钱七,到货太慢,物流慢,',
    ].join('\r\n');
    const rendered = await asSupervisor(ledger);
    fireEvent.click(await screen.findByRole('button', { name: '选择 CSV 或 Excel 文件' }));
    await screen.findByTestId('import-file');
    fireEvent.click(screen.getByRole('button', { name: '下一步：对应列' }));
    fireEvent.click(screen.getByRole('button', { name: '下一步：对应取值' }));

    const categories = await screen.findByRole('table', { name: '投诉类别' });
    const rows = within(categories).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getAllByRole('cell').slice(0, 3).map((c) => c.textContent))).toEqual([
      ['快递问题', '2', '第 2 行'],
      ['价格欺诈', '1', '第 4 行'],
      ['物流慢', '1', '第 5 行'],
    ]);
    // 快递 is a synonym of 物流配送: offered, and marked as a guess until the user confirms or changes it.
    expect((within(rows[0]!).getByRole('combobox', { name: '“快递问题”对应为' }) as HTMLInputElement).value).toBe('物流配送');
    expect(within(rows[0]!).getByText('建议')).toBeTruthy();
    expect(screen.getByText('已对应 2 / 3 个')).toBeTruthy();
    // A demand is matched part by part.
    const demands = screen.getByRole('table', { name: '客户诉求' });
    expect(within(demands).getAllByRole('row').slice(1).map((row) => within(row).getAllByRole('cell')[0]!.textContent)).toEqual(['快递赔付']);

    // 传真 by hand: a letter.
    const fax = screen.getByRole('combobox', { name: '“传真”对应为' });
    fireEvent.click(fax);
    await waitFor(() => expect(fax.getAttribute('aria-controls')).toBeTruthy());
    fireEvent.click(within(document.getElementById(fax.getAttribute('aria-controls')!)!).getByRole('option', { name: '信函', hidden: true }));
    expect((fax as HTMLInputElement).value).toBe('信函');
    const compensation = within(demands).getByRole('combobox', { name: '“快递赔付”对应为' });
    fireEvent.click(compensation);
    await waitFor(() => expect(compensation.getAttribute('aria-controls')).toBeTruthy());
    fireEvent.click(within(document.getElementById(compensation.getAttribute('aria-controls')!)!).getByRole('option', { name: '赔偿', hidden: true }));

    // Choosing the guess again confirms it: it is no longer marked.
    const parcel = within(rows[0]!).getByRole('combobox', { name: '“快递问题”对应为' });
    fireEvent.click(parcel);
    await waitFor(() => expect(parcel.getAttribute('aria-controls')).toBeTruthy());
    fireEvent.click(within(document.getElementById(parcel.getAttribute('aria-controls')!)!).getByRole('option', { name: '物流配送', hidden: true }));
    await waitFor(() => expect(within(rows[0]!).queryByText('建议')).toBeNull());
    expect((parcel as HTMLInputElement).value).toBe('物流配送');

    fireEvent.click(screen.getByRole('button', { name: '下一步：检查' }));
    const errors = await screen.findByRole('table', { name: '错误明细' });
    expect(within(errors).getAllByRole('row').slice(1).map((row) => within(row).getAllByRole('cell').slice(0, 3).map((c) => c.textContent))).toEqual([
      ['4', '投诉类别', '价格欺诈'],
    ]);
    fireEvent.click(screen.getByRole('button', { name: '开始导入' }));
    await screen.findByText('导入完成：导入 3 宗投诉，跳过 1 行。');
    const cases = await rendered.host.db.cases.orderBy('externalId').toArray();
    // A matched demand keeps the file's words as the note.
    expect(cases.map((c) => [c.externalId, c.channel, c.category, c.demands, c.demandNote])).toEqual([
      ['GD-1', 'phone', 'logistics', ['refund', 'compensation'], '快递赔付'],
      ['GD-2', 'letter', 'logistics', ['compensation'], '快递赔付'],
      ['GD-4', 'phone', 'logistics', [], ''],
    ]);
    // The audit records how each match was made: 物流慢's guess was left as it was.
    const [started] = (await rendered.host.db.audit.toArray()).filter((e) => e.command === 'imports.start');
    expect(started!.changes.valueMatches!.after).toEqual([
      { field: 'channel', value: '传真', target: 'letter', origin: 'user' },
      { field: 'category', value: '快递问题', target: 'logistics', origin: 'user' },
      { field: 'category', value: '物流慢', target: 'logistics', origin: 'similar' },
    ]);
    expect(started!.changes.valueCounts!.after).toEqual({ channel: 1, demand: 1, category: 2 });
  });

  it('brings the store host’s refusal of a match back to its select, and clears only the problem of the value the user changes', async () => {
    const admin: Session = { actor: null, token: null };
    const departments = async (rendered: Rendered, list: string[]) => {
      await rendered.host.dispatcher.dispatch('auth.signIn', { username: ADMIN.username, password: ADMIN.password }, admin);
      const saved = await rendered.host.dispatcher.dispatch('settings.update', { key: 'departments', value: list }, admin);
      if (!saved.ok) throw new Error(JSON.stringify(saved.error));
    };
    const ledger = ['投诉时间,客户姓名,投诉内容,责任部门', '2026-10-08 09:30,李四,快递三天未到,客服一部', '2026-10-09 10:00,王五,包裹破损,客服二部'].join('\r\n');
    const rendered = await asSupervisor(ledger, (r) => departments(r, [...DEFAULT_DEPARTMENTS, '临时专班']));
    fireEvent.click(await screen.findByRole('button', { name: '选择 CSV 或 Excel 文件' }));
    await screen.findByTestId('import-file');
    fireEvent.click(screen.getByRole('button', { name: '下一步：对应列' }));
    fireEvent.click(screen.getByRole('button', { name: '下一步：对应取值' }));
    await screen.findByRole('table', { name: '责任部门' });
    for (const value of ['客服一部', '客服二部']) await pick(`“${value}”对应为`, '临时专班');

    // The department is removed in another window before the check.
    await departments(rendered, DEFAULT_DEPARTMENTS);
    fireEvent.click(screen.getByRole('button', { name: '下一步：检查' }));
    expect(await screen.findByText('“客服一部”对应的“临时专班”不是这一项的取值，请重新选择。')).toBeTruthy();
    expect(screen.getByText('“客服二部”对应的“临时专班”不是这一项的取值，请重新选择。')).toBeTruthy();
    await pick('“客服一部”对应为', '客服中心');
    await waitFor(() => expect(screen.queryByText('“客服一部”对应的“临时专班”不是这一项的取值，请重新选择。')).toBeNull());
    expect(screen.getByText('“客服二部”对应的“临时专班”不是这一项的取值，请重新选择。')).toBeTruthy();
  });

  it('brings a refusal at 开始导入 back to the values step too, with the departments as they are now', async () => {
    const admin: Session = { actor: null, token: null };
    const departments = async (rendered: Rendered, list: string[]) => {
      await rendered.host.dispatcher.dispatch('auth.signIn', { username: ADMIN.username, password: ADMIN.password }, admin);
      const saved = await rendered.host.dispatcher.dispatch('settings.update', { key: 'departments', value: list }, admin);
      if (!saved.ok) throw new Error(JSON.stringify(saved.error));
    };
    const ledger = ['投诉时间,客户姓名,投诉内容,责任部门', '2026-10-08 09:30,李四,快递三天未到,客服一部'].join('\r\n');
    const rendered = await asSupervisor(ledger, (r) => departments(r, [...DEFAULT_DEPARTMENTS, '临时专班']));
    fireEvent.click(await screen.findByRole('button', { name: '选择 CSV 或 Excel 文件' }));
    await screen.findByTestId('import-file');
    fireEvent.click(screen.getByRole('button', { name: '下一步：对应列' }));
    fireEvent.click(screen.getByRole('button', { name: '下一步：对应取值' }));
    await screen.findByRole('table', { name: '责任部门' });
    await pick('“客服一部”对应为', '临时专班');
    fireEvent.click(screen.getByRole('button', { name: '下一步：检查' }));
    await screen.findByRole('button', { name: '开始导入' });

    // Removed in another window between the check and the start.
    await departments(rendered, DEFAULT_DEPARTMENTS);
    fireEvent.click(screen.getByRole('button', { name: '开始导入' }));
    expect(await screen.findByText('“客服一部”对应的“临时专班”不是这一项的取值，请重新选择。')).toBeTruthy();
    expect(screen.queryByText('填写的内容有误，请按提示修改。')).toBeNull();
    // The select offers the departments as they are now.
    const select = screen.getByRole('combobox', { name: '“客服一部”对应为' });
    fireEvent.click(select);
    await waitFor(() => expect(select.getAttribute('aria-controls')).toBeTruthy());
    const options = within(document.getElementById(select.getAttribute('aria-controls')!)!).getAllByRole('option', { hidden: true });
    expect(options.map((o) => o.textContent)).toContain('客服中心');
    expect(options.map((o) => o.textContent)).not.toContain('临时专班');
    expect(await rendered.host.db.imports.count()).toBe(0);
  });
});

describe('有错误则全部不导入 at the start', { timeout: 60_000 }, () => {
  it('lists the row that became a duplicate since the check, beside the refusal, and imports nothing', async () => {
    const ledger = ['单号,投诉时间,客户姓名,投诉内容', 'GD-1,2026-10-08 09:30,李四,快递三天未到', 'GD-2,2026-10-09 10:00,王五,屏幕碎了'].join('\r\n');
    const rendered = await asSupervisor(ledger);
    fireEvent.click(await screen.findByRole('button', { name: '选择 CSV 或 Excel 文件' }));
    await screen.findByTestId('import-file');
    fireEvent.click(screen.getByRole('button', { name: '下一步：对应列' }));
    fireEvent.click(screen.getByRole('button', { name: '下一步：对应取值' }));
    fireEvent.click(await screen.findByRole('button', { name: '下一步：检查' }));
    const all = await screen.findByRole('radio', { name: '有错误则全部不导入' });
    expect(all).toHaveProperty('disabled', false);
    fireEvent.click(all);
    expect(screen.queryByRole('table', { name: '错误明细' })).toBeNull();

    // Another window imports GD-2 meanwhile.
    const other = await rendered.store.send('imports.analyze', { fileName: '补录.csv', data: new TextEncoder().encode(['单号,投诉时间,客户姓名,投诉内容', 'GD-2,2026-10-09 10:00,王五,屏幕碎了'].join('\r\n')) });
    const { jobId } = await rendered.store.send('imports.start', { fileId: other.fileId, mapping: other.mapping, values: {}, origins: {}, mode: 'valid' });
    await waitFor(async () => expect((await rendered.store.send('imports.progress', { jobId })).status).toBe('done'));

    fireEvent.click(screen.getByRole('button', { name: '开始导入' }));
    expect(await screen.findByText('文件中有 1 行有错误。按“有错误则全部不导入”，没有导入任何内容。')).toBeTruthy();
    const errors = await screen.findByRole('table', { name: '错误明细' });
    expect(within(errors).getAllByRole('row').slice(1).map((row) => within(row).getAllByRole('cell')[0]!.textContent)).toEqual(['3']);
    expect(screen.getByRole('radio', { name: '有错误则全部不导入' })).toHaveProperty('disabled', true);
    expect(await rendered.host.db.cases.count()).toBe(1);
  });
});

async function pick(name: string, option: string) {
  const select = screen.getByRole('combobox', { name });
  fireEvent.click(select);
  await waitFor(() => expect(select.getAttribute('aria-controls')).toBeTruthy());
  fireEvent.click(within(document.getElementById(select.getAttribute('aria-controls')!)!).getByRole('option', { name: option, hidden: true }));
}
