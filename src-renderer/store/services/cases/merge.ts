import type { CaseRecord, Person } from '../../../domain/cases/case';
import { mergedCasesOf, relatedCasesOf, withDuplicateOf, withMerged, withoutLink, withoutMerged } from '../../../domain/cases/links';
import type { StoreContext } from '../../rpc/define';
import { writeLinked } from './linked-write';

/**
 * 并入, inside the terminate transaction: `duplicate` goes into `primary`, which records it with an
 * event of its own (并入重复投诉). The cases merged into the duplicate before come along — their
 * customers wait for this case's result now — and each points at `primary` from then on, with an
 * event saying so. A link between the two goes: the merge says more. Returns the duplicate as it is
 * to be terminated (without those cases, nor the link) and the number it was linked to, if it was.
 */
export async function mergeInto(
  ctx: StoreContext,
  duplicate: CaseRecord,
  primary: CaseRecord,
  note: string,
  by: Person,
): Promise<{ next: CaseRecord; unlinkedNo?: string }> {
  const at = ctx.now();
  const carried = mergedCasesOf(duplicate);
  for (const merged of carried) {
    const record = await ctx.db.cases.get(merged.id);
    if (record?.termination?.duplicateOf?.id !== duplicate.id) continue;
    await writeLinked(ctx, record, withDuplicateOf(record, primary), 'cases.mergeMoved', { caseNo: primary.no, fromNo: duplicate.no });
  }
  const link = relatedCasesOf(duplicate).find((l) => l.id === primary.id);
  await writeLinked(ctx, primary, withMerged(withoutLink(primary, duplicate.id), duplicate, at, by), 'cases.merge', {
    caseNo: duplicate.no,
    note,
    ...(carried.length > 0 ? { carried: carried.map((m) => m.no) } : {}),
    ...(link ? { unlinked: link.kind } : {}),
  });
  const next = withoutLink(withoutMerged(duplicate), primary.id);
  return link ? { next, unlinkedNo: primary.no } : { next };
}
