import { z } from 'zod';
import type { CaseRecord, Person } from '../../domain/cases/case';
import { maskCaseFor } from '../../domain/privacy/mask';
import { DeskError } from '../../domain/common/errors';
import { transition, type CaseStatus, type LifecycleCommand } from '../../domain/lifecycle/machine';
import type { Permission } from '../../domain/users/roles';
import { command, type Handler, type StoreContext } from '../rpc/define';
import { appendAudit } from './audit';
import { withDerivedFields } from './derived';
import { readSettings, type SettingsReader } from './settings';

export const CaseId = z.object({ caseId: z.string({ error: 'validation.required' }).min(1).max(100) });

export interface CaseChange {
  /** The case after the command (status is set from `target` by the state machine). */
  next: CaseRecord;
  /** For commands with several outcomes, the one chosen. */
  target?: CaseStatus;
  /** Extra detail for the audit event (a reason, an entry id…). */
  detail?: Record<string, unknown>;
}

export interface CaseCommandContext extends StoreContext {
  actorPerson: Person;
  settings: SettingsReader;
}

/**
 * A command on one case: permission, then the state machine, then the
 * change, the derived fields, the audit event and the change notice — all in
 * one transaction, so a refusal changes nothing.
 */
export function caseCommand<S extends z.ZodObject<{ caseId: z.ZodString }>>(
  name: LifecycleCommand & Permission,
  schema: S | ((ctx: StoreContext) => S),
  apply: (ctx: CaseCommandContext, current: CaseRecord, args: z.output<S>) => Promise<CaseChange> | CaseChange,
): Handler<S, CaseRecord> {
  return command(
    schema,
    async (ctx, args) => {
      const { db } = ctx;
      const actor = ctx.actor!;
      // users: a plan names its owner, who must be an active user (read in the same transaction).
      return db.transaction('rw', [db.cases, db.entries, db.attachments, db.audit, db.auditHeads, db.settings, db.counters, db.users], async () => {
        const current = await db.cases.get(args.caseId);
        if (!current) throw new DeskError({ code: 'cases.notFound' });
        if (current.archived === 1) throw new DeskError({ code: 'cases.archived', params: { no: current.no } });
        transition(name, current.status);
        const settings = await readSettings(db);
        const actorPerson = { id: actor.id, name: actor.name };
        const change = await apply({ ...ctx, actorPerson, settings }, current, args);
        const status = transition(name, current.status, change.target);
        const now = ctx.now();
        const next = withDerivedFields({ ...change.next, status, updatedAt: now });
        await db.cases.put(next);
        await appendAudit(db, {
          subject: current.id,
          at: now,
          actor: { id: actor.id, name: actor.name, role: actor.role },
          command: name,
          before: current,
          after: next,
          ...(change.detail ? { detail: change.detail } : {}),
        });
        ctx.changed('cases', current.id);
        // The answer goes to the window: masked like cases.get for roles without contacts.view.
        return maskCaseFor(actor.role, next);
      });
    },
    { access: name },
  );
}
