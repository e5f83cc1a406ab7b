import { Dexie, type EntityTable } from 'dexie';
import { DB_NAME } from '../db';

/**
 * Which database holds the desk's data. A restore writes a new database and then moves this pointer,
 * so a crash half-way leaves the pointer on a complete database, old or new. It lives in a tiny
 * database of its own, which a restore never replaces.
 */
interface PointerRecord {
  key: 'active';
  /** The database in use. */
  name: string;
  /** The one before the last restore, kept until the next restore succeeds. */
  previous: string | null;
}

export const META_DB_NAME = 'complaint-desk-meta';

class MetaDb extends Dexie {
  pointer!: EntityTable<PointerRecord, 'key'>;
  constructor() {
    super(META_DB_NAME, { chromeTransactionDurability: 'strict' });
    this.version(1).stores({ pointer: '&key' });
  }
}

async function withMeta<T>(work: (meta: MetaDb) => Promise<T>): Promise<T> {
  const meta = new MetaDb();
  try {
    return await work(meta);
  } finally {
    meta.close();
  }
}

/** The database to open: the last restored one, or `complaint-desk` (where existing data always was). */
export async function activeDatabaseName(): Promise<string> {
  return (await activePointer()).name;
}

/** The database in use and the one kept from the last restore (none before the first restore). */
export function activePointer(): Promise<{ name: string; previous: string | null }> {
  return withMeta(async (meta) => {
    const record = await meta.pointer.get('active');
    return { name: record?.name ?? DB_NAME, previous: record?.previous ?? null };
  });
}

export interface PointerMove {
  /** The database kept from the restore before this one: no longer needed, to be deleted. */
  superseded: string | null;
  /** Puts the pointer back (the switch could not open the new database). */
  undo(): Promise<void>;
}

/** Makes `name` the database in use; the one in use until now (`current`) is kept as `previous`. */
export async function setActiveDatabase(name: string, current: string): Promise<PointerMove> {
  const before = await withMeta((meta) =>
    meta.transaction('rw', meta.pointer, async () => {
      const record = await meta.pointer.get('active');
      await meta.pointer.put({ key: 'active', name, previous: current });
      return record;
    }),
  );
  const superseded = before?.previous ?? null;
  return {
    superseded: superseded !== null && superseded !== name && superseded !== current ? superseded : null,
    undo: () =>
      withMeta(async (meta) => {
        if (before) await meta.pointer.put(before);
        else await meta.pointer.delete('active');
      }),
  };
}
