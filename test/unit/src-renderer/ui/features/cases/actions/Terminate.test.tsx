import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { CaseRecord } from '../../../../../../../src-renderer/domain/cases/case';
import { CasePage } from '../../../../../../../src-renderer/ui/features/cases/CasePage';
import { teardown } from '../../../render';
import { registerAsAgent, renderAsSomeone, walkTo } from '../staff-kit';

afterEach(teardown);

describe('终止处理', { timeout: 60_000 }, () => {
  it('a supervisor ends a duplicate case: the reason and the case it goes to are asked, then shown with the stepper ending where it stood', async () => {
    let kept: CaseRecord | undefined;
    let duplicate: CaseRecord | undefined;
    const { host } = await renderAsSomeone(<LazyPage id={() => duplicate!.id} />, 'supervisor', async (act, agentId) => {
      kept = await walkTo(act, agentId, 'grading');
      duplicate = await registerAsAgent(act, { channel: 'regulator_12315', description: '同一事项经12315再次转来。' });
    });
    fireEvent.click(await screen.findByRole('button', { name: '终止处理' }, { timeout: 15_000 }));
    const dialog = await screen.findByRole('dialog', { name: '终止处理' });
    fireEvent.click(within(dialog).getByRole('radio', { name: '重复投诉（并入其他投诉单）' }));
    fireEvent.change(within(dialog).getByRole('textbox', { name: '情况说明' }), { target: { value: '客户通过12315再次反映同一事项' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '终止处理' }));
    // The case it goes to is asked for before anything is written.
    const number = within(dialog).getByRole('textbox', { name: '并入的投诉单号' });
    await waitFor(() => expect(number.getAttribute('aria-invalid')).toBe('true'));
    expect((await host.db.cases.get(duplicate!.id))!.status).toBe('registered');

    fireEvent.change(number, { target: { value: kept!.no } });
    fireEvent.click(within(dialog).getByRole('button', { name: '终止处理' }));
    expect(await screen.findByText('已终止处理：重复投诉（并入其他投诉单）')).toBeTruthy();
    await waitFor(async () => expect((await host.db.cases.get(duplicate!.id))!.status).toBe('terminated'));
    const section = await screen.findByRole('region', { name: '终止处理' });
    expect(within(section).getByRole('link', { name: kept!.no }).getAttribute('href')).toBe(`#/cases/${kept!.id}`);
    expect(section.textContent).toContain('客户通过12315再次反映同一事项');
    // The stepper ends at intake, where the case stood, marked as terminated.
    expect(await screen.findByText('已终止处理')).toBeTruthy();
    // Not an ended complaint: the case it went into goes on with it.
    expect(screen.getByText(`已作为重复投诉并入 ${kept!.no}，由该投诉继续办理；客户问起时请按该投诉的进度答复。`, { exact: false })).toBeTruthy();
    expect(screen.queryByRole('button', { name: '受理' })).toBeNull();
  });
});

/** The page of a case the seed creates (its id is known only once the seed ran). */
function LazyPage({ id }: { id: () => string }) {
  return <CasePage id={id()} />;
}
