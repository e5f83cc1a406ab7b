import { fireEvent, screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { CasePage } from '../../../../../../src-renderer/ui/features/cases/CasePage';
import { renderWithStore, teardown, type Rendered } from '../../render';
import type { StoreHost } from '../../../../../../src-renderer/store/host';
import { toActor } from '../../../../../../src-renderer/domain/users/user';
import { handledCase } from './staff';

afterEach(teardown);

// Each test drives a case through the whole loop on a real store host first.
const SLOW = { timeout: 30_000 };

/** The case page at its own route, as the app shows it; the id exists once the seed has run. */
function CaseAtRoute({ id }: { id: () => string }) {
  const [location] = useState(() => memoryLocation({ path: `/cases/${id()}` }));
  return (
    <Router hook={location.hook}>
      <CasePage id={id()} />
    </Router>
  );
}

async function openCase(until: 'feedback' | 'closed', then?: (host: StoreHost, id: string, asAgent: Rendered['asAgent']) => Promise<void>) {
  let id = '';
  const ui = await renderWithStore(<CaseAtRoute id={() => id} />, {
    seed: async (host, asAgent) => {
      id = (await handledCase(host, asAgent, until)).id;
      await then?.(host, id, asAgent);
    },
  });
  await screen.findByRole('region', { name: '分类定级' }, { timeout: 15_000 });
  return { ui, id };
}

describe('print buttons of the stages', () => {
  it('each stage with data prints its own form of this case', SLOW, async () => {
    const { ui, id } = await openCase('closed');
    const print = vi.spyOn(ui.platform, 'print');
    const buttons: Array<[string, string]> = [
      ['打印登记表', 'registration'],
      ['打印定级表', 'grading'],
      ['打印审批表', 'plan'],
      ['打印跟踪表', 'progress'],
      ['打印满意度调查表', 'survey'],
    ];
    for (const [label, form] of buttons) {
      const button = await screen.findByRole('button', { name: label });
      await waitFor(() => expect(button.hasAttribute('disabled')).toBe(false));
      fireEvent.click(button);
      await waitFor(() => expect(print).toHaveBeenLastCalledWith(expect.objectContaining({ mode: 'dialog', route: expect.stringMatching(new RegExp(`^/print/case/${id}/${form}(\\?|$)`)) })));
    }
    expect(screen.queryByRole('button', { name: '打印空白调查表' })).toBeNull();
  });

  it('offers the survey blank, for this case, while the follow-up is awaited', SLOW, async () => {
    const { ui, id } = await openCase('feedback');
    const print = vi.spyOn(ui.platform, 'print');
    const button = await screen.findByRole('button', { name: '打印空白调查表' });
    // The buttons wait for the paper settings before they print.
    await waitFor(() => expect(button.hasAttribute('disabled')).toBe(false));
    fireEvent.click(button);
    await waitFor(() => expect(print).toHaveBeenCalledWith(expect.objectContaining({ route: expect.stringMatching(new RegExp(`^/print/case/${id}/survey(\\?|$)`)) })));
    expect(screen.queryByRole('button', { name: '打印满意度调查表' })).toBeNull();
  });

  it('names the survey form of a case terminated before its survey no blank: it says none was taken', SLOW, async () => {
    await openCase('feedback', async (host, id, asAgent) => {
      // A callback nobody answered: the case page shows its 反馈回访 section.
      const record = (await host.db.cases.get(id))!;
      const tried = await asAgent('feedback.unreachable', { caseId: id, channel: 'phone', at: record.outcome!.at, reason: 'no_answer', note: '无人接听' });
      if (!tried.ok) throw new Error(JSON.stringify(tried.error));
      const supervisor = (await host.db.users.get('u-supervisor'))!;
      const ended = await host.dispatcher.dispatch('cases.terminate', { caseId: id, reason: 'unreachable', note: '三次回访未接通' }, { actor: toActor(supervisor), token: 'token-supervisor' });
      if (!ended.ok) throw new Error(JSON.stringify(ended.error));
    });
    expect(await screen.findByRole('button', { name: '打印满意度调查表' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: '打印空白调查表' })).toBeNull();
  });
});
