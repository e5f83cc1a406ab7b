import { screen, waitFor, within } from '@testing-library/react';
import dayjs from 'dayjs';
import { afterEach, describe, expect, it } from 'vitest';
import type { CaseRecord } from '../../../../../../src-renderer/domain/cases/case';
import { SimilarCases } from '../../../../../../src-renderer/ui/features/assist/SimilarCases';
import { CasePage } from '../../../../../../src-renderer/ui/features/cases/CasePage';
import { registerCase, renderWithStore, teardown } from '../../render';
import { handledCase, HANDLING } from '../print/staff';

afterEach(teardown);

// Each test closes a case through the whole loop on a real store host.
const SLOW = { timeout: 60_000 };

/** Another customer's complaint about the same kind of problem as the handled case (冰箱配送途中丢失). */
const LOST_FRIDGE = { description: '冰箱在配送途中丢了，联系物流好几次都没有结果。', product: '冰箱', customerName: '李四', phone: '13900000000' };

describe('SimilarCases (相似案例)', () => {
  it('shows the closest closed case: its number, how close, category, resolution, compensation, satisfaction and closing day', SLOW, async () => {
    let closed: CaseRecord | undefined;
    let current: CaseRecord | undefined;
    await renderWithStore(<Lazy id={() => current!.id} />, {
      seed: async (host, asAgent) => {
        closed = await handledCase(host, asAgent, 'closed');
        current = await registerCase(asAgent, LOST_FRIDGE);
      },
    });
    const item = (await screen.findAllByTestId('similar-case'))[0]!;
    const link = within(item).getByRole('link', { name: closed!.no });
    expect(link.getAttribute('href')).toBe(`#/cases/${closed!.id}`);
    // How it was resolved: the measures, the outcome the handling was completed with, what the customer was told.
    expect(within(item).getByText(`${HANDLING.measures.join('；')} / ${HANDLING.summary} / ${HANDLING.result}`)).toBeTruthy();
    expect(within(item).getByText('满意')).toBeTruthy();
    // What that customer said, so the agent need not open the case to see what it was about.
    expect(within(item).getByTestId('similar-excerpt').textContent).toBe('客户描述：冰箱配送途中丢失，客户多次联系物流未果。');
    expect(within(item).getByText('物流配送 · 丢件')).toBeTruthy();
    expect(within(item).getByText('重大')).toBeTruthy();
    expect(within(item).getByText('补偿：代金券 ¥200.00')).toBeTruthy();
    expect(within(item).getByText(`结案 ${dayjs(closed!.closedAt!).format('YYYY-MM-DD')}`)).toBeTruthy();
    const percent = Number(/相似度 (\d+)%/.exec(within(item).getByText(/相似度/).textContent ?? '')?.[1]);
    expect(percent).toBeGreaterThan(20);
    expect(percent).toBeLessThanOrEqual(100);
    expect(within(item).getByRole('progressbar', { name: '与本投诉的相似度' }).getAttribute('aria-valuenow')).toBe(String(percent));
    // The other case's customer is nowhere in the panel.
    const panel = screen.getByRole('region', { name: '相似案例' });
    for (const personal of ['张三', '13812345678', 'chen@example.com', 'JD20261123001']) expect(panel.textContent).not.toContain(personal);
  });

  it('says when there is nothing similar, and shows a case as soon as it is closed', SLOW, async () => {
    let current: CaseRecord | undefined;
    const ui = await renderWithStore(<Lazy id={() => current!.id} />, {
      seed: async (_host, asAgent) => {
        current = await registerCase(asAgent, LOST_FRIDGE);
      },
    });
    expect(await screen.findByText('暂无相似的已结案投诉。')).toBeTruthy();
    const closed = await handledCase(ui.host, ui.asAgent, 'closed');
    expect(await screen.findByRole('link', { name: closed.no })).toBeTruthy();
    expect(screen.queryByText('暂无相似的已结案投诉。')).toBeNull();
  });

  it('speaks English when the user does', SLOW, async () => {
    let current: CaseRecord | undefined;
    await renderWithStore(<Lazy id={() => current!.id} />, {
      language: 'en',
      seed: async (host, asAgent) => {
        await handledCase(host, asAgent, 'closed');
        current = await registerCase(asAgent, LOST_FRIDGE);
      },
    });
    const item = (await screen.findAllByTestId('similar-case'))[0]!;
    expect(within(item).getByText('Satisfied')).toBeTruthy();
    expect(within(item).getByText('Compensation: Voucher ¥200.00')).toBeTruthy();
    await waitFor(() => expect(screen.getByRole('region', { name: 'Similar cases' })).toBeTruthy());
  });
});

describe('on the case page', () => {
  it('shows the repeat complaints and the similar cases beside the case', SLOW, async () => {
    let closed: CaseRecord | undefined;
    let current: CaseRecord | undefined;
    await renderWithStore(<LazyPage id={() => current!.id} />, {
      seed: async (host, asAgent) => {
        closed = await handledCase(host, asAgent, 'closed');
        // The same customer (the handled case's phone) complains again about the same kind of problem.
        current = await registerCase(asAgent, { ...LOST_FRIDGE, phone: '13812345678' });
      },
    });
    const similar = await screen.findByRole('region', { name: '相似案例' });
    expect(await within(similar).findByRole('link', { name: closed!.no })).toBeTruthy();
    const repeats = await screen.findByRole('region', { name: '重复投诉' });
    expect(within(repeats).getByRole('link', { name: closed!.no })).toBeTruthy();
    expect(within(repeats).getByText('满意')).toBeTruthy();
  });
});

/** The case page of a case the seed creates. */
function LazyPage({ id }: { id: () => string }) {
  return <CasePage id={id()} />;
}

/** The panel for a case the seed creates (its id is known only once the seed ran). */
function Lazy({ id }: { id: () => string }) {
  return <SimilarCases caseId={id()} />;
}
