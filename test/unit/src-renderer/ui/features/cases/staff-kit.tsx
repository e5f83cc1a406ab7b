/**
 * A desk with the colleagues who approve besides the agent, for UI tests of what each of them
 * sees: cases are walked through the loop on the real store host as the people who may take
 * each step, and the window then signs in as whoever the test looks through.
 */
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import type { CaseRecord } from '../../../../../../src-renderer/domain/cases/case';
import type { Session } from '../../../../../../src-renderer/store/rpc/define';
import { Providers } from '../../../../../../src-renderer/ui/app/App';
import { AuthGate } from '../../../../../../src-renderer/ui/features/auth/AuthGate';
import { ADMIN, AGENT, registerCase, renderWithStore, type Rendered } from '../../render';

const PASSWORD = 'Staff2026ok';

export const DESK_STAFF = {
  supervisor: { username: 'chenzg', name: '陈主管', role: 'supervisor', department: '客服中心' },
  director: { username: 'zhouzj', name: '周总监', role: 'director', department: '质量管理部' },
  ops: { username: 'wuyy', name: '吴运营', role: 'ops_director', department: '运营部' },
  legal: { username: 'zhengfw', name: '郑法务', role: 'legal', department: '法务部' },
} as const;
export type StaffMember = keyof typeof DESK_STAFF;
export type Someone = StaffMember | 'agent';

/** Dispatches a command as someone; throws on a refusal, so a seed fails where it went wrong. */
export type Act = (who: Someone, method: string, args: Record<string, unknown>) => Promise<CaseRecord>;

const DAY = 86_400_000;

async function signIn(rendered: Pick<Rendered, 'host'>, username: string, password: string): Promise<Session> {
  const session: Session = { actor: null, token: null };
  const result = await rendered.host.dispatcher.dispatch('auth.signIn', { username, password }, session);
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return session;
}

type Person = { username: string; name: string; role: string; department: string };

/**
 * Renders `ui` signed in as `who` of `people` (or the agent), after `seed` filled the store acting
 * as any of them: the administrator creates `people` with `password`, each is signed in for the
 * seed, and the window then signs in as `who`. The agent's id is handed to the seed for plans
 * they own, and the store host for what no command does.
 */
export async function renderAsOneOf<K extends string>(
  people: Record<K, Person>,
  password: string,
  ui: ReactElement,
  who: K | 'agent',
  seed: (act: (someone: K | 'agent', method: string, args: Record<string, unknown>) => Promise<CaseRecord>, agentId: string, host: Rendered['host']) => Promise<void>,
): Promise<Rendered & { act: (someone: K | 'agent', method: string, args: Record<string, unknown>) => Promise<CaseRecord> }> {
  type ActOf = (someone: K | 'agent', method: string, args: Record<string, unknown>) => Promise<CaseRecord>;
  let act: ActOf = async () => {
    throw new Error('not seeded yet');
  };
  const rendered = await renderWithStore(<span />, {
    seed: async (host, asAgent) => {
      const admin = await signIn({ host }, ADMIN.username, ADMIN.password);
      const sessions = {} as Record<K, Session>;
      for (const [member, person] of Object.entries(people) as Array<[K, Person]>) {
        const saved = await host.dispatcher.dispatch('users.save', { ...person, password, active: true }, admin);
        if (!saved.ok) throw new Error(JSON.stringify(saved.error));
        sessions[member] = await signIn({ host }, person.username, password);
      }
      act = async (someone, method, args) => {
        const result = someone === 'agent' ? await asAgent(method, args) : await host.dispatcher.dispatch(method, args, sessions[someone]);
        if (!result.ok) throw new Error(`${method} as ${someone}: ${JSON.stringify(result.error)}`);
        return result.value as CaseRecord;
      };
      const agent = await host.db.users.where('username').equals(AGENT.username).first();
      await seed(act, agent!.id, host);
    },
  });
  if (who !== 'agent') {
    const { token } = await rendered.store.send('auth.signIn', { username: people[who].username, password });
    rendered.store.setSessionToken(token);
  }
  rendered.unmount();
  const again = render(
    <Providers platform={rendered.platform} store={rendered.store}>
      <AuthGate>{ui}</AuthGate>
    </Providers>,
  );
  return { ...rendered, ...again, act };
}

/** Renders `ui` signed in as `who` of the desk's staff, after `seed` filled the store acting as anyone. */
export function renderAsSomeone(
  ui: ReactElement,
  who: Someone,
  seed: (act: Act, agentId: string, host: Rendered['host']) => Promise<void>,
): Promise<Rendered & { act: Act }> {
  return renderAsOneOf(DESK_STAFF, PASSWORD, ui, who, seed);
}

type Walkable = 'grading' | 'grading_review' | 'plan_review' | 'executing';

/** Registers a case as the agent, with `registerCase`'s details unless overridden. */
export function registerAsAgent(act: Act, overrides: Record<string, unknown> = {}): Promise<CaseRecord> {
  return registerCase(async (method, args) => ({ ok: true as const, value: await act('agent', method, args as Record<string, unknown>) }), overrides);
}

/** Registers a case as the agent and takes it to `status`, each step by someone who may take it. */
export async function walkTo(act: Act, agentId: string, status: Walkable, overrides: Record<string, unknown> = {}): Promise<CaseRecord> {
  const asAgent = (method: string, args: Record<string, unknown>) => act('agent', method, args);
  const registered = await registerAsAgent(act, overrides);
  const caseId = registered.id;
  await asAgent('screening.accept', { caseId, note: '' });
  let record = await asAgent('verification.complete', { caseId, conclusion: '情况属实' });
  if (status === 'grading') return record;
  record = await asAgent('grading.submit', { caseId, category: 'logistics', severity: registered.severity, rationale: '影响客户', department: '物流配送部' });
  if (status === 'grading_review') return record;
  await act('director', 'grading.approve', { caseId });
  record = await asAgent('plans.submit', { caseId, measures: ['补发商品'], ownerId: agentId, department: '物流配送部', dueAt: Date.now() + 3 * DAY });
  if (status === 'plan_review') return record;
  if (record.severity === 'major' || record.legalRisk === 1) await act('legal', 'plans.legalReview', { caseId, opinion: '无法律障碍' });
  return act('ops', 'plans.approve', { caseId });
}
