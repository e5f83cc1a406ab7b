import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { CaseRecord } from '../../../../../../src-renderer/domain/cases/case';
import { CasePage } from '../../../../../../src-renderer/ui/features/cases/CasePage';
import { formatDateTime } from '../../../../../../src-renderer/ui/components/format';
import { renderWithStore, teardown } from '../../render';
import { handledCase, HANDLING, STAFF } from '../print/staff';

afterEach(teardown);

const SLOW = { timeout: 60_000 };

describe('the case page’s grading and plan sections', () => {
  it('keep why each was sent back, by whom and when, once it was resubmitted and approved', SLOW, async () => {
    let record: CaseRecord | undefined;
    await renderWithStore(<LazyPage id={() => record!.id} />, {
      seed: async (host, asAgent) => {
        record = await handledCase(host, asAgent, 'closed');
      },
    });
    const earlier = await screen.findAllByText('此前退回', {}, { timeout: 15_000 });
    expect(earlier).toHaveLength(2);
    const lists = earlier.map((caption) => caption.parentElement!.textContent ?? '');
    const graded = record!.grading!.returns![0]!;
    expect(lists[0]).toContain(`${HANDLING.gradingReturn}（${STAFF.director.name} · ${formatDateTime(graded.at)}）`);
    expect(lists[1]).toContain(`${HANDLING.planReturn}（${STAFF.ops.name} · `);
    // Answered returns are history, not an alert waiting on the agent.
    expect(screen.queryByText('已退回修改，原因：')).toBeNull();
    expect(within(document.body).queryAllByRole('alert').map((a) => a.textContent)).not.toContain(HANDLING.gradingReturn);
  });
});

/** The page of a case the seed creates (its id is known only once the seed ran). */
function LazyPage({ id }: { id: () => string }) {
  return <CasePage id={id()} />;
}
