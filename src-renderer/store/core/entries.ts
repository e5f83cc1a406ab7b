import type { CaseEntry, EntryData } from '../../domain/cases/entries';
import type { CaseCommandContext } from './case-command';

/** Appends one record to a case's log (inside the command's transaction). */
export async function addEntry(ctx: CaseCommandContext, caseId: string, data: EntryData): Promise<CaseEntry> {
  const entry = { ...data, id: crypto.randomUUID(), caseId, at: ctx.now(), by: ctx.actorPerson } as CaseEntry;
  await ctx.db.entries.add(entry);
  return entry;
}
