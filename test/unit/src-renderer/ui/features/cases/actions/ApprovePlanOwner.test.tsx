import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { CaseRecord } from '../../../../../../../src-renderer/domain/cases/case';
import { CasePage } from '../../../../../../../src-renderer/ui/features/cases/CasePage';
import { AGENT, teardown } from '../../../render';
import { renderAsSomeone, walkTo } from '../staff-kit';

afterEach(teardown);

describe('批准方案 when the plan’s 负责人 can no longer carry the case out', { timeout: 60_000 }, () => {
  it('says so before the approver decides and offers no approval: a deactivated 负责人', async () => {
    let record: CaseRecord | undefined;
    const { host } = await renderAsSomeone(<LazyPage id={() => record!.id} />, 'ops', async (act, agentId, seeded) => {
      record = await walkTo(act, agentId, 'plan_review');
      await seeded.db.users.update(agentId, { active: 0 });
    });
    const plan = await screen.findByRole('region', { name: '处理方案' }, { timeout: 15_000 });
    await waitFor(() => expect(within(plan).getByText(`${AGENT.name}（已停用）`)).toBeTruthy());

    fireEvent.click(screen.getByRole('button', { name: '批准方案' }));
    const dialog = await screen.findByRole('dialog', { name: '批准方案' });
    expect(within(dialog).getByRole('alert').textContent).toContain(`方案负责人${AGENT.name}已停用或已无办理权限`);
    expect(within(dialog).getByText(`${AGENT.name}（已停用）`)).toBeTruthy();
    expect(within(dialog).getByRole('button', { name: '批准方案' }).hasAttribute('disabled')).toBe(true);
    fireEvent.click(within(dialog).getByRole('button', { name: '取消' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: '批准方案' })).toBeNull());
    expect((await host.db.cases.get(record!.id))!.status).toBe('plan_review');
  });

  it('reads a 负责人 moved to a role that handles no cases as such', async () => {
    let record: CaseRecord | undefined;
    await renderAsSomeone(<LazyPage id={() => record!.id} />, 'ops', async (act, agentId, seeded) => {
      record = await walkTo(act, agentId, 'plan_review');
      await seeded.db.users.update(agentId, { role: 'director' });
    });
    fireEvent.click(await screen.findByRole('button', { name: '批准方案' }, { timeout: 15_000 }));
    const dialog = await screen.findByRole('dialog', { name: '批准方案' });
    expect(within(dialog).getByText(`${AGENT.name}（已无办理权限）`)).toBeTruthy();
    expect(within(dialog).getByRole('button', { name: '批准方案' }).hasAttribute('disabled')).toBe(true);
  });
});

/** The page of a case the seed creates (its id is known only once the seed ran). */
function LazyPage({ id }: { id: () => string }) {
  return <CasePage id={id()} />;
}
