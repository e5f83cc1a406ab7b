import { fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { CaseEntry } from '../../../../../../../src-renderer/domain/cases/entries';
import type { VerificationRequest } from '../../../../../../../src-renderer/domain/verification/requests';
import { VerificationRequests } from '../../../../../../../src-renderer/ui/features/cases/sections/VerificationRequests';
import { renderWithStore, teardown } from '../../../render';

afterEach(teardown);

const HOUR = 3_600_000;
const asker = { id: 'u-agent', name: '王晓' };
const yang = { id: 'u-yang', name: '杨帆' };
const LONG_QUESTION = `请核实订单 JD20261123001 的配送记录。${'客户反映快递员多次未按约定时间上门，电话无人接听，包裹在站点滞留。'.repeat(60)}`.slice(0, 1_900);

const request = (overrides: Partial<VerificationRequest>): VerificationRequest => ({
  id: 'r-1',
  department: '物流配送部',
  question: '是否三天未派送？',
  replyBy: Date.now() + HOUR,
  askedAt: Date.now() - HOUR,
  askedBy: asker,
  state: 'open',
  ...overrides,
});

const check = (id: string, at: number, requestId: string): Extract<CaseEntry, { kind: 'check' }> => ({
  kind: 'check',
  id,
  caseId: 'c-1',
  at,
  by: yang,
  department: '物流配送部',
  checked: '调取物流轨迹',
  finding: '站点爆仓，延误三天',
  requestId,
});

async function table(requests: VerificationRequest[], checks: Array<Extract<CaseEntry, { kind: 'check' }>> = []) {
  await renderWithStore(<VerificationRequests requests={requests} checks={checks} />);
  return screen.findByRole('table', { name: '核实请求' });
}

/** The cells of the row of `requestId`, by column: 核实部门, 核实问题, 发起, 回复期限, 状态, 回复. */
function cellsOf(container: HTMLElement, requestId: string, requests: VerificationRequest[]): HTMLElement[] {
  const index = requests.findIndex((r) => r.id === requestId);
  const row = within(container).getAllByRole('row')[index + 1]!;
  return within(row).getAllByRole('cell');
}

describe('the 核实请求 table on the case page', () => {
  it('keeps department, times and state to one line, the badge its whole label, however long the question; the question wraps, clamped until opened', async () => {
    const requests = [
      request({ id: 'r-1', question: LONG_QUESTION, replyBy: Date.now() - HOUR }),
      request({ id: 'r-2', department: '财务部', state: 'withdrawn', withdrawal: { reason: '客户已提供截图', at: Date.now(), by: asker } }),
    ];
    const shown = await table(requests);
    const headers = within(shown).getAllByRole('columnheader');
    for (const i of [0, 2, 3, 4]) expect(headers[i]!.style.whiteSpace, headers[i]!.textContent!).toBe('nowrap');
    for (const i of [1, 5]) expect(headers[i]!.style.whiteSpace).not.toBe('nowrap');

    const [department, question, asked, replyBy, state, answer] = cellsOf(shown, 'r-1', requests);
    for (const cell of [department, asked, replyBy, state]) expect(cell!.style.whiteSpace).toBe('nowrap');
    // The badge is not squeezed below its label (it clips what does not fit).
    const badge = within(state!).getByText('已逾期').closest('.mantine-Badge-root') as HTMLElement;
    expect(badge.style.minWidth).toBe('max-content');
    expect(within(cellsOf(shown, 'r-2', requests)[4]!).getByText('已撤回').closest('.mantine-Badge-root')).toBeTruthy();
    // The texts keep a readable width, not two characters.
    for (const cell of [question, answer]) expect((cell!.firstElementChild as HTMLElement).style.minWidth).toBe('10rem');

    // 1,900 characters: clamped, and read whole on request.
    const text = within(question!).getByText(LONG_QUESTION);
    expect(text.getAttribute('data-line-clamp')).toBe('true');
    const more = within(question!).getByRole('button', { name: '展开全文' });
    expect(more.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(more);
    expect(text.hasAttribute('data-line-clamp')).toBe(false);
    fireEvent.click(within(question!).getByRole('button', { name: '收起' }));
    expect(text.getAttribute('data-line-clamp')).toBe('true');
    // A short question is shown as it is.
    expect(within(cellsOf(shown, 'r-2', requests)[1]!).queryByRole('button')).toBeNull();
  });

  it('marks an answer given after the reply-by time 已回复（逾期）, one given in time 已回复', async () => {
    const replyBy = Date.now() - 2 * HOUR;
    const requests = [
      request({ id: 'r-1', replyBy, state: 'answered', answer: { entryId: 'e-1', at: replyBy + HOUR, by: yang } }),
      request({ id: 'r-2', department: '财务部', replyBy, state: 'answered', answer: { entryId: 'e-2', at: replyBy - HOUR, by: yang } }),
    ];
    const shown = await table(requests, [check('e-1', replyBy + HOUR, 'r-1'), check('e-2', replyBy - HOUR, 'r-2')]);
    expect(cellsOf(shown, 'r-1', requests)[4]!.textContent).toBe('已回复（逾期）');
    expect(cellsOf(shown, 'r-2', requests)[4]!.textContent).toBe('已回复');
    expect(cellsOf(shown, 'r-1', requests)[5]!.textContent).toContain('核查结果：站点爆仓，延误三天');
  });
});
