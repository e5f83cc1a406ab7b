import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CaseRecord } from '../../../../../../../src-renderer/domain/cases/case';
import { CasePage } from '../../../../../../../src-renderer/ui/features/cases/CasePage';
import { teardown } from '../../../render';
import { renderAsSomeone, walkTo } from '../staff-kit';

afterEach(teardown);

/** The agent's page of a case whose handling is done: the callback is next. */
async function atCallback() {
  let record: CaseRecord | undefined;
  const rendered = await renderAsSomeone(<LazyPage id={() => record!.id} />, 'agent', async (act, agentId) => {
    const executing = await walkTo(act, agentId, 'executing');
    record = await act('agent', 'progress.complete', { caseId: executing.id, summary: '已补发商品' });
  });
  fireEvent.click(await screen.findByRole('button', { name: '记录回访结果' }));
  const dialog = await screen.findByRole('dialog', { name: '记录回访结果' });
  fireEvent.change(within(dialog).getByRole('textbox', { name: /告知客户的处理结果/ }), { target: { value: '已补发，客户收到' } });
  fireEvent.click(within(dialog).getByRole('radio', { name: '满意（关闭投诉单）' }));
  const saved = async () => {
    fireEvent.click(within(dialog).getByRole('button', { name: '记录回访结果' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: '记录回访结果' })).toBeNull());
    return (await rendered.host.db.cases.get(record!.id))!;
  };
  return { dialog, saved };
}

const question = (dialog: HTMLElement, name: string) => within(dialog).getByRole('radiogroup', { name });

describe('a satisfaction survey the customer answers in part, or not at all', { timeout: 60_000 }, () => {
  it('records the questions answered and 未回答 for the others, which the case page shows as such', async () => {
    const { dialog, saved } = await atCallback();
    fireEvent.click(within(question(dialog, '处理效率')).getByRole('radio', { name: '4 分' }));
    fireEvent.click(within(question(dialog, '解决程度')).getByRole('radio', { name: '未回答' }));
    fireEvent.click(within(question(dialog, '沟通态度')).getByRole('radio', { name: '5 分' }));
    // A question left blank is refused: the agent says it went unanswered, never by forgetting.
    fireEvent.click(within(dialog).getByRole('button', { name: '记录回访结果' }));
    await waitFor(() => expect(question(dialog, '补偿合理性').getAttribute('aria-invalid')).toBe('true'));
    expect(question(dialog, '处理效率').getAttribute('aria-invalid')).toBeNull();
    fireEvent.click(within(question(dialog, '补偿合理性')).getByRole('radio', { name: '未回答' }));
    const record = await saved();
    expect(record.status).toBe('closed');
    expect(record.feedback?.scores).toEqual({ efficiency: 4, resolution: null, attitude: 5, compensation: null });
    const section = await screen.findByRole('region', { name: '反馈回访' });
    expect(within(section).getAllByText('未回答')).toHaveLength(2);
    expect(within(section).getByText('4 分')).toBeTruthy();
  });

  it('keeps the questions in place when the last one is answered 未回答 (they fold away only with 客户不愿评分)', async () => {
    const { dialog, saved } = await atCallback();
    for (const name of ['处理效率', '解决程度', '沟通态度', '补偿合理性']) {
      const radio = within(question(dialog, name)).getByRole('radio', { name: '未回答' });
      radio.focus();
      fireEvent.click(radio);
    }
    // The focus stays on the answer just given; the box says what the four answers amount to.
    expect(document.activeElement).toBe(within(question(dialog, '补偿合理性')).getByRole('radio', { name: '未回答' }));
    expect((within(dialog).getByRole('checkbox', { name: '客户不愿评分（四项均未回答）' }) as HTMLInputElement).checked).toBe(true);
    const record = await saved();
    expect(record.feedback?.scores).toEqual({ efficiency: null, resolution: null, attitude: null, compensation: null });
  });

  it('brings the whole question into view when one of its scores takes focus (a tall dialog, zoomed)', async () => {
    const { dialog } = await atCallback();
    const shown: Element[] = [];
    // jsdom lays nothing out and has no scrollIntoView: the test records what was asked to show.
    const original = Element.prototype.scrollIntoView;
    Element.prototype.scrollIntoView = vi.fn(function (this: Element) {
      shown.push(this);
    });
    try {
      act(() => within(question(dialog, '沟通态度')).getByRole('radio', { name: '3 分' }).focus());
    } finally {
      Element.prototype.scrollIntoView = original;
    }
    expect(shown.map((element) => element.querySelector('[role="radiogroup"]')?.getAttribute('aria-labelledby'))).toEqual(['score-attitude-label']);
  });

  it('records a customer who declined to rate with no score at all', async () => {
    const { dialog, saved } = await atCallback();
    fireEvent.click(within(question(dialog, '处理效率')).getByRole('radio', { name: '2 分' }));
    fireEvent.click(within(dialog).getByRole('checkbox', { name: '客户不愿评分（四项均未回答）' }));
    expect(within(dialog).queryByRole('radiogroup', { name: '处理效率' })).toBeNull();
    const record = await saved();
    expect(record.feedback?.scores).toEqual({ efficiency: null, resolution: null, attitude: null, compensation: null });
    const section = await screen.findByRole('region', { name: '反馈回访' });
    expect(within(section).getByText('客户不愿评分')).toBeTruthy();
  });
});

/** The page of a case the seed creates (its id is known only once the seed ran). */
function LazyPage({ id }: { id: () => string }) {
  return <CasePage id={id()} />;
}
