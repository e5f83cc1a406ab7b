import { fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { CaseRecord } from '../../../../../../../src-renderer/domain/cases/case';
import { CasePage } from '../../../../../../../src-renderer/ui/features/cases/CasePage';
import { formatDateTime } from '../../../../../../../src-renderer/ui/components/format';
import { teardown } from '../../../render';
import { DESK_STAFF, renderAsSomeone, walkTo } from '../staff-kit';

afterEach(teardown);

/** The agent's view of a case whose grading or plan was just sent back. */
async function returned(stage: 'grading' | 'plan', reason: string) {
  let record: CaseRecord | undefined;
  await renderAsSomeone(<LazyPage id={() => record!.id} />, 'agent', async (act, agentId) => {
    const waiting = await walkTo(act, agentId, stage === 'grading' ? 'grading_review' : 'plan_review');
    record =
      stage === 'grading'
        ? await act('director', 'grading.return', { caseId: waiting.id, reason })
        : await act('ops', 'plans.return', { caseId: waiting.id, reason });
  });
  return record!;
}

function returnIn(dialog: HTMLElement): HTMLElement {
  return within(dialog).getByRole('alert');
}

describe('a grading or plan sent back, as the agent revises it', { timeout: 60_000 }, () => {
  it('the next step says the grading was sent back, and 提交分类定级 opens with why, by whom and when', async () => {
    const record = await returned('grading', '请补充监管部门转办单号');
    expect(await screen.findByText('定级已被退回，请客服专员或客服主管按退回原因修改后重新提交。')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '提交分类定级' }));
    const dialog = await screen.findByRole('dialog', { name: '提交分类定级' });
    const alert = returnIn(dialog);
    const last = record.grading!.returns!.at(-1)!;
    expect(alert.textContent).toBe(`已退回修改，原因：请补充监管部门转办单号${DESK_STAFF.director.name} · ${formatDateTime(last.at)}`);
  });

  it('the next step says the plan was sent back, and 提交处理方案 opens with why, by whom and when', async () => {
    const record = await returned('plan', '补偿方式请与财务部确认');
    expect(await screen.findByText('处理方案已被退回，请客服专员或客服主管按退回原因修改后重新提交。')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '提交处理方案' }));
    const dialog = await screen.findByRole('dialog', { name: '提交处理方案' });
    const last = record.plan!.returns!.at(-1)!;
    expect(returnIn(dialog).textContent).toBe(`已退回修改，原因：补偿方式请与财务部确认${DESK_STAFF.ops.name} · ${formatDateTime(last.at)}`);
  });
});

/** The page of a case the seed creates (its id is known only once the seed ran). */
function LazyPage({ id }: { id: () => string }) {
  return <CasePage id={id()} />;
}
