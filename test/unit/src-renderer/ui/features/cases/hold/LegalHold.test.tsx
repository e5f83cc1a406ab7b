import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { CaseRecord } from '../../../../../../../src-renderer/domain/cases/case';
import { CasePage } from '../../../../../../../src-renderer/ui/features/cases/CasePage';
import { PrivacyTab } from '../../../../../../../src-renderer/ui/features/settings/privacy/PrivacyTab';
import { teardown } from '../../../render';
import { closedCase, renderAs } from '../../settings/privacy/kit';
import { renderAsSomeone, walkTo } from '../staff-kit';

afterEach(teardown);

const LAWSUIT = { kind: 'litigation', reason: '客户就丢件向法院起诉', reference: '（2026）沪0115民初1234号' };

describe('法律保留', { timeout: 60_000 }, () => {
  it('a supervisor places a hold: the grounds and reason are asked, then the case shows a badge and the hold; releasing is not theirs', async () => {
    let c: CaseRecord | undefined;
    const { host } = await renderAsSomeone(<LazyPage id={() => c!.id} />, 'supervisor', async (act, agentId) => {
      c = await walkTo(act, agentId, 'executing');
    });
    const section = await screen.findByRole('region', { name: '法律保留' }, { timeout: 15_000 });
    expect(section.textContent).toContain('未设置法律保留。');
    fireEvent.click(within(section).getByRole('button', { name: '设置法律保留' }));
    const dialog = await screen.findByRole('dialog', { name: '设置法律保留' });
    // It opens on its first field, not on ✕ (where Enter would close it).
    await waitFor(() => expect(document.activeElement).toBe(within(dialog).getByRole('combobox', { name: /保留事由/ })), { timeout: 5000 });
    fireEvent.click(within(dialog).getByRole('button', { name: '设置法律保留' }));
    expect(await within(dialog).findByText('请选择一项。')).toBeTruthy();
    expect((await host.db.cases.get(c!.id))!.legalHolds).toBeUndefined();

    fireEvent.click(within(dialog).getByRole('combobox', { name: /保留事由/ }));
    fireEvent.click(await screen.findByRole('option', { name: '诉讼', hidden: true }));
    fireEvent.change(within(dialog).getByRole('textbox', { name: /保留原因/ }), { target: { value: LAWSUIT.reason } });
    fireEvent.change(within(dialog).getByRole('textbox', { name: '案号/文号' }), { target: { value: LAWSUIT.reference } });
    fireEvent.click(within(dialog).getByRole('button', { name: '设置法律保留' }));
    expect(await screen.findByText('已设置法律保留')).toBeTruthy();
    await waitFor(async () => expect((await host.db.cases.get(c!.id))!.legalHolds?.[0]).toMatchObject({ ...LAWSUIT, released: null }));
    await waitFor(() => expect(screen.getByRole('region', { name: '法律保留' }).textContent).toContain(LAWSUIT.reference));
    expect(screen.getByText('法律保留', { selector: '.mantine-Badge-label' })).toBeTruthy();
    // Releasing is the director's or legal's.
    expect(within(screen.getByRole('region', { name: '法律保留' })).queryByRole('button', { name: '解除法律保留' })).toBeNull();
    // The button that opened the dialog went with the save, and the section has no other: focus stays in the section.
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('region', { name: '法律保留' })));
  });

  it('a director releases the hold with the reason; the released hold stays on the case', async () => {
    let c: CaseRecord | undefined;
    const { host } = await renderAsSomeone(<LazyPage id={() => c!.id} />, 'director', async (act, agentId) => {
      c = await walkTo(act, agentId, 'executing');
      await act('supervisor', 'cases.placeHold', { caseId: c.id, ...LAWSUIT });
    });
    const section = await screen.findByRole('region', { name: '法律保留' }, { timeout: 15_000 });
    expect(section.textContent).toContain('保留中');
    fireEvent.click(within(section).getByRole('button', { name: '解除法律保留' }));
    const dialog = await screen.findByRole('dialog', { name: '解除法律保留' });
    await waitFor(() => expect(document.activeElement).toBe(within(dialog).getByRole('textbox', { name: /解除原因/ })), { timeout: 5000 });
    fireEvent.change(within(dialog).getByRole('textbox', { name: /解除原因/ }), { target: { value: '原告撤诉' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '解除法律保留' }));
    expect(await screen.findByText('已解除法律保留')).toBeTruthy();
    await waitFor(async () => expect((await host.db.cases.get(c!.id))!.legalHolds?.[0]?.released).toMatchObject({ note: '原告撤诉' }));
    await waitFor(() => expect(screen.getByRole('region', { name: '法律保留' }).textContent).toContain('原告撤诉'));
    expect(screen.queryByText('法律保留', { selector: '.mantine-Badge-label' })).toBeNull();
    // 解除法律保留 is gone: focus is on what the section offers now, not at the top of the page.
    await waitFor(() => expect(document.activeElement).toBe(within(screen.getByRole('region', { name: '法律保留' })).getByRole('button', { name: '设置法律保留' })));
  });

  it('Settings lists a held case past its retention as held, with no box to pick it; 全选 leaves it out', async () => {
    const cases: CaseRecord[] = [];
    await renderAs('legal', <PrivacyTab />, async (host, asAgent) => {
      cases.push(await closedCase(host, asAgent, 1200, { customerName: '陈晓燕' }));
      cases.push(await closedCase(host, asAgent, 1100, { customerName: '李雷' }));
      await host.db.cases.update(cases[0]!.id, { legalHolds: [{ ...LAWSUIT, kind: 'litigation', until: null, placedAt: Date.now(), placedBy: { id: 'u', name: '陈主管' }, released: null }] });
    });
    const table = await screen.findByRole('table', { name: '超过保存期限的投诉' }, { timeout: 15_000 });
    const held = within(table).getByRole('checkbox', { name: `选择 ${cases[0]!.no}` }) as HTMLInputElement;
    expect(held.disabled).toBe(true);
    expect(within(table).getByText('法律保留中（诉讼），不能匿名化')).toBeTruthy();
    fireEvent.click(within(table).getByRole('checkbox', { name: '全选' }));
    expect(await screen.findByRole('button', { name: '匿名化所选（1）' })).toBeTruthy();
    expect(held.checked).toBe(false);
  });
});

/** The page of a case the seed creates (its id is known only once the seed ran). */
function LazyPage({ id }: { id: () => string }) {
  return <CasePage id={id()} />;
}
