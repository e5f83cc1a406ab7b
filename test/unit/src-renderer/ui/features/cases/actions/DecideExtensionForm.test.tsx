import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { useStoreQuery } from '../../../../../../../src-renderer/ui/data/hooks';
import { DecideExtensionForm } from '../../../../../../../src-renderer/ui/features/cases/actions/DecideExtensionForm';
import { CasePage } from '../../../../../../../src-renderer/ui/features/cases/CasePage';
import { formatDateTime } from '../../../../../../../src-renderer/ui/components/format';
import { teardown } from '../../../render';
import { renderAsSomeone, walkTo } from '../staff-kit';

afterEach(teardown);

const DAY = 86_400_000;

async function pendingExtension() {
  let id = '';
  let toDueAt = 0;
  const rendered = await renderAsSomeone(<LazyPage id={() => id} />, 'supervisor', async (act, agentId) => {
    const record = await walkTo(act, agentId, 'executing');
    toDueAt = record.clocks.resolution!.dueAt + DAY;
    await act('agent', 'progress.requestExtension', { caseId: record.id, reason: '同型号缺货需外省调货', newDueAt: toDueAt });
    id = record.id;
  });
  fireEvent.click(await screen.findByRole('button', { name: '审批延期申请' }, { timeout: 15_000 }));
  return { ...rendered, id, toDueAt, dialog: await screen.findByRole('dialog', { name: '审批延期申请' }) };
}

describe('审批延期申请', { timeout: 60_000 }, () => {
  it('will not reject without a reason; a rejection with one says so, and the reason shows in the 延期申请 table', async () => {
    const { dialog, host, id } = await pendingExtension();
    const reject = within(dialog).getByRole('button', { name: '驳回' });
    reject.focus();
    fireEvent.click(reject);
    const note = within(dialog).getByRole('textbox', { name: '审批意见' });
    await waitFor(() => expect(note.getAttribute('aria-invalid')).toBe('true'));
    expect(within(dialog).getByText('此项为必填项。')).toBeTruthy();
    // Focus goes to the field the refusal names, as in the other dialogs, not to the page.
    await waitFor(() => expect(document.activeElement).toBe(note));
    expect((await host.db.cases.get(id))!.extensions[0]!.decision).toBe('pending');

    fireEvent.change(note, { target: { value: '配件明日到货，请按原时限完成' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '驳回' }));
    expect(await screen.findByText('已驳回延期：处理时限不变。')).toBeTruthy();
    const table = await screen.findByRole('table', { name: '延期申请' });
    await waitFor(() => expect(within(table).getAllByRole('row')[1]!.textContent).toContain('已驳回配件明日到货，请按原时限完成'));
  });

  it('confirms an approval with the new deadline', async () => {
    const { dialog, toDueAt } = await pendingExtension();
    fireEvent.click(within(dialog).getByRole('button', { name: '批准' }));
    expect(await screen.findByText(`已批准延期：处理时限延至 ${formatDateTime(toDueAt)}。`)).toBeTruthy();
  });

  it('shows the deadline as it is now when it moved after the request, and says when approving leaves it as it is', async () => {
    let id = '';
    let asked = { fromDueAt: 0, toDueAt: 0 };
    await renderAsSomeone(<MovedForm id={() => id} />, 'supervisor', async (act, agentId) => {
      const record = await walkTo(act, agentId, 'executing');
      const requested = await act('agent', 'progress.requestExtension', { caseId: record.id, reason: '等厂家检测', newDueAt: record.clocks.resolution!.dueAt + DAY });
      asked = requested.extensions[0]!;
      id = record.id;
    });
    const now = asked.toDueAt + 2 * DAY;
    const form = await screen.findByText('当前时限', {}, { timeout: 15_000 });
    expect(form.parentElement!.textContent).toContain(formatDateTime(now));
    // Worked out as the store host would (extendClock), once the centre's calendar is read.
    expect(await screen.findByText(`申请后计时暂停过或时限调整过，当前时限 ${formatDateTime(now)} 已不早于申请的新时限：批准后时限不变。`)).toBeTruthy();
  });
});

describe('审批延期申请 as things change meanwhile', { timeout: 60_000 }, () => {
  it('says who decided the request in another window, and offers no decision on it', async () => {
    const { dialog, host, id, act } = await pendingExtension();
    const requestId = (await host.db.cases.get(id))!.extensions[0]!.id;
    await act('director', 'progress.decideExtension', { caseId: id, requestId, approve: true, note: '' });
    const said = await within(dialog).findByRole('status', {}, { timeout: 10_000 });
    expect(said.textContent).toMatch(/^这项延期申请已由 周总监 · \d{4}-\d\d-\d\d \d\d:\d\d 批准，无需再审批。$/);
    expect(within(dialog).queryByRole('button', { name: '批准' })).toBeNull();
    expect(within(dialog).queryByRole('button', { name: '驳回' })).toBeNull();
    // Nothing left to write either; focus, which was in the note, is on 取消, not on the page behind.
    expect(within(dialog).queryByRole('textbox', { name: '审批意见' })).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: '取消' })));
    // The request it opened on is still shown, as it was decided.
    expect(within(dialog).getByText('同型号缺货需外省调货')).toBeTruthy();
  });

  it('says beforehand that approving leaves a paused clock as it is when its time left outlasts the requested date', async () => {
    let id = '';
    await renderAsSomeone(<PausedForm id={() => id} />, 'supervisor', async (act, agentId) => {
      const record = await walkTo(act, agentId, 'executing');
      await act('agent', 'progress.requestExtension', { caseId: record.id, reason: '等厂家检测', newDueAt: record.clocks.resolution!.dueAt + DAY });
      id = record.id;
    });
    const warning = await screen.findByText(/^计时暂停中，剩余处理时间还有 .+，已不少于申请的新时限所留：批准后时限不变；/, {}, { timeout: 15_000 });
    expect(warning.textContent).toContain('剩余处理时间还有 10天，');
  });
});

/**
 * The form for a case paused long ago with ten days of handling time left, whose request asks for
 * less than that from now (the deadline shown is the one before the pause).
 */
function PausedForm({ id }: { id: () => string }) {
  const { data } = useStoreQuery('cases.get', { id: id() }, id());
  if (!data) return null;
  const resolution = data.clocks.resolution!;
  const now = Date.now();
  const paused = { ...resolution, state: 'paused' as const, consumedMs: 0, budgetMs: 10 * DAY, runningSince: null, pauses: [{ from: now - 20 * DAY, to: null, reason: '等厂家检测' }] };
  const record = { ...data, clocks: { ...data.clocks, resolution: paused }, extensions: [{ ...data.extensions[0]!, toDueAt: now + DAY }] };
  return <DecideExtensionForm record={record} onDone={() => undefined} onCancel={() => undefined} />;
}

/** The form for a case whose deadline moved two days past the requested one since (as after a pause). */
function MovedForm({ id }: { id: () => string }) {
  const { data } = useStoreQuery('cases.get', { id: id() }, id());
  if (!data) return null;
  const resolution = data.clocks.resolution!;
  const moved = { ...data, clocks: { ...data.clocks, resolution: { ...resolution, dueAt: data.extensions[0]!.toDueAt + 2 * DAY } } };
  return <DecideExtensionForm record={moved} onDone={() => undefined} onCancel={() => undefined} />;
}

/** The page of a case the seed creates (its id is known only once the seed ran). */
function LazyPage({ id }: { id: () => string }) {
  return <CasePage id={id()} />;
}
