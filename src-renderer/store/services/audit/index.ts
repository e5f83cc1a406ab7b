import { z } from 'zod';
import { verifyChain, type ChainReport } from '../../../domain/audit/chain';
import { id } from '../../../domain/common/fields';
import { subjectChain, subjectEvents } from '../../core/audit';
import { query, type ServiceModule } from '../../rpc/define';

/** The timeline of a case: every command with its actor, time and changed fields. */
const forCase = query(z.object({ caseId: id() }), async ({ db }, { caseId }) => subjectEvents(db, caseId));

/** Recomputes a chain and reports the first break, if any. */
const verify = query(
  z.object({ subject: z.string().min(1).max(200) }),
  async ({ db }, { subject }): Promise<ChainReport> => {
    const { events, head } = await subjectChain(db, subject);
    return verifyChain(events, head);
  },
  { access: 'audit.verify' },
);

/** 审计. */
export const auditService = {
  'audit.forCase': forCase,
  'audit.verify': verify,
} satisfies ServiceModule;
