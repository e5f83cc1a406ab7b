import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { toActor } from '../../../../../../src-renderer/domain/users/user';
import { PrintCase } from '../../../../../../src-renderer/ui/features/print/PrintCase';
import { AGENT, renderWithStore, teardown } from '../../render';
import { HANDLING, handledCase, STAFF } from './staff';

afterEach(teardown);

const SLOW = { timeout: 30_000 };

/** The case id exists only once the seed has run, after the element was created. */
function Lazy({ form, id }: { form: string; id: () => string }) {
  return <PrintCase id={id()} form={form} />;
}

function expectAll(text: string, values: string[]) {
  expect(values.filter((value) => !text.includes(value))).toEqual([]);
}

/** Prints `form` of the fixture case handled up to `until`, under a legal hold placed by the supervisor if `hold`. */
async function printed(form: string, hold: boolean, until: 'feedback' | 'resurveyed' = 'feedback'): Promise<string> {
  let id = '';
  await renderWithStore(<Lazy form={form} id={() => id} />, {
    seed: async (host, asAgent) => {
      id = (await handledCase(host, asAgent, until)).id;
      if (!hold) return;
      // The colleagues handledCase created are signed in with sessions of their own (staff.ts).
      const supervisor = (await host.db.users.get('u-supervisor'))!;
      const session = { actor: toActor(supervisor), token: 'token-supervisor' };
      const args = { caseId: id, kind: 'regulator', reason: '市场监管局立案调查丢件事宜', reference: '沪市监案〔2026〕88号' };
      const placed = await host.dispatcher.dispatch('cases.placeHold', args, session);
      if (!placed.ok) throw new Error(JSON.stringify(placed.error));
    },
  });
  await screen.findByRole('heading', { level: 1 }, { timeout: 15_000 });
  return document.body.textContent ?? '';
}

describe('printed forms of a case closing properly', () => {
  it('处理方案审批表 says what the promised compensation came to: amount, how, when, the code, the note and who confirmed it', SLOW, async () => {
    const text = await printed('plan', false);
    expectAll(text, ['赔付确认', '¥180.00 · 发放代金券/券码', HANDLING.voucherCode, HANDLING.paymentNote, '确认人', AGENT.name]);
  });

  it('after a re-handling, the earlier plan on the approval form says what was paid under it', SLOW, async () => {
    const text = await printed('plan', false, 'resurveyed');
    expect(text).toMatch(/补偿：代金券 ¥200\.00 · 赔付：¥180\.00 · 发放代金券\/券码/);
  });

  it('投诉处理进度跟踪表 of a re-handled case keeps what was paid under the first plan beside the second plan’s', SLOW, async () => {
    const text = await printed('progress', false, 'resurveyed');
    expectAll(text, ['赔付确认（第1次处理方案）', '赔付确认（第2次处理方案）']);
    expect(text.split(HANDLING.voucherCode).length - 1).toBe(2);
  });

  it('投诉处理进度跟踪表 shows the promise beside what was paid, and a legal hold beside the status', SLOW, async () => {
    const text = await printed('progress', true);
    expectAll(text, ['承诺补偿', '代金券 ¥200.00', '¥180.00', HANDLING.voucherCode]);
    expectAll(text, ['待回访（法律保留）', '保留事由', '监管调查', '市场监管局立案调查丢件事宜', '沪市监案〔2026〕88号', '保留中', STAFF.supervisor.name, '未定']);
  });
});
