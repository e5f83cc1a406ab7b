/**
 * Which users can no longer carry out the cases they own (deactivated, or moved to a role that does
 * not handle cases), held in memory: the tracking table marks their rows on every window it reads,
 * and users are few and change seldom. Forgotten on any change of the users (`noteChanges`).
 */
import { ownerStandingOf, type OwnerStanding } from '../../domain/tracking/row';
import type { DeskDb } from '../db';

const held = new WeakMap<DeskDb, Promise<ReadonlyMap<string, OwnerStanding>>>();

export function ownerStandings(db: DeskDb): Promise<ReadonlyMap<string, OwnerStanding>> {
  let standings = held.get(db);
  if (!standings) {
    standings = db.users.toArray().then((users) => {
      const map = new Map<string, OwnerStanding>();
      for (const user of users) {
        const standing = ownerStandingOf(user);
        if (standing) map.set(user.id, standing);
      }
      return map;
    });
    held.set(db, standings);
    // A failed read is tried again next time rather than kept.
    standings.catch(() => held.delete(db));
  }
  return standings;
}

export function forgetOwnerStandings(db: DeskDb): void {
  held.delete(db);
}
