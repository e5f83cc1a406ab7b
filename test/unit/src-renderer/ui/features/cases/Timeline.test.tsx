import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { subjectEvents } from '../../../../../../src-renderer/store/core/audit';
import { formatDateTime } from '../../../../../../src-renderer/ui/components/format';
import { Timeline } from '../../../../../../src-renderer/ui/features/cases/Timeline';
import { registerCase, renderWithStore, teardown } from '../../render';
import { renderAsSomeone, walkTo } from './staff-kit';

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

  it('says when an unanswered callback recorded later was made, and why it failed', async () => {
    let caseId = '';
    const rendered = await renderAsSomeone(<span />, 'agent', async (act, agentId) => {
      const c = await walkTo(act, agentId, 'executing');
      caseId = c.id;
      await act('agent', 'progress.complete', { caseId, summary: '已补发' });
      await act('agent', 'feedback.unreachable', { caseId, channel: 'phone', at: Date.now(), reason: 'busy', note: '' });
    });
    const events = await subjectEvents(rendered.host.db, caseId);
    const stored = await rendered.host.db.entries.where('[caseId+at]').between([caseId, -Infinity], [caseId, Infinity]).toArray();
    // As an attempt typed in at the day's end records it: the call two hours before.
    const entries = stored.map((e) => (e.kind === 'feedbackAttempt' ? { ...e, calledAt: e.at - 2 * 3_600_000 } : e));
    const calledAt = entries.find((e) => e.kind === 'feedbackAttempt')!.at - 2 * 3_600_000;
    rendered.unmount();
    await renderWithStore(<Timeline caseId={caseId} events={events} entries={entries} />);
    const item = (await screen.findByText('客户未能联系上')).closest('.mantine-Timeline-item')!;
    expect(item.textContent).toContain(`占线/客户正忙（回访时间 ${formatDateTime(calledAt)}）`);
  });

  it('says whom a handover took the case from and gave it to', async () => {
    let caseId = '';
    const rendered = await renderAsSomeone(<span />, 'agent', async (act) => {
      caseId = (await walkTo(act, '', 'grading')).id;
    });
    const supervisor = await rendered.host.db.users.where('username').equals('chenzg').first();
    const agent = (await rendered.host.db.cases.get(caseId))!.owner!;
    await rendered.act('supervisor', 'cases.assign', { caseIds: [caseId], ownerId: supervisor!.id });
    const events = await subjectEvents(rendered.host.db, caseId);
    rendered.unmount();
    await renderWithStore(<Timeline caseId={caseId} events={events} entries={[]} />);
    const item = (await screen.findByText('转交负责人')).closest('.mantine-Timeline-item')!;
    expect(item.textContent).toContain(`负责人：${agent.name} → 陈主管`);
  });
});
