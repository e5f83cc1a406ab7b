import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { CaseRecord } from '../../../../../../../src-renderer/domain/cases/case';
import { CasePage } from '../../../../../../../src-renderer/ui/features/cases/CasePage';
import { teardown } from '../../../render';
import { renderAsSomeone, walkTo } from '../staff-kit';

afterEach(teardown);

/** How long the plan's due date lies ahead when it is submitted: it has passed when the ops director approves. */
const SOON = 1500;

describe('a case dialog refused for no field of its own, for the keyboard and screen readers', { timeout: 60_000 }, () => {
  it('批准方案 once the plan’s due date has passed: focus goes to the message, which is an alert named by its text, inside the dialog', async () => {
    let record: CaseRecord | undefined;
    await renderAsSomeone(<LazyPage id={() => record!.id} />, 'ops', async (act, agentId) => {
      const waiting = await walkTo(act, agentId, 'grading_review');
      await act('director', 'grading.approve', { caseId: waiting.id });
      record = await act('agent', 'plans.submit', { caseId: waiting.id, measures: ['补发商品'], ownerId: agentId, department: '物流配送部', dueAt: Date.now() + SOON });
    });
    const open = await screen.findByRole('button', { name: '批准方案' });
    await waitFor(() => expect(Date.now()).toBeGreaterThan(record!.plan!.dueAt), { timeout: SOON + 5000 });
    act(() => open.focus());
    fireEvent.click(open);
    const dialog = await screen.findByRole('dialog', { name: '批准方案' });
    // The dialog opens on 取消; the approver moves to 批准方案 and presses it.
    await waitFor(() => expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: '取消' })), { timeout: 5000 });
    const approve = within(dialog).getByRole('button', { name: '批准方案' });
    act(() => approve.focus());
    fireEvent.click(approve);

    const alert = await within(dialog).findByRole('alert');
    expect(alert.textContent).toBe('方案的完成时限已过，请退回修改时限后再批准。');
    await waitFor(() => expect(document.activeElement).toBe(alert), { timeout: 5000 });
    // Focusable from script only: not one more tab stop.
    expect(alert.tabIndex).toBe(-1);
    // A screen reader landing on it reads the message (Mantine names it as the alert's description).
    expect(document.getElementById(alert.getAttribute('aria-describedby')!)?.textContent).toBe(alert.textContent);
    // The case did not move on, and nothing is marked invalid.
    expect(dialog.querySelector('[aria-invalid="true"]')).toBeNull();
  });
});

/** The page of a case the seed creates (its id is known only once the seed ran). */
function LazyPage({ id }: { id: () => string }) {
  return <CasePage id={id()} />;
}
