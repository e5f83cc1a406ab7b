import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Role } from '../../../../../../../src-renderer/domain/users/roles';
import type { UserSummary } from '../../../../../../../src-renderer/store/services/users';
import { ConfirmUserChange } from '../../../../../../../src-renderer/ui/features/settings/users/ConfirmUserChange';
import { renderWithStore, teardown } from '../../../render';

afterEach(teardown);

const LI: UserSummary = { id: 'u-li', username: 'lizhiqiang', name: '李志强', role: 'agent', department: '客服中心', active: true, locked: false, openCases: 3, pendingPlans: 2 };

async function confirmation(change: { role: Role; active: boolean }, title: string, user: UserSummary = LI): Promise<string> {
  await renderWithStore(<ConfirmUserChange user={user} {...change} save={async () => undefined} onDone={() => undefined} onCancel={() => undefined} />);
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

  it('warns when they are the only one who may give an approval cases wait for, unless the new role still gives it', async () => {
    const zhou: UserSummary = { id: 'u-zhou', username: 'zhouwenbin', name: '周文斌', role: 'director', department: '质量管理部', active: true, locked: false, openCases: 0, soleApprovals: [{ kind: 'grading', waiting: 92 }] };
    const said = await confirmation({ role: 'director', active: false }, '确认停用 周文斌', zhou);
    expect(said).toContain('周文斌 是目前唯一能处理“定级待审批”的人，有 92 宗投诉在等待：改动后将无人能审批');
  });

  it('says nothing of approvals the new role still gives', async () => {
    const zhou: UserSummary = { id: 'u-zhou', username: 'zhouwenbin', name: '周文斌', role: 'director', department: '质量管理部', active: true, locked: false, openCases: 1, soleApprovals: [{ kind: 'extension', waiting: 4 }] };
    // A supervisor decides extensions too.
    const said = await confirmation({ role: 'supervisor', active: true }, '确认修改 周文斌 的角色', zhou);
    expect(said).not.toContain('唯一能处理');
  });
});
