import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { strFromU8, unzipSync } from 'fflate';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { SaveFileRequest } from '../../../../../../src-renderer/platform/types';
import { renderWithStore, type Rendered } from '../../render';
import { caseRows, count, grid, HOUR, Page, registerCase, setUpTrackingTests } from './helpers';

setUpTrackingTests();

/** What the page hands to the platform's save dialog. */
function recordSaves(rendered: Rendered): SaveFileRequest[] {
  const saved: SaveFileRequest[] = [];
  rendered.platform.saveFile = async (request) => {
    saved.push(request);
    return { status: 'saved' };
  };
  return saved;
}

async function seed(_host: unknown, asAgent: Rendered['asAgent']): Promise<void> {
  await registerCase(asAgent, { customerName: '张三', receivedAt: Date.now() - 5 * HOUR, description: '快递配送太慢。' });
  await registerCase(asAgent, { customerName: '李四, "老客户"', receivedAt: Date.now() - 4 * HOUR, severity: 'general', phone: '13900001111' });
  await registerCase(asAgent, { customerName: '=王五', receivedAt: Date.now() - 3 * HOUR, severity: 'major' });
}

const HEADER = ['投诉单号', '受理时间', '客户', '联系电话', '类别', '严重程度', '状态', '催办', '责任部门', '负责人', '响应时限', '剩余时间', '满意度'];

describe('exporting the tracking table', { timeout: 60_000 }, () => {
  it('exports the current view to CSV with a BOM, the grid’s columns and words, in the grid’s order', async () => {
    const rendered = await renderWithStore(<Page />, { seed });
    const saves = recordSaves(rendered);
    await waitFor(() => expect(caseRows()).toHaveLength(3));
    const numbers = caseRows().map((row) => within(row).getByRole('link').textContent);
    fireEvent.click(screen.getByRole('button', { name: '导出' }));
    fireEvent.click(await screen.findByRole('menuitem', { name: '导出为 CSV' }));
    await waitFor(() => expect(saves).toHaveLength(1));
    const [save] = saves;
    expect(save!.suggestedName).toMatch(/^投诉跟踪表-\d{8}-\d{4}\.csv$/);
    const bytes = save!.data;
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const parsed = Papa.parse<string[]>(new TextDecoder().decode(bytes.slice(3)), { skipEmptyLines: true });
    expect(parsed.data[0]).toEqual(HEADER);
    expect(parsed.data.slice(1).map((row) => row[0])).toEqual(numbers);
    const [major, general, serious] = parsed.data.slice(1);
    // Formula-looking text is neutralised, quotes and commas survive.
    expect(major!.slice(2, 4)).toEqual(["'=王五", '13812345678']);
    expect(major![5]).toBe('重大');
    expect(major![11]).toMatch(/^已超时 1小时/);
    expect(general!.slice(2, 4)).toEqual(['李四, "老客户"', '13900001111']);
    expect(general![6]).toBe('待初审');
    // Never chased: an empty cell, as on screen.
    expect(general![7]).toBe('');
    expect(serious![1]).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
    expect(await screen.findByText('已导出 3 行')).toBeTruthy();
  });

  it('exports only the selected rows to XLSX', async () => {
    const rendered = await renderWithStore(<Page />, { seed });
    const saves = recordSaves(rendered);
    await waitFor(() => expect(count()).toBe('共 3 宗投诉'));
    await waitFor(() => expect(caseRows()).toHaveLength(3));
    const [first, , third] = caseRows();
    fireEvent.click(within(first!).getByRole('checkbox'));
    fireEvent.click(within(third!).getByRole('checkbox'));
    const bulk = await screen.findByRole('region', { name: '批量操作' });
    expect(within(bulk).getByText('已选 2 宗')).toBeTruthy();
    fireEvent.click(within(bulk).getByRole('button', { name: '导出所选' }));
    fireEvent.click(await screen.findByRole('menuitem', { name: '导出为 Excel（XLSX）' }));
    await waitFor(() => expect(saves).toHaveLength(1));
    expect(saves[0]!.suggestedName).toMatch(/\.xlsx$/);
    const sheet = strFromU8(unzipSync(saves[0]!.data)['xl/worksheets/sheet1.xml']!);
    const rows = [...sheet.matchAll(/<row r="(\d+)">/g)];
    expect(rows).toHaveLength(3);
    const texts = [...sheet.matchAll(/<t[^>]*>([^<]*)<\/t>/g)].map((m) => m[1]);
    expect(texts.slice(0, HEADER.length)).toEqual(HEADER);
    expect(texts).toContain(within(first!).getByRole('link').textContent);
    expect(texts).toContain(within(third!).getByRole('link').textContent);
    expect(texts).not.toContain(within(caseRows()[1]!).getByRole('link').textContent);
    // Select-all of the header selects every loaded row; a second click clears.
    fireEvent.click(within(grid()).getByRole('checkbox', { name: '选择已加载的全部行' }));
    expect(await within(bulk).findByText('已选 3 宗')).toBeTruthy();
  });

  it('exports the selected rows in the table’s order, not in the order they were ticked', async () => {
    const rendered = await renderWithStore(<Page />, { seed });
    const saves = recordSaves(rendered);
    await waitFor(() => expect(caseRows()).toHaveLength(3));
    const numbers = caseRows().map((row) => within(row).getByRole('link').textContent);
    // Bottom-up, then the top one.
    for (const at of [2, 1, 0]) fireEvent.click(within(caseRows()[at]!).getByRole('checkbox'));
    const bulk = await screen.findByRole('region', { name: '批量操作' });
    expect(within(bulk).getByText('已选 3 宗')).toBeTruthy();
    fireEvent.click(within(bulk).getByRole('button', { name: '导出所选' }));
    fireEvent.click(await screen.findByRole('menuitem', { name: '导出为 CSV' }));
    await waitFor(() => expect(saves).toHaveLength(1));
    const parsed = Papa.parse<string[]>(new TextDecoder().decode(saves[0]!.data.slice(3)), { skipEmptyLines: true });
    expect(parsed.data.slice(1).map((row) => row[0])).toEqual(numbers);
  });
});
