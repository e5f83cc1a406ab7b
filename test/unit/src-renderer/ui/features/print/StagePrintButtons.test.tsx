import { fireEvent, screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { CasePage } from '../../../../../../src-renderer/ui/features/cases/CasePage';
import { renderWithStore, teardown } from '../../render';
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

async function openCase(until: 'feedback' | 'closed') {
  let id = '';
  const ui = await renderWithStore(<CaseAtRoute id={() => id} />, {
    seed: async (host, asAgent) => {
      id = (await handledCase(host, asAgent, until)).id;
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
});
