import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { DeskErrorData } from '../../../../../../src-renderer/domain/common/errors';
import type { StoreClient } from '../../../../../../src-renderer/ui/data/store-client';
import { StoreError } from '../../../../../../src-renderer/ui/data/store-client';
import { teardown, type Rendered } from '../../render';
import { asSupervisor } from './kit';

afterEach(teardown);

/** 传真 is no channel the desk reads (nothing guessed); 快递问题 is guessed 物流配送 (建议). */
const LEDGER = [
  '单号,投诉时间,渠道,客户姓名,投诉内容,投诉类别',
  'GD-1,2026-10-08 09:30,电话,李四,快递三天未到,快递问题',
  'GD-2,2026-10-09 10:00,传真,王五,包裹破损,快递问题',
].join('\r\n');

/** The refusal the store host gives a value map as a whole: on `values`, not on one item or one value. */
const PLAIN: DeskErrorData = { code: 'validation.failed', fields: [{ field: 'values', code: 'validation.invalid' }] };

/**
 * The UI signed in as a supervisor on the import page, the file dialog answering with the ledger.
 * `refuse` names the store calls whose value map gets an item the store host does not take (as a
 * window of another version might send): the real store host then refuses the map as a whole.
 * `refusals` collects what it answered.
 */
async function wizard(): Promise<{ rendered: Rendered; refuse: Set<string>; refusals: DeskErrorData[] }> {
  const refuse = new Set<string>();
  const refusals: DeskErrorData[] = [];
  const rendered = await asSupervisor(LEDGER, async ({ store }) => {
    const send = store.send.bind(store);
    store.send = (async (name: string, args: Record<string, unknown>) => {
      const sent = refuse.has(name) ? { ...args, values: { ...(args.values as object), priority: { 紧急: 'major' } } } : args;
      try {
        return await send(name as never, sent as never);
      } catch (error) {
        if (refuse.has(name) && error instanceof StoreError) refusals.push(error.data);
        throw error;
      }
    }) as StoreClient['send'];
  });
  return { rendered, refuse, refusals };
}

async function pick(name: string, option: string) {
  const select = screen.getByRole('combobox', { name });
  fireEvent.click(select);
  await waitFor(() => expect(select.getAttribute('aria-controls')).toBeTruthy());
  fireEvent.click(within(document.getElementById(select.getAttribute('aria-controls')!)!).getByRole('option', { name: option, hidden: true }));
}

const valueOf = (name: string) => (screen.getByRole('combobox', { name }) as HTMLInputElement).value;

/** File → columns → values; 传真 matched by hand to 信函, 快递问题's guess left as it is. */
async function mapValues(): Promise<void> {
  fireEvent.click(await screen.findByRole('button', { name: '选择 CSV 或 Excel 文件' }));
  await screen.findByTestId('import-file');
  fireEvent.click(screen.getByRole('button', { name: '下一步：对应列' }));
  fireEvent.click(screen.getByRole('button', { name: '下一步：对应取值' }));
  await screen.findByRole('table', { name: '投诉渠道' });
  await pick('“传真”对应为', '信函');
  expect(valueOf('“传真”对应为')).toBe('信函');
  expect(valueOf('“快递问题”对应为')).toBe('物流配送');
  expect(within(screen.getByRole('table', { name: '投诉类别' })).getByText('建议')).toBeTruthy();
}

/** On 对应取值, the matches as the user left them, the refusal in Chinese above the buttons (not as a failure of the step). */
async function backOnValuesStep(): Promise<void> {
  await waitFor(() => expect(screen.queryByRole('button', { name: '开始导入' })).toBeNull());
  expect(screen.getByRole('button', { name: '下一步：检查' })).toBeTruthy();
  const [alert, ...others] = screen.getAllByRole('alert');
  expect(others).toEqual([]);
  expect(within(alert!).getByText('填写的内容有误，请按提示修改。')).toBeTruthy();
  expect(within(alert!).getAllByRole('listitem').map((item) => item.textContent)).toEqual(['格式不正确。']);
  expect(valueOf('“传真”对应为')).toBe('信函');
  expect(valueOf('“快递问题”对应为')).toBe('物流配送');
  // Still a guess the user left as it was, so the audit will say 建议.
  expect(within(screen.getByRole('table', { name: '投诉类别' })).getByText('建议')).toBeTruthy();
}

/** With the map sent as the UI builds it, check and import: the matches made before the refusal are those used. */
async function importWithMatches(rendered: Rendered): Promise<void> {
  fireEvent.click(screen.getByRole('button', { name: '下一步：检查' }));
  fireEvent.click(await screen.findByRole('button', { name: '开始导入' }));
  await screen.findByText('导入完成：导入 2 宗投诉，跳过 0 行。');
  const cases = await rendered.host.db.cases.orderBy('externalId').toArray();
  expect(cases.map((c) => [c.externalId, c.channel, c.category])).toEqual([
    ['GD-1', 'phone', 'logistics'],
    ['GD-2', 'letter', 'logistics'],
  ]);
  const [started] = (await rendered.host.db.audit.toArray()).filter((e) => e.command === 'imports.start');
  expect(started!.changes.valueMatches!.after).toEqual([
    { field: 'channel', value: '传真', target: 'letter', origin: 'user' },
    { field: 'category', value: '快递问题', target: 'logistics', origin: 'similar' },
  ]);
}

describe('import wizard: a refusal of the value map as a whole', { timeout: 60_000 }, () => {
  it('at 开始导入 brings the user back to 对应取值 with the refusal in Chinese, every match kept, and nothing imported', async () => {
    const { rendered, refuse, refusals } = await wizard();
    await mapValues();
    fireEvent.click(screen.getByRole('button', { name: '下一步：检查' }));
    await screen.findByRole('button', { name: '开始导入' });

    refuse.add('imports.start');
    fireEvent.click(screen.getByRole('button', { name: '开始导入' }));
    await waitFor(() => expect(refusals).toEqual([PLAIN]));
    await backOnValuesStep();
    expect(await rendered.host.db.imports.count()).toBe(0);
    expect(await rendered.host.db.cases.count()).toBe(0);

    refuse.clear();
    await importWithMatches(rendered);
  });

  it('at 重新检查 brings the user back to 对应取值 the same way', async () => {
    const { rendered, refuse, refusals } = await wizard();
    await mapValues();
    fireEvent.click(screen.getByRole('button', { name: '下一步：检查' }));
    await screen.findByRole('button', { name: '开始导入' });

    refuse.add('imports.check');
    fireEvent.click(screen.getByRole('button', { name: '重新检查' }));
    await waitFor(() => expect(refusals).toEqual([PLAIN]));
    await backOnValuesStep();

    refuse.clear();
    await importWithMatches(rendered);
  });
});
