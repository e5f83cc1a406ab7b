import { z } from 'zod';
import { verifyChain, type ChainReport } from '../../../domain/audit/chain';
import { DeskError } from '../../../domain/common/errors';
import { id } from '../../../domain/common/fields';
import { maskEventFor } from '../../../domain/privacy/mask';
import { subjectChain, subjectEvents } from '../../core/audit';
import { query, type ServiceModule } from '../../rpc/define';
import { maskedAboutOthers } from '../cases/link-privacy';
import { shownEvents } from './anonymised';
import { list } from './list';
import { verifyAll } from './verify-all';

/**
 * The timeline of a case: every command with its actor, time and changed fields (contacts masked as
 * on the case; an anonymised case's identifiers redacted as on the case). Of a case only: the other
 * chains (a user's, the settings', a deletion request's, the customer exports') are the audit log's,
 * read with `audit.view` — anyone may open a case, not everyone may read who was locked out or exported whom.
 */
const forCase = query(z.object({ caseId: id() }), async ({ db, actor }, { caseId }) => {
  const record = await db.cases.get(caseId);
  if (!record) throw new DeskError({ code: 'cases.notFound' });
  const events = await subjectEvents(db, caseId);
  // The case's own address and account, wherever an event's texts repeat them (a reply, a note), not only in the events that recorded them.
  const shown = await maskedAboutOthers(db, actor!.role, await shownEvents(db, events));
  return shown.map((event) => maskEventFor(actor!.role, event, record.address, record.socialAccount));
});

/** Recomputes a chain and reports the first break, if any. */
const verify = query(
  z.object({ subject: z.string().min(1).max(200) }),
  async ({ db }, { subject }): Promise<ChainReport> => {
    const { events, head } = await subjectChain(db, subject);
    return verifyChain(events, head);
  },
  { access: 'audit.verify' },
);

/** 审计: a case's timeline, chain checks (one or all) and the audit log viewer. */
export const auditService = {
  'audit.forCase': forCase,
  'audit.verify': verify,
  'audit.verifyAll': verifyAll,
  'audit.list': list,
} satisfies ServiceModule;
