import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { notifications } from '@mantine/notifications';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_DEPARTMENTS } from '../../../../../../../src-renderer/domain/settings/settings';
import { CategoriesTab } from '../../../../../../../src-renderer/ui/features/settings/categories/CategoriesTab';
import type { CaseRecord } from '../../../../../../../src-renderer/domain/cases/case';
import { ADMIN, registerCase, teardown, type Rendered } from '../../../render';
import { renderSignedInAs } from '../../auth/signInAs';

afterEach(() => {
  // A toast of one test must not be read by the next.
  act(() => notifications.clean());
  return teardown();
});

const departmentsForm = () => screen.findByRole('form', { name: '部门' });
const categoriesForm = () => screen.findByRole('form', { name: '投诉类别' });
const billingDepartment = async () => within(await categoriesForm()).getByLabelText('收费问题 · 默认责任部门') as HTMLInputElement;
const stored = async (rendered: Rendered, key: string) => (await rendered.host.db.settings.get(key))?.value;

describe('分类与部门', { timeout: 60_000 }, () => {
  it('renames a department in place in the categories’ defaults too, so the categories save unchanged', async () => {
    const rendered = await renderSignedInAs(<CategoriesTab />, ADMIN);
    const departments = await departmentsForm();
    const finance = within(departments).getByRole('textbox', { name: `部门名称 ${DEFAULT_DEPARTMENTS.indexOf('财务部') + 1}` });
    fireEvent.change(finance, { target: { value: '财务结算部' } });
    fireEvent.click(within(departments).getByRole('button', { name: '保存' }));
    await screen.findByText('设置已保存');
    await waitFor(async () => expect((await billingDepartment()).value).toBe('财务结算部'));
    expect((await categoriesForm()).textContent).not.toContain('不在部门列表中');

    // The toast of the departments' save must not be read as the categories'.
    act(() => notifications.clean());
    await waitFor(() => expect(screen.queryByText('设置已保存')).toBeNull());
    fireEvent.click(within(await categoriesForm()).getByRole('button', { name: '保存' }));
    await screen.findByText('设置已保存');
    // Accepted as they are; a save that changes nothing writes nothing.
    expect(await rendered.host.db.audit.where('subject').equals('settings').count()).toBe(2);
    expect(within(await categoriesForm()).queryByText('填写的内容有误，请按提示修改。')).toBeNull();
    expect(await stored(rendered, 'departments')).toContain('财务结算部');
    expect((await stored(rendered, 'categories')) as { billing: { department: string } }).toMatchObject({ billing: { department: '财务结算部' } });
  });

  it('keeps unsaved edits of the categories when a department is renamed above, and renames their default too', async () => {
    await renderSignedInAs(<CategoriesTab />, ADMIN);
    // An edit below, not saved: 物流配送 proposed to 客服中心.
    const logistics = within(await categoriesForm()).getByRole('combobox', { name: '物流配送 · 默认责任部门' }) as HTMLInputElement;
    fireEvent.click(logistics);
    await waitFor(() => expect(logistics.getAttribute('aria-controls')).toBeTruthy());
    const list = document.getElementById(logistics.getAttribute('aria-controls')!)!;
    fireEvent.click(await within(list).findByRole('option', { name: '客服中心', hidden: true }));
    await waitFor(() => expect(logistics.value).toBe('客服中心'));

    const departments = await departmentsForm();
    const finance = within(departments).getByRole('textbox', { name: `部门名称 ${DEFAULT_DEPARTMENTS.indexOf('财务部') + 1}` });
    fireEvent.change(finance, { target: { value: '财务结算部' } });
    fireEvent.click(within(departments).getByRole('button', { name: '保存' }));
    await screen.findByText('设置已保存');
    await waitFor(async () => expect((await billingDepartment()).value).toBe('财务结算部'));
    // The edit below is still there, not yet saved.
    expect(logistics.value).toBe('客服中心');
    expect(within(await categoriesForm()).getByRole('button', { name: '撤销修改' })).toBeTruthy();
  });

  it('refuses to remove a department a category still proposes, naming the category, and saves nothing', async () => {
    const rendered = await renderSignedInAs(<CategoriesTab />, ADMIN);
    const departments = await departmentsForm();
    fireEvent.click(within(departments).getByRole('button', { name: '删除 财务部' }));
    fireEvent.click(within(departments).getByRole('button', { name: '保存' }));
    expect(
      await within(departments).findByText('“财务部”仍是以下投诉类别的默认责任部门：收费问题。请先在下方“投诉类别”中为其改选其他部门并保存，再删除此部门。'),
    ).toBeTruthy();
    expect(await stored(rendered, 'departments')).toBeUndefined();
  });

  it('refuses to remove a department open cases still name: its row comes back saying why, the other edits stay, and it can be renamed there', async () => {
    let graded: CaseRecord | undefined;
    const rendered = await renderSignedInAs(<CategoriesTab />, ADMIN, {
      seed: async (_host, asAgent) => {
        const { id: caseId } = await registerCase(asAgent);
        for (const [method, args] of [
          ['screening.accept', { caseId, note: '' }],
          ['verification.complete', { caseId, conclusion: '情况属实' }],
          ['grading.submit', { caseId, category: 'policy', severity: 'general', rationale: '涉及合同条款', department: '法务部' }],
        ] as const) {
          const result = await asAgent(method, args);
          if (!result.ok) throw new Error(JSON.stringify(result.error));
          graded = result.value as CaseRecord;
        }
      },
    });
    const departments = await departmentsForm();
    const legalRow = `部门名称 ${DEFAULT_DEPARTMENTS.indexOf('法务部') + 1}`;
    // A department added below, then 法务部 removed.
    fireEvent.click(within(departments).getByRole('button', { name: '添加部门' }));
    const added = within(departments).getByRole('textbox', { name: `部门名称 ${DEFAULT_DEPARTMENTS.length + 1}` });
    fireEvent.change(added, { target: { value: '投诉督办部' } });
    fireEvent.click(within(departments).getByRole('button', { name: '删除 法务部' }));
    expect((within(departments).getByRole('textbox', { name: legalRow }) as HTMLInputElement).value).toBe('运营部');
    const save = within(departments).getByRole('button', { name: '保存' });
    // Focused as a click would focus it, so focus can move to what was refused.
    save.focus();
    fireEvent.click(save);

    // Back in its own row, marked, with the refusal beside it.
    const message = `仍有 1 宗投诉单由“法务部”负责或协办（${graded!.no}），它们尚未办结、仍须答复 12315 或仍在质量复核期限内，不能删除。可在原行上改名（这些投诉单随之改名），或待它们了结后再删除。`;
    const error = await within(departments).findByText(message);
    const row = within(departments).getByRole('textbox', { name: legalRow }) as HTMLInputElement;
    expect(row.value).toBe('法务部');
    expect(row.getAttribute('aria-invalid')).toBe('true');
    expect(row.getAttribute('aria-describedby')).toContain(error.id);
    await waitFor(() => expect(document.activeElement).toBe(row));
    // The rest as typed; nothing saved.
    expect(within(departments).getAllByRole('textbox').map((input) => (input as HTMLInputElement).value)).toEqual([...DEFAULT_DEPARTMENTS, '投诉督办部']);
    expect(await stored(rendered, 'departments')).toBeUndefined();

    // Renamed in its row instead: saved, and the open case follows.
    fireEvent.change(row, { target: { value: '法务合规部' } });
    expect(within(departments).queryByText(message)).toBeNull();
    fireEvent.click(within(departments).getByRole('button', { name: '保存' }));
    await screen.findByText('设置已保存');
    expect(await stored(rendered, 'departments')).toEqual([...DEFAULT_DEPARTMENTS.map((name) => (name === '法务部' ? '法务合规部' : name)), '投诉督办部']);
    expect((await rendered.host.db.cases.get(graded!.id))?.grading?.department).toBe('法务合规部');
  });

  it('refuses to remove a department only an open 核实请求 still asks, saying so on its row', async () => {
    let asked: CaseRecord | undefined;
    const rendered = await renderSignedInAs(<CategoriesTab />, ADMIN, {
      seed: async (_host, asAgent) => {
        const { id: caseId } = await registerCase(asAgent);
        for (const [method, args] of [
          ['screening.accept', { caseId, note: '' }],
          ['verification.requestCheck', { caseId, department: '法务部', question: '合同条款是否支持退款？' }],
        ] as const) {
          const result = await asAgent(method, args);
          if (!result.ok) throw new Error(JSON.stringify(result.error));
          asked = result.value as CaseRecord;
        }
      },
    });
    const departments = await departmentsForm();
    fireEvent.click(within(departments).getByRole('button', { name: '删除 法务部' }));
    fireEvent.click(within(departments).getByRole('button', { name: '保存' }));
    const message = `仍有 1 宗投诉单的核实请求在等待“法务部”回复（${asked!.no}），不能删除。可在原行上改名（这些核实请求随之改名），或待它们回复或撤回后再删除。`;
    await within(departments).findByText(message);
    expect(departments.textContent).not.toContain('负责或协办');
    const row = within(departments).getByRole('textbox', { name: `部门名称 ${DEFAULT_DEPARTMENTS.indexOf('法务部') + 1}` }) as HTMLInputElement;
    expect(row.value).toBe('法务部');
    expect(row.getAttribute('aria-invalid')).toBe('true');
    expect(await stored(rendered, 'departments')).toBeUndefined();
    // The hint says so before anyone tries.
    expect(departments.textContent).toContain('仍有尚未回复的核实请求');
  });

  it('puts both refusals on the row of a department some cases are handled by and others only ask', async () => {
    const nos: string[] = [];
    await renderSignedInAs(<CategoriesTab />, ADMIN, {
      seed: async (_host, asAgent) => {
        const run = async (method: string, args: Record<string, unknown>) => {
          const result = await asAgent(method, args);
          if (!result.ok) throw new Error(JSON.stringify(result.error));
          return result.value as CaseRecord;
        };
        const graded = await registerCase(asAgent);
        await run('screening.accept', { caseId: graded.id, note: '' });
        await run('verification.complete', { caseId: graded.id, conclusion: '情况属实' });
        nos.push((await run('grading.submit', { caseId: graded.id, category: 'policy', severity: 'general', rationale: '涉及合同条款', department: '法务部' })).no);
        const asking = await registerCase(asAgent, { customerName: '李四', phone: '13900001111' });
        await run('screening.accept', { caseId: asking.id, note: '' });
        nos.push((await run('verification.requestCheck', { caseId: asking.id, department: '法务部', question: '合同条款是否支持退款？' })).no);
      },
    });
    const departments = await departmentsForm();
    fireEvent.click(within(departments).getByRole('button', { name: '删除 法务部' }));
    fireEvent.click(within(departments).getByRole('button', { name: '保存' }));
    const row = within(departments).getByRole('textbox', { name: `部门名称 ${DEFAULT_DEPARTMENTS.indexOf('法务部') + 1}` }) as HTMLInputElement;
    await waitFor(() => expect(row.value).toBe('法务部'));
    await waitFor(() => expect(row.getAttribute('aria-invalid')).toBe('true'));
    const error = document.getElementById(row.getAttribute('aria-describedby')!.split(' ').find((id) => document.getElementById(id)?.textContent?.includes('不能删除'))!)!;
    expect(error.textContent).toContain(`仍有 1 宗投诉单由“法务部”负责或协办（${nos[0]}）`);
    expect(error.textContent).toContain(`仍有 1 宗投诉单的核实请求在等待“法务部”回复（${nos[1]}）`);
    // Each once: neither again under the list.
    expect(departments.textContent!.split('负责或协办（')).toHaveLength(2);
    expect(departments.textContent!.split('核实请求在等待')).toHaveLength(2);
  });
});
