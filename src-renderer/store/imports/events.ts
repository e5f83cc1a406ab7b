/**
 * Change events of the background import. A command's changes are published by the dispatcher
 * after it returns; an import job writes its chunks after `imports.start` has returned, so its
 * changes take another way. The runner hands each committed chunk's cases to the tracking index
 * itself (`noteWritten`); the events go to the host's publisher when one was configured, or else
 * wait here until the next imports command (the wizard asks for the progress several times a
 * second) hands them to the dispatcher through its own change log.
 */
import type { DeskDb } from '../db';
import type { ChangeArea, ChangeEvent, StoreContext } from '../rpc/define';
import { importConfig, type ImportAudience } from './config';

const pending = new WeakMap<DeskDb, Map<ChangeArea, Set<string>>>();

export function publishImportChanges(db: DeskDb, events: ChangeEvent[], audience: ImportAudience = 'everyone'): void {
  if (events.length === 0) return;
  const publish = importConfig(db).publish;
  if (publish) {
    publish(events, audience);
    return;
  }
  const waiting = pending.get(db) ?? new Map<ChangeArea, Set<string>>();
  for (const { area, ids } of events) {
    const set = waiting.get(area) ?? new Set<string>();
    for (const id of ids) set.add(id);
    waiting.set(area, set);
  }
  pending.set(db, waiting);
}

/** Hands the waiting events to the calling command's change log (published when it returns). */
export function flushImportChanges(ctx: StoreContext): void {
  const waiting = pending.get(ctx.db);
  if (!waiting) return;
  pending.delete(ctx.db);
  for (const [area, ids] of waiting) for (const id of ids) ctx.changed(area, id);
}
