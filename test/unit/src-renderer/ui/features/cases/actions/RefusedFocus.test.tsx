import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { CaseRecord } from '../../../../../../../src-renderer/domain/cases/case';
import { CasePage } from '../../../../../../../src-renderer/ui/features/cases/CasePage';
import { teardown } from '../../../render';
import { renderAsSomeone, walkTo } from '../staff-kit';

afterEach(teardown);

/** The agent's page of a case taken to the plan (planning) or to the callback (feedback). */
async function agentAt(stage: 'planning' | 'feedback') {
  let record: CaseRecord | undefined;
  await renderAsSomeone(<LazyPage id={() => record!.id} />, 'agent', async (act, agentId) => {
    if (stage === 'planning') {
      const waiting = await walkTo(act, agentId, 'grading_review');
      record = await act('director', 'grading.approve', { caseId: waiting.id });
    } else {
      const executing = await walkTo(act, agentId, 'executing');
      record = await act('agent', 'progress.complete', { caseId: executing.id, summary: '已补发商品' });
    }
  });
  return record!;
}

describe('a refused save in a case dialog, for the keyboard and screen readers', { timeout: 60_000 }, () => {
  it('提交处理方案 without a measure: the message is the first measure’s, which is marked and focused', async () => {
    await agentAt('planning');
    fireEvent.click(await screen.findByRole('button', { name: '提交处理方案' }));
    const dialog = await screen.findByRole('dialog', { name: '提交处理方案' });
    submit(within(dialog).getByRole('button', { name: '提交处理方案' }));
    const first = within(dialog).getByRole('textbox', { name: '措施 1' });
    await waitFor(() => expect(first.getAttribute('aria-invalid')).toBe('true'));
    expect(document.getElementById(first.getAttribute('aria-describedby')!.split(' ')[0]!)?.textContent).toBe('请至少填写一项处理措施。');
    await waitFor(() => expect(document.activeElement).toBe(first), { timeout: 5000 });
    // Typing into it answers it.
    fireEvent.change(first, { target: { value: '补发商品' } });
    await waitFor(() => expect(first.getAttribute('aria-invalid')).toBeNull());
  });

  it('记录回访结果 without scores: each question names its stars, a missing one is marked, and focus goes to the first', async () => {
    await agentAt('feedback');
    fireEvent.click(await screen.findByRole('button', { name: '记录回访结果' }));
    const dialog = await screen.findByRole('dialog', { name: '记录回访结果' });
    fireEvent.change(within(dialog).getByRole('textbox', { name: /告知客户的处理结果/ }), { target: { value: '已补发，客户收到' } });
    submit(within(dialog).getByRole('button', { name: '记录回访结果' }));
    const efficiency = within(dialog).getByRole('radiogroup', { name: '处理效率' });
    await waitFor(() => expect(efficiency.getAttribute('aria-invalid')).toBe('true'));
    expect(document.getElementById(efficiency.getAttribute('aria-describedby')!)?.textContent).toBe('请打 1 到 5 分；客户未回答的，请选“未回答”。');
    await waitFor(() => expect(efficiency.contains(document.activeElement)).toBe(true), { timeout: 5000 });
    expect(within(dialog).getByRole('radiogroup', { name: '沟通态度' }).getAttribute('aria-invalid')).toBe('true');
  });
});

/** A click on a submit button, which a browser focuses (jsdom does not). */
function submit(button: HTMLElement): void {
  button.focus();
  fireEvent.click(button);
}

/** The page of a case the seed creates (its id is known only once the seed ran). */
function LazyPage({ id }: { id: () => string }) {
  return <CasePage id={id()} />;
}
