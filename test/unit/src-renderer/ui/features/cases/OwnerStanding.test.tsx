import { screen } from '@testing-library/react';
import type { ReactElement } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import type { CaseRecord } from '../../../../../../src-renderer/domain/cases/case';
import { CasePage } from '../../../../../../src-renderer/ui/features/cases/CasePage';
import { PrintCase } from '../../../../../../src-renderer/ui/features/print/PrintCase';
import { AGENT, teardown } from '../../render';
import { registerAsAgent, renderAsSomeone } from './staff-kit';

afterEach(teardown);

/** A case of the agent, seen by the supervisor after the administrator changed the agent's account. */
async function seenBySupervisor(ui: (id: () => string) => ReactElement, change: { active?: 0; role?: 'director' }) {
  let record: CaseRecord | undefined;
  await renderAsSomeone(ui(() => record!.id), 'supervisor', async (act, agentId, host) => {
    record = await registerAsAgent(act);
    await host.db.users.update(agentId, change);
  });
}

const Page = ({ id }: { id: () => string }) => <CasePage id={id()} />;
const Sheet = ({ id }: { id: () => string }) => <PrintCase id={id()} form="progress" />;

describe('an owner who can no longer carry the case out, on the case page and the 跟踪表', { timeout: 60_000 }, () => {
  it('reads 王晓（已停用） in the case header once the owner is deactivated', async () => {
    await seenBySupervisor((id) => <Page id={id} />, { active: 0 });
    expect(await screen.findByText(`${AGENT.name}（已停用）`, {}, { timeout: 15_000 })).toBeTruthy();
  });

  it('reads 王晓（已无办理权限） on the printed 跟踪表 once the owner moved to a role that does not handle cases', async () => {
    await seenBySupervisor((id) => <Sheet id={id} />, { role: 'director' });
    expect(await screen.findByText(`${AGENT.name}（已无办理权限）`, {}, { timeout: 15_000 })).toBeTruthy();
  });
});
