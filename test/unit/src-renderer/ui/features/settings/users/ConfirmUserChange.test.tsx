import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Role } from '../../../../../../../src-renderer/domain/users/roles';
import type { UserSummary } from '../../../../../../../src-renderer/store/services/users';
import { ConfirmUserChange } from '../../../../../../../src-renderer/ui/features/settings/users/ConfirmUserChange';
import { renderWithStore, teardown } from '../../../render';

afterEach(teardown);

const LI: UserSummary = { id: 'u-li', username: 'lizhiqiang', name: '李志强', role: 'agent', department: '客服中心', active: true, locked: false, openCases: 3, pendingPlans: 2 };

async function confirmation(change: { role: Role; active: boolean }, title: string): Promise<string> {
  await renderWithStore(<ConfirmUserChange user={LI} {...change} save={async () => undefined} onDone={() => undefined} onCancel={() => undefined} />);
  const form = await screen.findByRole('form', { name: title }, { timeout: 15_000 });
  return within(form).getByRole('alert').textContent ?? '';
}

describe('the confirmation of a deactivation or role change', { timeout: 60_000 }, () => {
  it('says how many plans awaiting approval name them as 负责人, when they will no longer carry cases out', async () => {
    const said = await confirmation({ role: 'agent', active: false }, '确认停用 李志强');
    expect(said).toContain('李志强 还负责 3 宗未结投诉');
    expect(said).toContain('2 宗待审批的处理方案指定 李志强 为方案负责人：改动后须退回这些方案、重新指定负责人才能批准。');
  });

  it('leaves the plans unsaid for a move to another role that still handles cases', async () => {
    const said = await confirmation({ role: 'supervisor', active: true }, '确认修改 李志强 的角色');
    expect(said).toContain('李志强 还负责 3 宗未结投诉');
    expect(said).not.toContain('待审批的处理方案');
  });
});
