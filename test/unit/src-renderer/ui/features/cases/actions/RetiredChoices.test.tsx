import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { CaseRecord } from '../../../../../../../src-renderer/domain/cases/case';
import { DEFAULT_DEPARTMENTS, DEFAULT_SETTINGS } from '../../../../../../../src-renderer/domain/settings/settings';
import type { Session } from '../../../../../../../src-renderer/store/rpc/define';
import { CasePage } from '../../../../../../../src-renderer/ui/features/cases/CasePage';
import { ADMIN, teardown, type Rendered } from '../../../render';
import { renderAsSomeone, walkTo } from '../staff-kit';

afterEach(teardown);

/** The agent's view of a case whose grading (与描述不符, 法务部) was sent back. */
async function sentBack() {
  let record: CaseRecord | undefined;
  const rendered = await renderAsSomeone(<LazyPage id={() => record!.id} />, 'agent', async (act, agentId) => {
    const { id: caseId, severity } = await walkTo(act, agentId, 'grading');
    await act('agent', 'grading.submit', { caseId, category: 'product_quality', subCategory: '与描述不符', severity, rationale: '商品与页面描述不符', department: '法务部' });
    record = await act('director', 'grading.return', { caseId, reason: '请核对细分类别' });
  });
  return { rendered, record: record! };
}

async function asAdmin(rendered: Rendered, method: string, args: unknown): Promise<void> {
  const session: Session = { actor: null, token: null };
  const signedIn = await rendered.host.dispatcher.dispatch('auth.signIn', { username: ADMIN.username, password: ADMIN.password }, session);
  if (!signedIn.ok) throw new Error(JSON.stringify(signedIn.error));
  const result = await rendered.host.dispatcher.dispatch(method, args, session);
  if (!result.ok) throw new Error(JSON.stringify(result.error));
}

/** The options a Select lists, opened. */
async function optionsOf(input: HTMLInputElement): Promise<HTMLElement[]> {
  fireEvent.click(input);
  await waitFor(() => expect(input.getAttribute('aria-controls')).toBeTruthy());
  const list = document.getElementById(input.getAttribute('aria-controls')!)!;
  return within(list).findAllByRole('option', { hidden: true });
}

function errorOf(input: HTMLElement): string | null {
  const ids = input.getAttribute('aria-describedby')?.split(' ') ?? [];
  return ids.map((id) => document.getElementById(id)?.textContent ?? '').join('') || null;
}

describe('a grading sent back after its sub-category or department was retired', { timeout: 60_000 }, () => {
  it('shows the retired value marked, says to choose again, and submits once a current one is chosen', async () => {
    const { rendered, record } = await sentBack();
    await screen.findByText('定级已被退回，请客服专员或客服主管按退回原因修改后重新提交。');
    // 与描述不符 retired from 产品质量; 法务部 gone from the list (as on a desk that removed it before open cases held a department).
    const { product_quality } = DEFAULT_SETTINGS.categories;
    await rendered.host.db.settings.put({ key: 'departments', value: DEFAULT_DEPARTMENTS.filter((name) => name !== '法务部') });
    await asAdmin(rendered, 'settings.update', {
      key: 'categories',
      value: { ...DEFAULT_SETTINGS.categories, product_quality: { ...product_quality, subCategories: product_quality.subCategories.filter((name) => name !== '与描述不符') } },
    });

    fireEvent.click(screen.getByRole('button', { name: '提交分类定级' }));
    const dialog = await screen.findByRole('dialog', { name: '提交分类定级' });
    const sub = within(dialog).getByLabelText('细分类别') as HTMLInputElement;
    const department = within(dialog).getByLabelText(/责任部门/) as HTMLInputElement;
    await waitFor(() => expect(sub.value).toBe('与描述不符（已停用）'));
    expect(sub.disabled).toBe(false);
    expect(sub.getAttribute('aria-invalid')).toBe('true');
    expect(errorOf(sub)).toBe('“与描述不符”已停用，请从列表中重新选择。');
    expect(department.value).toBe('法务部（已停用）');
    expect(errorOf(department)).toBe('“法务部”已停用，请从列表中重新选择。');

    // Listed, but not to be chosen again.
    const options = await optionsOf(sub);
    expect(options.map((option) => option.textContent)).toEqual(['与描述不符（已停用）', '破损', '质量缺陷', '过期变质']);
    expect(options[0]!.getAttribute('data-combobox-disabled')).toBe('true');
    fireEvent.click(options[1]!);
    await waitFor(() => expect(sub.value).toBe('破损'));
    expect(sub.getAttribute('aria-invalid')).not.toBe('true');
    fireEvent.click((await optionsOf(department)).find((option) => option.textContent === '质量管理部')!);
    await waitFor(() => expect(department.value).toBe('质量管理部'));
    expect(within(dialog).queryByText(/已停用/)).toBeNull();

    fireEvent.click(within(dialog).getByRole('button', { name: '提交分类定级' }));
    await waitFor(async () => expect((await rendered.host.db.cases.get(record.id))?.grading).toMatchObject({ subCategory: '破损', department: '质量管理部', approvedAt: null, returnReason: '' }));
  });
});

/** The page of a case the seed creates (its id is known only once the seed ran). */
function LazyPage({ id }: { id: () => string }) {
  return <CasePage id={id()} />;
}
