/**
 * What the import runner needs from its surroundings, per open database: where change events go
 * once a chunk has committed, how free disk space is estimated, the chunk size, and (in tests
 * only) faults to inject. Everything has a working default, so the imports area works without
 * any wiring; the store host may call `configureImports(db, { publish })` at start to push the
 * background job's changes to the windows at once (see `publishImportChanges`).
 */
import { IMPORT_CHUNK_ROWS } from '../../domain/imports/job';
import type { DeskDb } from '../db';
import type { ChangeEvent } from '../rpc/define';

export interface StorageEstimate {
  quota?: number;
  usage?: number;
}

export interface ImportFaults {
  /** Awaited before each chunk's transaction (outside it): lets a test hold the runner between chunks. */
  beforeChunk?(chunk: number): Promise<void> | void;
  /** Called inside a chunk's transaction after its writes were issued: throwing aborts the whole chunk. */
  afterWrites?(chunk: number): void;
}

/**
 * Who a publication of the background job is for: the windows (and the tracking index), the
 * deadline feed, or both. A running job tells the windows as it goes and the feed once, when it
 * stops (see the runner).
 */
export type ImportAudience = 'windows' | 'feed' | 'everyone';

export interface ImportConfig {
  /** Publishes events of the background job to the windows, the deadline feed, or both. */
  publish?: (events: ChangeEvent[], audience: ImportAudience) => void;
  /** Free-space estimate; `navigator.storage.estimate()` where it exists. null: unknown, not checked. */
  estimateStorage?: () => Promise<StorageEstimate | null>;
  chunkSize?: number;
  faults?: ImportFaults;
}

const configs = new WeakMap<DeskDb, ImportConfig>();

export function configureImports(db: DeskDb, config: ImportConfig): void {
  configs.set(db, { ...configs.get(db), ...config });
}

export function importConfig(db: DeskDb): Required<Pick<ImportConfig, 'chunkSize' | 'estimateStorage'>> & ImportConfig {
  const config = configs.get(db) ?? {};
  return { chunkSize: IMPORT_CHUNK_ROWS, estimateStorage: browserEstimate, ...config };
}

async function browserEstimate(): Promise<StorageEstimate | null> {
  const storage = (globalThis.navigator as Navigator | undefined)?.storage;
  if (typeof storage?.estimate !== 'function') return null;
  return storage.estimate();
}
