import { fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { CasePage } from '../../../../../../../src-renderer/ui/features/cases/CasePage';
import { teardown } from '../../../render';
import { renderAsSomeone, walkTo } from '../staff-kit';

afterEach(teardown);

let id = '';
function LazyPage() {
  return <CasePage id={id} />;
}

describe('批准定级', { timeout: 60_000 }, () => {
  it('warns when the registration was corrected after the grading was submitted, with what, why, who and when — also while the dialog is open', async () => {
    const { act } = await renderAsSomeone(<LazyPage />, 'director', async (act, agentId) => {
      id = (await walkTo(act, agentId, 'grading_review')).id;
    });
    fireEvent.click(await screen.findByRole('button', { name: '批准定级' }, { timeout: 15_000 }));
    const dialog = await screen.findByRole('dialog', { name: '批准定级' });
    expect(within(dialog).queryByRole('status')).toBeNull();
    // The agent corrects the complaint in another window while the director reads the grading.
    await act('agent', 'cases.correct', { caseId: id, reason: '客户补充：三人食物中毒住院', description: '吃了你们的熟食后全家三人食物中毒住院，要求赔偿医药费。', amount: 50000 });
    const warning = await within(dialog).findByRole('status', {}, { timeout: 10_000 });
    expect(warning.textContent).toContain('提交定级后，登记信息有更正');
    expect(warning.textContent).toContain('客户补充：三人食物中毒住院');
    expect(warning.textContent).toMatch(/更正.*投诉内容/);
    expect(warning.textContent).toContain('请核对定级是否仍然合适');
  });
});
