/**
 * Which users can no longer carry out the cases they own (deactivated, or moved to a role that does
 * not handle cases), held in memory: the tracking table marks their rows on every window it reads,
 * and users are few and change seldom. Read again after any write to the users table, whoever made
 * it (the same write generation the session rows follow, core/session-rows.ts).
 */
import { ownerStandingOf, type OwnerStanding } from '../../domain/tracking/row';
import type { DeskDb } from '../db';
import { usersGeneration } from './session-rows';

const held = new WeakMap<DeskDb, { generation: number; standings: Promise<ReadonlyMap<string, OwnerStanding>> }>();

export function ownerStandings(db: DeskDb): Promise<ReadonlyMap<string, OwnerStanding>> {
  const generation = usersGeneration(db);
  const kept = held.get(db);
  if (kept && kept.generation === generation) return kept.standings;
  const standings = db.users.toArray().then((users) => {
    const map = new Map<string, OwnerStanding>();
    for (const user of users) {
      const standing = ownerStandingOf(user);
      if (standing) map.set(user.id, standing);
    }
    return map;
  });
  held.set(db, { generation, standings });
  // A read that failed, or overlapped a write, is not kept.
  standings.then(
    () => {
      if (usersGeneration(db) !== generation) held.delete(db);
    },
    () => held.delete(db),
  );
  return standings;
}
