import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { subjectEvents } from '../../../../../../src-renderer/store/core/audit';
import { Timeline } from '../../../../../../src-renderer/ui/features/cases/Timeline';
import { registerCase, renderWithStore, teardown } from '../../render';

afterEach(teardown);

describe('处理记录 (the case timeline)', () => {
  it('names the file an added attachment is, not the running total of the case’s files as a changed field', async () => {
    let caseId = '';
    const rendered = await renderWithStore(<span />, {
      seed: async (_host, asAgent) => {
        caseId = (await registerCase(asAgent)).id;
        const added = await asAgent('attachments.add', { caseId, name: '包装破损.png', type: 'image/png', data: new Blob([new Uint8Array(9000)], { type: 'image/png' }) });
        expect(added.ok).toBe(true);
      },
    });
    const events = await subjectEvents(rendered.host.db, caseId);
    rendered.unmount();
    await renderWithStore(<Timeline caseId={caseId} events={events} entries={[]} />);
    const item = (await screen.findByText('添加附件')).closest('.mantine-Timeline-item')!;
    expect(item.textContent).toContain('包装破损.png');
    expect(item.textContent).not.toContain('附件大小');
  });
});
