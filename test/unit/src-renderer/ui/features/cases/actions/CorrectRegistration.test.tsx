import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { CaseRecord } from '../../../../../../../src-renderer/domain/cases/case';
import { CasePage } from '../../../../../../../src-renderer/ui/features/cases/CasePage';
import { teardown } from '../../../render';
import { registerAsAgent, renderAsSomeone, type Someone } from '../staff-kit';

afterEach(teardown);

async function openCorrection(who: Someone, customerName = '张三') {
  let record: CaseRecord | undefined;
  const rendered = await renderAsSomeone(<LazyPage id={() => record!.id} />, who, async (act) => {
    record = await registerAsAgent(act, { customerName, phone: '13812345678', description: '快递丢件。' });
  });
  fireEvent.click(await screen.findByRole('button', { name: '更正登记信息' }, { timeout: 15_000 }));
  return { ...rendered, record: record!, dialog: await screen.findByRole('dialog', { name: '更正登记信息' }) };
}

describe('更正登记信息', { timeout: 60_000 }, () => {
  it('needs a reason, then saves only what changed; the page, its list of corrections and the history show it', async () => {
    const { dialog, host, record } = await openCorrection('agent');
    const phone = within(dialog).getByRole('textbox', { name: '联系电话' }) as HTMLInputElement;
    expect(phone.value).toBe('13812345678');
    fireEvent.change(phone, { target: { value: '139 0000 1111' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '更正登记信息' }));
    const reason = within(dialog).getByRole('textbox', { name: '更正原因' });
    await waitFor(() => expect(reason.getAttribute('aria-invalid')).toBe('true'));
    expect((await host.db.cases.get(record.id))!.phone).toBe('13812345678');

    fireEvent.change(reason, { target: { value: '登记时电话输错一位' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '更正登记信息' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: '更正登记信息' })).toBeNull());
    const saved = (await host.db.cases.get(record.id))!;
    expect(saved.phone).toBe('13900001111');
    expect(saved.corrections?.map((c) => c.fields)).toEqual([['phone']]);
    // The customer's name and the description were left alone: not sent, not listed.
    expect(saved.customerName).toBe('张三');
    expect(await screen.findByText('更正联系电话：登记时电话输错一位')).toBeTruthy();
    expect(await screen.findByText(/联系电话：13812345678 → 13900001111/)).toBeTruthy();
  });

  it('says so when nothing was changed, and keeps the dialog with what was typed', async () => {
    const { dialog } = await openCorrection('agent');
    fireEvent.change(within(dialog).getByRole('textbox', { name: '更正原因' }), { target: { value: '核对一遍' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '更正登记信息' }));
    expect(await within(dialog).findByText('没有修改任何登记信息：请先改正有误的内容，再保存。')).toBeTruthy();
    expect((within(dialog).getByRole('textbox', { name: '更正原因' }) as HTMLTextAreaElement).value).toBe('核对一遍');
  });

  it('shows a director the contacts masked and read-only, and lets them correct the rest', async () => {
    const { dialog, host, record } = await openCorrection('director');
    const phone = within(dialog).getByRole('textbox', { name: '联系电话' }) as HTMLInputElement;
    expect(phone.readOnly).toBe(true);
    expect(phone.value).not.toContain('12345678');
    expect(within(dialog).getByText('您的角色看不到完整的联系方式，联系电话、电子邮箱、通信地址和社交/应用账号不能在此修改。')).toBeTruthy();
    fireEvent.change(within(dialog).getByRole('textbox', { name: '产品/服务' }), { target: { value: '冰箱 BCD-520' } });
    fireEvent.change(within(dialog).getByRole('textbox', { name: '更正原因' }), { target: { value: '补全型号' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '更正登记信息' }));
    await waitFor(async () => expect((await host.db.cases.get(record.id))!.product).toBe('冰箱 BCD-520'));
    expect((await host.db.cases.get(record.id))!.phone).toBe('13812345678');
  });
});

describe('更正登记信息 of a name with a number written in it', { timeout: 60_000 }, () => {
  it('shows a director the name masked and read-only: saved, the masked number would replace the real one', async () => {
    const { dialog } = await openCorrection('director', '王先生13511112222');
    const name = within(dialog).getByRole('textbox', { name: '客户姓名' }) as HTMLInputElement;
    expect(name.value).toBe('王先生135****2222');
    expect(name.readOnly).toBe(true);
  });
});

/** The page of a case the seed creates (its id is known only once the seed ran). */
function LazyPage({ id }: { id: () => string }) {
  return <CasePage id={id()} />;
}
