import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { AuditEvent } from '../../../../../../src-renderer/domain/audit/chain';
import { formatDateTime } from '../../../../../../src-renderer/ui/components/format';
import { Attachments } from '../../../../../../src-renderer/ui/features/cases/Attachments';
import { renderWithStore, teardown } from '../../render';

afterEach(teardown);

const ANONYMISED_AT = new Date(2029, 2, 4, 10, 30).getTime();

/** The event an anonymisation writes on the case's chain, as the case page receives it. */
const anonymisation = (attachmentsDeleted: number) =>
  ({
    subject: 'case-1',
    n: 9,
    at: ANONYMISED_AT,
    actor: { id: 'u-legal', name: '郑法务', role: 'legal' },
    command: 'cases.anonymise',
    changes: {},
    detail: { fields: ['customerName'], entries: 0, entryFields: [], attachmentsDeleted },
  }) as unknown as AuditEvent;

describe('证据附件 panel', { timeout: 30_000 }, () => {
  it('says of an anonymised case that its files were deleted with the anonymisation, how many and when', async () => {
    await renderWithStore(<Attachments attachments={[]} anonymisedAt={ANONYMISED_AT} events={[anonymisation(2)]} />);
    expect(await screen.findByText(`本投诉单的 2 个附件已在 ${formatDateTime(ANONYMISED_AT)} 匿名化时一并删除。`)).toBeTruthy();
    expect(screen.queryByText('还没有附件。')).toBeNull();
  });

  it('says so too where the history does not tell how many there were', async () => {
    await renderWithStore(<Attachments attachments={[]} anonymisedAt={ANONYMISED_AT} events={[]} />);
    expect(await screen.findByText(`本投诉单已于 ${formatDateTime(ANONYMISED_AT)} 匿名化，附件（如有）已一并删除。`)).toBeTruthy();
  });

  it('says there are none yet on a case still holding its data', async () => {
    await renderWithStore(<Attachments attachments={[]} />);
    expect(await screen.findByText('还没有附件。')).toBeTruthy();
  });

  it('lists a withdrawn file as 已撤下 with who, when and why, and offers no download of it', async () => {
    const WITHDRAWN_AT = new Date(2029, 2, 5, 9, 15).getTime();
    const kept = { id: 'a-1', caseId: 'case-1', name: '现场照片.jpg', type: 'image/jpeg', size: 2048, addedAt: ANONYMISED_AT, addedBy: { id: 'u-1', name: '王晓' }, step: 'intake' };
    const withdrawn = { ...kept, id: 'a-2', name: '王五的身份证.jpg', withdrawn: { at: WITHDRAWN_AT, by: { id: 'u-2', name: '陈主管' }, reason: '误传了其他客户的证件照片' } };
    await renderWithStore(<Attachments attachments={[kept, withdrawn]} />);
    const table = await screen.findByRole('table', { name: '附件' });
    expect(within(table).getAllByRole('button').map((button) => button.textContent)).toEqual(['现场照片.jpg']);
    expect(within(table).getByText('王五的身份证.jpg')).toBeTruthy();
    expect(within(table).getByText('已撤下')).toBeTruthy();
    expect(within(table).getByText(`陈主管 于 ${formatDateTime(WITHDRAWN_AT)} 撤下。原因：误传了其他客户的证件照片`)).toBeTruthy();
    // Without the case, nothing is offered to withdraw.
    expect(screen.queryByRole('button', { name: '撤下附件' })).toBeNull();
  });
});
