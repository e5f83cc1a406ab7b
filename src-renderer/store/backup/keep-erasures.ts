/**
 * What the current data erased stays erased in the data a restore brings back. A backup made before
 * a customer's personal data was erased (个人信息删除请求 executed, or a case anonymised after its
 * retention period) still holds it; restored as it was, the erased customer, their photos and
 * recordings came back, and the deletion requests were gone from the privacy page — while the reply
 * had told the customer their data was deleted. So, before the restored database is switched to,
 * every deletion request recorded now is written into it as it stands now, and every case anonymised
 * now is anonymised there too, through the one code that anonymises a case (its texts, its
 * attachments deleted, audited on its chain).
 */
import { erasureKey } from '../../domain/privacy/erasure';
import type { CaseRecord } from '../../domain/cases/case';
import type { DeskDb } from '../db';
import type { StoreContext } from '../rpc/define';
import { eraseCase } from '../services/privacy/erase-case';
import { OPEN_REQUESTS_KEY } from '../services/privacy/requests';

/** Carries the erasures of `ctx.db` into `restored`; answers how many cases had to be anonymised there. */
export async function keepErasures(ctx: StoreContext, restored: DeskDb): Promise<number> {
  const { db } = ctx;
  const anonymised = (await db.cases.filter((record: CaseRecord) => record.anonymisedAt !== undefined).primaryKeys()) as string[];
  const requests = await db.settings.where('key').startsWith(erasureKey('')).toArray();
  const openIndex = await db.settings.get(OPEN_REQUESTS_KEY);
  const target: StoreContext = { ...ctx, db: restored };
  const at = ctx.now();
  let erased = 0;
  await restored.transaction('rw', [restored.cases, restored.entries, restored.attachments, restored.improvements, restored.reportNotes, restored.settings, restored.audit, restored.auditHeads], async () => {
    // The requests are kept for good: the current rows hold every one the backup has, and those recorded since.
    await restored.settings.bulkPut(requests);
    // The index of open requests as it stands now: one the backup has and the current data not would hide the requests opened since.
    if (openIndex) await restored.settings.put(openIndex);
    else await restored.settings.delete(OPEN_REQUESTS_KEY);
    for (const id of anonymised) {
      const record = await restored.cases.get(id);
      if (!record || record.anonymisedAt !== undefined) continue;
      await eraseCase(target, record, at);
      erased += 1;
    }
  });
  return erased;
}
