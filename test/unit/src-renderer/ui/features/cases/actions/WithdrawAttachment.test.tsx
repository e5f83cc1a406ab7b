import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { CaseRecord } from '../../../../../../../src-renderer/domain/cases/case';
import type { StoreHost } from '../../../../../../../src-renderer/store/host';
import { CasePage } from '../../../../../../../src-renderer/ui/features/cases/CasePage';
import { teardown } from '../../../render';
import { registerAsAgent, renderAsSomeone, type Someone } from '../staff-kit';

afterEach(teardown);

const REASON = '误传了另一位客户的照片';

/** A photo the agent added at intake, put straight into the store (a File does not cross this test's MessageChannel). */
async function addPhoto(host: StoreHost, record: CaseRecord, agentId: string, name = '王五的照片.jpg') {
  await host.db.attachments.add({
    id: `a-${name}`,
    caseId: record.id,
    name,
    type: 'image/jpeg',
    size: 4,
    addedAt: record.registeredAt,
    addedBy: { id: agentId, name: '王晓' },
    step: 'intake',
    sha256: '0'.repeat(64),
    data: new Blob([new Uint8Array([0xff, 0xd8, 0xff, 0xe0])]),
  });
  await host.db.cases.update(record.id, { attachmentBytes: 4 });
}

/** The case page as `who`, of a case the agent registered (accepted first when `accepted`) with the agent's photo. */
async function pageWithPhoto(who: Someone, accepted = false) {
  let c: CaseRecord | undefined;
  const rendered = await renderAsSomeone(<LazyPage id={() => c!.id} />, who, async (act, agentId, host) => {
    c = await registerAsAgent(act);
    await addPhoto(host, c, agentId);
    if (accepted) await act('agent', 'screening.accept', { caseId: c.id, note: '' });
  });
  await screen.findByRole('button', { name: '王五的照片.jpg' }, { timeout: 15_000 });
  return { ...rendered, record: c! };
}

describe('撤下附件 on the case page', { timeout: 60_000 }, () => {
  it('lets the agent who added a file withdraw it with a reason: the file goes, its record stays as 已撤下', async () => {
    const { host, record } = await pageWithPhoto('agent');
    fireEvent.click(screen.getByRole('button', { name: '撤下附件' }));
    const dialog = await screen.findByRole('dialog', { name: '撤下附件' });
    // The only file the agent may withdraw is chosen already; the reason is required.
    expect(within(dialog).getByRole('combobox', { name: '附件' })).toHaveProperty('value', expect.stringContaining('王五的照片.jpg'));
    fireEvent.click(within(dialog).getByRole('button', { name: '撤下并删除文件' }));
    expect(await within(dialog).findByText('此项为必填项。')).toBeTruthy();
    fireEvent.change(within(dialog).getByRole('textbox', { name: /撤下原因/ }), { target: { value: REASON } });
    fireEvent.click(within(dialog).getByRole('button', { name: '撤下并删除文件' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: '撤下附件' })).toBeNull());
    const row = await host.db.attachments.get('a-王五的照片.jpg');
    expect(row).toMatchObject({ withdrawn: { reason: REASON, by: { name: '王晓' } } });
    expect(row!.data).toBeUndefined();
    expect((await host.db.cases.get(record.id))!.attachmentBytes).toBe(0);
    // Re-read: listed as 已撤下 with the reason, no longer a download, and nothing left to withdraw.
    const table = await screen.findByRole('table', { name: '附件' });
    expect(await within(table).findByText('已撤下')).toBeTruthy();
    expect(within(table).getByText(new RegExp(`原因：${REASON}`))).toBeTruthy();
    expect(within(table).queryByRole('button', { name: '王五的照片.jpg' })).toBeNull();
    expect(screen.queryByRole('button', { name: '撤下附件' })).toBeNull();
  });

  it('offers the agent nothing to withdraw once the case moved past the step the file was added in; a supervisor still may', async () => {
    await pageWithPhoto('agent', true);
    expect(screen.queryByRole('button', { name: '撤下附件' })).toBeNull();
    await teardown();
    await pageWithPhoto('supervisor', true);
    expect(screen.getByRole('button', { name: '撤下附件' })).toBeTruthy();
  });
});

/** The page of a case the seed creates (its id is known only once the seed ran). */
function LazyPage({ id }: { id: () => string }) {
  return <CasePage id={id()} />;
}
