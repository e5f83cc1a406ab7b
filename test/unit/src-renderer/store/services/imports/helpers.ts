import type { DeskDb } from '../../../../../../src-renderer/store/db';
import type { ImportJobRecord } from '../../../../../../src-renderer/domain/imports/job';
import type { ImportMapping } from '../../../../../../src-renderer/domain/imports/mapping';
import { runnerOf } from '../../../../../../src-renderer/store/imports/runner';
import { ok, type TestStore } from '../../fixtures';

/** A CSV file as a spreadsheet program writes it (UTF-8, quoted where needed). */
export function csv(rows: readonly (readonly string[])[]): Uint8Array {
  const quote = (cell: string) => (/[",\n\r]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell);
  return new TextEncoder().encode(rows.map((row) => row.map(quote).join(',')).join('\r\n') + '\r\n');
}

export const HEADERS = ['投诉单号', '原系统编号', '投诉时间', '投诉渠道', '客户姓名', '联系电话', '投诉内容', '严重程度', '投诉类别', '状态', '结案时间', '处理结果'];

/** One good historical row; `closed` gives it a closing time and a resolution. */
export function goodRow(n: number, overrides: Partial<Record<(typeof HEADERS)[number], string>> = {}, closed = false): string[] {
  const values: Record<string, string> = {
    投诉单号: '',
    原系统编号: `OLD-${n}`,
    投诉时间: `2026-10-${String((n % 28) + 1).padStart(2, '0')} 09:${String(n % 60).padStart(2, '0')}`,
    投诉渠道: '电话',
    客户姓名: `客户${n}`,
    联系电话: '13812345678',
    投诉内容: `第 ${n} 宗：快递延误。`,
    严重程度: '一般',
    投诉类别: '物流配送',
    状态: closed ? '已结案' : '',
    结案时间: closed ? `2026-11-${String((n % 20) + 1).padStart(2, '0')} 15:00` : '',
    处理结果: closed ? `已补发，第 ${n} 宗。` : '',
    ...overrides,
  };
  return HEADERS.map((header) => values[header]!);
}

export interface Analysis {
  fileId: string;
  fileHash: string;
  headers: string[];
  rowCount: number;
  mapping: ImportMapping;
  sample: string[][];
  interrupted: { jobId: string; chunksDone: number; rowsProcessed: number; rowsImported: number; rowsSkipped: number; totalRows: number; fileName: string } | null;
}

export const analyze = async (store: TestStore, data: Uint8Array, fileName = 'history.csv') =>
  ok<Analysis>(await store.send('imports.analyze', { fileName, data }, 'supervisor'));

export const progress = async (store: TestStore, jobId: string) => ok<ImportJobRecord>(await store.send('imports.progress', { jobId }, 'supervisor'));

/** Waits for the background job to stop, then reads it (which also publishes its waiting changes). */
export async function finished(store: TestStore, jobId: string): Promise<ImportJobRecord> {
  await runnerOf(store.db, jobId)?.finished;
  return progress(store, jobId);
}

/** A promise with its resolve, to hold the runner between chunks. */
export function gate(): { promise: Promise<void>; open(): void } {
  let open = () => undefined as void;
  const promise = new Promise<void>((resolve) => (open = resolve));
  return { promise, open };
}

/** A fault holding the import before chunk `n` until `open()`; `reached` settles once it waits there (its earlier chunks written). */
export function holdBefore(n: number): { beforeChunk: (chunk: number) => Promise<void> | undefined; reached: Promise<void>; open(): void } {
  const held = gate();
  const reached = gate();
  const beforeChunk = (chunk: number) => {
    if (chunk !== n) return undefined;
    reached.open();
    return held.promise;
  };
  return { beforeChunk, reached: reached.promise, open: held.open };
}

/** The cases the import jobs' audit chains list (`imports.chunk` events: [id, no, row] each), in chain order. */
export async function auditedImports(db: DeskDb): Promise<string[]> {
  const events = (await db.audit.toArray()).filter((event) => event.command === 'imports.chunk');
  return events.flatMap((event) => (event.detail!.cases as [string, string, number][]).map(([id]) => id));
}
