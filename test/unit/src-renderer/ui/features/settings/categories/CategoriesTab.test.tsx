import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_DEPARTMENTS } from '../../../../../../../src-renderer/domain/settings/settings';
import { CategoriesTab } from '../../../../../../../src-renderer/ui/features/settings/categories/CategoriesTab';
import { ADMIN, teardown, type Rendered } from '../../../render';
import { renderSignedInAs } from '../../auth/signInAs';

afterEach(teardown);

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

    fireEvent.click(within(await categoriesForm()).getByRole('button', { name: '保存' }));
    await waitFor(async () => expect(await rendered.host.db.audit.where('subject').equals('settings').count()).toBe(3));
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
});
