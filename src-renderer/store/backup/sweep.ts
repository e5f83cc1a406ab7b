import { Dexie } from 'dexie';
import { DB_NAME } from '../db';
import { activePointer } from './active-db';
import { isScratchName } from './restore';
import { unlessWriting } from './writing-lock';

/** This desk's own databases: `complaint-desk` (where data always was) and those restores write. */
export const isDeskDatabase = (name: string): boolean => name === DB_NAME || isScratchName(name);

/**
 * Deletes the databases of this desk nothing needs any more, each a full copy of the desk's personal
 * data: the new database of a restore stopped by a crash (the store host killed while writing or
 * verifying), or one whose deletion after a restore failed. Kept: `serving` (the database this store
 * host opened), the one the pointer names and the one it keeps from the last restore, and any a
 * restore is writing now (in any context: see writing-lock.ts). Each database is checked against
 * the pointer again just before it is deleted, as a restore may have made it the active one since.
 * A database that cannot be deleted is logged and the others are still swept. Resolves with the
 * names deleted.
 */
export async function sweepDatabases(serving: string): Promise<string[]> {
  const { name: active, previous } = await activePointer();
  const candidates = (await Dexie.getDatabaseNames()).filter((name) => isDeskDatabase(name) && name !== serving && name !== active && name !== previous);
  const deleted: string[] = [];
  for (const name of candidates) {
    try {
      const gone = await unlessWriting(name, async () => {
        const pointer = await activePointer();
        if (name === pointer.name || name === pointer.previous) return false;
        await Dexie.delete(name);
        return true;
      });
      if (gone) deleted.push(name);
    } catch (error) {
      console.error(`deleting the database ${name} left behind failed`, error);
    }
  }
  return deleted;
}
