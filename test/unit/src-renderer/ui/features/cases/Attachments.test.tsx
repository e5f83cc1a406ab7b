import { screen } from '@testing-library/react';
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
});
