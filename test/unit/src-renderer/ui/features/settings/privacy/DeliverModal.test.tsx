import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CaseRecord } from '../../../../../../../src-renderer/domain/cases/case';
import type { ErasureRequest } from '../../../../../../../src-renderer/domain/privacy/erasure';
import type { Session } from '../../../../../../../src-renderer/store/rpc/define';
import type { StoreHost } from '../../../../../../../src-renderer/store/host';
import type { ErasureView } from '../../../../../../../src-renderer/store/services/privacy/erasure-views';
import { PrivacyTab } from '../../../../../../../src-renderer/ui/features/settings/privacy/PrivacyTab';
import { initI18n } from '../../../../../../../src-renderer/ui/i18n';
import { registerCase, teardown, type Rendered } from '../../../render';
import { LEGAL, renderAs } from './kit';

afterEach(async () => {
  await teardown();
  vi.useRealTimers();
  await initI18n('zh-CN');
});

const PHONE = '13912345678';
const PERSON = { customerName: '陈晓燕', phone: PHONE };
/** The dialog's two texts: the one for a reply while cases still wait, and the warning that recording this one masks the request. */
const HINT = '请求仍有暂缓删除的投诉：记录这次送达，请求人信息保留至办结后的告知书送达。';
const WARNING = '这是办结后的告知书：记录送达后，请求人姓名、查找依据、送达地址和说明中的个人信息将被遮蔽，不可恢复。';
/** The start of the text for a time before the request was answered. */
const TOO_EARLY = '送达时间早于请求的答复时间（2026-11-23 09:00）';

/** A local time on one day, so every time picked below lies on the same day as the fake "now" (no day to pick in the calendar). */
const at = (hour: number, minute: number, second = 0) => new Date(2026, 10, 23, hour, minute, second).getTime();

/** The fake clock: Date only, still moving with real time, so the store's answers and waitFor work as usual. */
function clockAt(instant: number) {
  vi.useFakeTimers({ shouldAdvanceTime: true, toFake: ['Date'] });
  vi.setSystemTime(instant);
}

async function legalSession(host: StoreHost): Promise<Session> {
  const session: Session = { actor: null, token: null };
  await dispatch(host, session, 'auth.signIn', { username: LEGAL.username, password: LEGAL.password });
  return session;
}

async function dispatch(host: StoreHost, session: Session, method: string, args: unknown): Promise<unknown> {
  const result = await host.dispatcher.dispatch(method, args, session);
  if (!result.ok) throw new Error(`${method}: ${JSON.stringify(result.error)}`);
  return result.value;
}

/** 执行删除 as legal in another window: the password again, then the execution. */
async function execute(host: StoreHost, session: Session, no: string): Promise<void> {
  await dispatch(host, session, 'auth.confirm', { password: LEGAL.password });
  await dispatch(host, session, 'erasure.execute', { no });
}

/** A request of the customer for their one case, still being handled, received by letter at 08:30 and recorded by legal. */
async function recordedRequest(host: StoreHost, asAgent: Rendered['asAgent']): Promise<{ no: string; record: CaseRecord; session: Session }> {
  const record = await registerCase(asAgent, PERSON);
  const session = await legalSession(host);
  const view = (await dispatch(host, session, 'erasure.record', {
    key: { phone: PHONE },
    caseIds: [record.id],
    requester: '陈晓燕',
    receivedAt: at(8, 30),
    channel: 'letter',
    verification: 'id_document',
    grounds: 'consent_withdrawn',
  })) as ErasureView;
  return { no: view.request.no, record, session };
}

/** That request executed at 09:00: answered (暂缓删除), still open. Returns its number, its case and legal's session. */
async function answeredRequest(host: StoreHost, asAgent: Rendered['asAgent']): Promise<{ no: string; record: CaseRecord; session: Session }> {
  const recorded = await recordedRequest(host, asAgent);
  await execute(host, recorded.session, recorded.no);
  return recorded;
}

const stored = async (host: StoreHost, no: string) => (await host.db.settings.get(`erasure:${no}`))!.value as ErasureRequest;
const deliverEvents = async (host: StoreHost, no: string) =>
  (await host.db.audit.where('[subject+n]').between([`erasure:${no}`, 0], [`erasure:${no}`, Infinity]).toArray())
    .filter((e) => e.command === 'erasure.deliver');

/** Records what the UI sends to `erasure.deliver` and what the store host answers, passing both through unchanged. */
function watchDeliveries(rendered: Rendered) {
  const calls: Array<{ args: unknown; result: ErasureView }> = [];
  const send = rendered.store.send.bind(rendered.store);
  rendered.store.send = (async (name: string, args: unknown) => {
    const result = await send(name as never, args as never);
    if (name === 'erasure.deliver') calls.push({ args, result: result as ErasureView });
    return result;
  }) as typeof rendered.store.send;
  return calls;
}

/** A Mantine Select's input: a textbox until its dropdown has been built, a combobox after. */
const selectBox = (scope: HTMLElement, name: RegExp) => within(scope).queryByRole('textbox', { name }) ?? within(scope).getByRole('combobox', { name });

async function choose(scope: HTMLElement, label: RegExp, option: string) {
  fireEvent.click(selectBox(scope, label));
  fireEvent.click(await screen.findByRole('option', { name: option, hidden: true }));
}

/** Opens 送达时间's picker and types the hour and the minute (the day stays: the picker shows today). */
async function pickTime(dialog: HTMLElement, hour: number, minute: number): Promise<void> {
  const picker = within(dialog).getByRole('button', { name: /送达时间/ });
  fireEvent.click(picker);
  const fields = await screen.findAllByRole('spinbutton', { hidden: true });
  const [hours, minutes] = fields as [HTMLInputElement, HTMLInputElement];
  fireEvent.change(hours, { target: { value: String(hour).padStart(2, '0') } });
  fireEvent.change(minutes, { target: { value: String(minute).padStart(2, '0') } });
  const shown = `2026-11-23 ${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
  await waitFor(() => expect(picker.textContent).toBe(shown));
}

async function openDetail(no: string): Promise<HTMLElement> {
  const panel = await screen.findByRole('region', { name: '个人信息删除请求' });
  const list = await within(panel).findByRole('table', { name: '个人信息删除请求' });
  fireEvent.click(within(list).getByRole('button', { name: `查看 ${no}` }));
  return screen.findByRole('region', { name: `删除请求 ${no}` });
}

async function openDialog(detail: HTMLElement): Promise<HTMLElement> {
  fireEvent.click(within(detail).getByRole('button', { name: '记录告知书送达' }));
  return screen.findByRole('dialog', { name: '记录告知书送达' });
}

async function submit(dialog: HTMLElement): Promise<void> {
  fireEvent.click(within(dialog).getByRole('button', { name: '记录送达' }));
  await waitFor(() => expect(screen.queryByRole('dialog', { name: '记录告知书送达' })).toBeNull(), { timeout: 15_000 });
}

describe('记录告知书送达 (DeliverModal)', { timeout: 60_000 }, () => {
  it('while the request is still open no time picked warns of masking, and the delivery is recorded as entered, the requester kept', async () => {
    clockAt(at(9, 0));
    let no = '';
    const rendered = await renderAs('legal', <PrivacyTab />, async (host, asAgent) => {
      ({ no } = await answeredRequest(host, asAgent));
      vi.setSystemTime(at(9, 30));
    });
    const deliveries = watchDeliveries(rendered);
    const detail = await openDetail(no);
    expect(detail.textContent).toContain('等待办结');
    const dialog = await openDialog(detail);
    expect(dialog.textContent).toContain(HINT);
    expect(dialog.textContent).not.toContain(WARNING);
    // Whatever time is picked: the request has not closed, so no reply yet is the final one.
    await pickTime(dialog, 9, 20);
    expect(dialog.textContent).toContain(HINT);
    expect(dialog.textContent).not.toContain(WARNING);

    await choose(dialog, /送达方式/, '短信');
    fireEvent.change(within(dialog).getByLabelText(/送达地址或对象/), { target: { value: PHONE } });
    await submit(dialog);

    expect(deliveries).toHaveLength(1);
    expect(deliveries[0]!.args).toEqual({ no, at: at(9, 20), method: 'sms', to: PHONE });
    const request = await stored(rendered.host, no);
    expect(request.deliveries).toEqual([{ at: at(9, 20), method: 'sms', to: PHONE, by: { id: expect.any(String), name: LEGAL.name }, recordedAt: expect.any(Number) }]);
    expect(deliveries[0]!.result.request.deliveries).toEqual(request.deliveries);
    // Not the final reply: the request still names the requester, in clear.
    expect(request).toMatchObject({ masked: false, closedAt: null, requester: '陈晓燕', key: { kind: 'phone', value: PHONE } });
    expect((await deliverEvents(rendered.host, no)).map((e) => e.detail)).toEqual([{ method: 'sms', final: false }]);
    await waitFor(() => expect(detail.textContent).toContain(`短信至 ${PHONE}（${LEGAL.name} 记录）`));
  });

  it('once the request closed, warns exactly when the time picked is in or after the minute it closed, and that delivery masks it', async () => {
    clockAt(at(9, 0));
    let no = '';
    const rendered = await renderAs('legal', <PrivacyTab />, async (host, asAgent) => {
      const answered = await answeredRequest(host, asAgent);
      no = answered.no;
      // The case ends (written straight to the store, as in the kit); executed again at 10:40:30 it is erased and the request closes.
      await host.db.cases.update(answered.record.id, { status: 'closed', closedAt: at(10, 0), clocks: {}, nextDueAt: undefined });
      vi.setSystemTime(at(10, 40, 30));
      await execute(host, answered.session, no);
      vi.setSystemTime(at(11, 15));
    });
    const closedAt = (await stored(rendered.host, no)).closedAt!;
    expect(closedAt - at(10, 40, 30)).toBeGreaterThanOrEqual(0);
    expect(closedAt - at(10, 40, 30)).toBeLessThan(29_000);
    const deliveries = watchDeliveries(rendered);
    const detail = await openDetail(no);
    expect(detail.textContent).toContain('已完成');

    // Now (11:15), after closing: the warning.
    let dialog = await openDialog(detail);
    expect(dialog.textContent).toContain(WARNING);
    expect(dialog.textContent).not.toContain(HINT);
    // 10:40, the minute it closed (30 s before the instant): still the final reply.
    await pickTime(dialog, 10, 40);
    expect(dialog.textContent).toContain(WARNING);
    // 10:39, the minute before: a reply delivered while the case still waited; no warning.
    await pickTime(dialog, 10, 39);
    expect(dialog.textContent).toContain(HINT);
    expect(dialog.textContent).not.toContain(WARNING);
    await pickTime(dialog, 9, 5);
    expect(dialog.textContent).not.toContain(WARNING);
    await pickTime(dialog, 10, 41);
    expect(dialog.textContent).toContain(WARNING);

    // Recorded at 10:39 as shown: not masked, the requester still named.
    await pickTime(dialog, 10, 39);
    await choose(dialog, /送达方式/, '当面交付');
    fireEvent.change(within(dialog).getByLabelText(/送达地址或对象/), { target: { value: '客服中心前台' } });
    await submit(dialog);
    expect(deliveries.map((d) => d.args)).toEqual([{ no, at: at(10, 39), method: 'in_person', to: '客服中心前台' }]);
    let request = await stored(rendered.host, no);
    expect(request).toMatchObject({ masked: false, requester: '陈晓燕', key: { kind: 'phone', value: PHONE } });
    expect(request.deliveries.map((d) => [d.at, d.method, d.to])).toEqual([[at(10, 39), 'in_person', '客服中心前台']]);
    await waitFor(() => expect(detail.textContent).toContain('当面交付至 客服中心前台'));

    // The final reply, delivered in the minute it closed: warned of, and recording it masks the request.
    dialog = await openDialog(detail);
    expect(dialog.textContent).toContain(WARNING);
    await pickTime(dialog, 10, 40);
    expect(dialog.textContent).toContain(WARNING);
    await choose(dialog, /送达方式/, '邮寄');
    fireEvent.change(within(dialog).getByLabelText(/送达地址或对象/), { target: { value: '浙江省杭州市西湖区文三路88号' } });
    await submit(dialog);
    expect(deliveries.map((d) => d.args)).toEqual([
      { no, at: at(10, 39), method: 'in_person', to: '客服中心前台' },
      { no, at: at(10, 40), method: 'post', to: '浙江省杭州市西湖区文三路88号' },
    ]);
    request = await stored(rendered.host, no);
    expect(request.masked).toBe(true);
    expect(request.requester).toBe('陈**');
    expect(request.key.value).not.toContain(PHONE);
    expect(request.deliveries.map((d) => [d.at, d.method])).toEqual([
      [at(10, 39), 'in_person'],
      [at(10, 40), 'post'],
    ]);
    expect(request.deliveries[1]!.to).not.toBe('浙江省杭州市西湖区文三路88号');
    expect(deliveries[1]!.result.request.masked).toBe(true);
    expect((await deliverEvents(rendered.host, no)).map((e) => e.detail)).toEqual([
      { method: 'in_person', final: false },
      { method: 'post', final: true },
    ]);
    // Masked, the request names nobody to deliver to: no more deliveries are offered.
    await waitFor(() => expect(within(detail).queryByRole('button', { name: '记录告知书送达' })).toBeNull());
  });

  it('says a time before a refusal is too early, rather than that cases wait, and sends nothing then', async () => {
    clockAt(at(9, 0));
    let no = '';
    const rendered = await renderAs('legal', <PrivacyTab />, async (host, asAgent) => {
      const recorded = await recordedRequest(host, asAgent);
      no = recorded.no;
      // Refused at 09:00 before any execution: answered and closed in the same instant.
      await dispatch(host, recorded.session, 'auth.confirm', { password: LEGAL.password });
      await dispatch(host, recorded.session, 'erasure.refuse', { no, reason: '请求人身份无法核实' });
      vi.setSystemTime(at(9, 30));
    });
    const deliveries = watchDeliveries(rendered);
    const detail = await openDetail(no);
    const dialog = await openDialog(detail);
    expect(dialog.textContent).toContain(WARNING);
    await pickTime(dialog, 8, 50);
    expect(within(dialog).getByRole('alert').textContent).toContain(TOO_EARLY);
    expect(dialog.textContent).not.toContain(HINT);
    expect(dialog.textContent).not.toContain(WARNING);
    // Sent anyway, the store host refuses it at the field, and nothing is recorded.
    await choose(dialog, /送达方式/, '邮寄');
    fireEvent.change(within(dialog).getByLabelText(/送达地址或对象/), { target: { value: '浙江省杭州市西湖区文三路88号' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '记录送达' }));
    await within(dialog).findByText('送达时间不能早于请求的处理时间。');
    expect((await stored(rendered.host, no)).deliveries).toEqual([]);
    expect(deliveries).toEqual([]);
    // 09:00, the minute of the refusal: the final reply.
    await pickTime(dialog, 9, 0);
    expect(dialog.textContent).not.toContain(TOO_EARLY);
    expect(dialog.textContent).toContain(WARNING);
  });
});
