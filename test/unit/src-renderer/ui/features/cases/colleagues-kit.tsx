/**
 * A desk with colleagues of other departments besides the agent (客服中心): 杨帆 of 物流配送部 and
 * 刘洋 of 售后服务部, as in the demo people. The seed acts as any of them (a supervisor too); the
 * window then signs in as whoever the test looks through.
 */
import type { ReactElement } from 'react';
import type { CaseRecord } from '../../../../../../src-renderer/domain/cases/case';
import { registerCase, type Rendered } from '../../render';
import { renderAsOneOf } from './staff-kit';

const PASSWORD = 'Colleague2026ok';

export const COLLEAGUES = {
  yangfan: { username: 'yangfan', name: '杨帆', role: 'agent', department: '物流配送部' },
  liuyang: { username: 'liuyang', name: '刘洋', role: 'agent', department: '售后服务部' },
  chen: { username: 'chenzg', name: '陈主管', role: 'supervisor', department: '客服中心' },
} as const;
export type Colleague = keyof typeof COLLEAGUES;
export type Anyone = Colleague | 'agent';

/** Dispatches as someone; throws on a refusal, so a seed fails where it went wrong. */
export type ActAs = (who: Anyone, method: string, args: Record<string, unknown>) => Promise<CaseRecord>;

/** Renders `ui` signed in as `who`, after `seed` filled the store acting as anyone. */
export function renderAsColleague(ui: ReactElement, who: Anyone, seed: (act: ActAs) => Promise<void>): Promise<Rendered & { act: ActAs }> {
  return renderAsOneOf(COLLEAGUES, PASSWORD, ui, who, (act) => seed(act));
}

/** A case registered and accepted by the agent: 核实中. */
export async function verifyingCase(act: ActAs, overrides: Record<string, unknown> = {}): Promise<CaseRecord> {
  const registered = await registerCase(async (method, args) => ({ ok: true as const, value: await act('agent', method, args as Record<string, unknown>) }), overrides);
  return act('agent', 'screening.accept', { caseId: registered.id, note: '' });
}
