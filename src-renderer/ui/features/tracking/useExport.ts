import { notifications } from '@mantine/notifications';
import dayjs from 'dayjs';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DeskError } from '../../../domain/common/errors';
import type { ColumnId } from '../../../domain/tracking/columns';
import type { TrackingQuery } from '../../../domain/tracking/query';
import type { TrackingRow } from '../../../domain/tracking/row';
import { encodeCsv } from '../../export/csv';
import type { RowBatch, Sheet } from '../../export/sheet';
import { encodeXlsx } from '../../export/xlsx';
import { usePlatform, useStore } from '../../data/hooks';
import { asStoreError } from '../../data/store-client';
import { errorText } from '../../i18n/errors';
import { sheetColumns, sheetRow } from './columnValues';

export type ExportFormat = 'csv' | 'xlsx';

/** What to export: the whole current view (read from its snapshot) or rows the user selected in it. */
export type ExportSource =
  | { kind: 'view'; query: TrackingQuery; snapshot: string | null }
  | { kind: 'rows'; ids: readonly string[]; query: TrackingQuery; snapshot: string | null };

export interface ExportProgress {
  format: ExportFormat;
  done: number;
  total: number;
}

/** Rows per request; the store's largest window. */
const EXPORT_WINDOW = 1_000;
/** Smaller exports finish before a progress dialog could be read. */
const SHOW_PROGRESS_FROM = 2 * EXPORT_WINDOW;

/** The encoders' bytes as the platform takes them, without copying (they always own a plain ArrayBuffer). */
function ownBuffer(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  return bytes.buffer instanceof ArrayBuffer ? new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength) : new Uint8Array(bytes);
}

/**
 * Exports to CSV or XLSX: windows of 1,000 rows of one snapshot (so the file
 * is one consistent answer even while cases change), encoded batch by batch,
 * then the platform's save dialog (Electron) or a download (web).
 */
export function useExport(columns: readonly ColumnId[], widthOf: (id: ColumnId) => number) {
  const { t } = useTranslation();
  const store = useStore();
  const platform = usePlatform();
  const [progress, setProgress] = useState<ExportProgress | null>(null);
  const controller = useRef<AbortController | null>(null);

  async function* viewBatches(query: TrackingQuery, first: { snapshot: string; total: number; rows: TrackingRow[] }, now: number, signal: AbortSignal) {
    yield first.rows.map((row) => sheetRow(t, row, columns, now));
    for (let start = first.rows.length; start < first.total; start += EXPORT_WINDOW) {
      signal.throwIfAborted();
      const window = await store.send('tracking.rows', { query, start, count: EXPORT_WINDOW, snapshot: first.snapshot });
      // The store kept our answer until now; if it had to let it go, the rest would belong to another one.
      if (window.snapshot !== first.snapshot) throw new DeskError({ code: 'tracking.cursorLost' });
      yield window.rows.map((row): RowBatch[number] => sheetRow(t, row, columns, now));
    }
  }

  /**
   * Selected cases as they are now, not as they were when ticked (someone may have moved them on since),
   * in the order of the table they were selected in, not the order they were ticked.
   */
  async function* selectedBatches(source: Extract<ExportSource, { kind: 'rows' }>, now: number, signal: AbortSignal) {
    const ids = await store.send('tracking.tableOrder', {
      query: source.query,
      ids: [...source.ids],
      ...(source.snapshot ? { snapshot: source.snapshot } : {}),
    });
    for (let start = 0; start < ids.length; start += EXPORT_WINDOW) {
      signal.throwIfAborted();
      const fresh = await store.send('tracking.rowsByIds', { ids: ids.slice(start, start + EXPORT_WINDOW) });
      yield fresh.map((row): RowBatch[number] => sheetRow(t, row, columns, now));
    }
  }

  async function run(format: ExportFormat, source: ExportSource): Promise<void> {
    if (controller.current) return;
    const abort = new AbortController();
    controller.current = abort;
    const now = Date.now();
    try {
      let rows: Sheet['rows'];
      let total: number;
      // Archived cases the view's conditions match but leave out (归档 at its default): the file does not hold them, and says so.
      let archivedLeftOut = 0;
      if (source.kind === 'view') {
        const first = await store.send('tracking.rows', {
          query: source.query,
          start: 0,
          count: EXPORT_WINDOW,
          ...(source.snapshot ? { snapshot: source.snapshot } : {}),
        });
        total = first.total;
        archivedLeftOut = first.archivedMatches;
        rows = viewBatches(source.query, first, now, abort.signal);
      } else {
        total = source.ids.length;
        rows = selectedBatches(source, now, abort.signal);
      }
      if (total >= SHOW_PROGRESS_FROM) setProgress({ format, done: 0, total });
      const sheet: Sheet = { name: t('tracking.export.sheetName'), columns: sheetColumns(t, columns, widthOf), rows, totalRows: total };
      const options = {
        signal: abort.signal,
        onProgress: (done: number) => total >= SHOW_PROGRESS_FROM && setProgress({ format, done, total }),
      };
      const data = format === 'csv' ? await encodeCsv(sheet, options) : await encodeXlsx(sheet, options);
      abort.signal.throwIfAborted();
      const suggestedName = `${t('tracking.export.fileName')}-${dayjs(now).format('YYYYMMDD-HHmm')}.${format}`;
      const filters = [
        format === 'csv' ? { name: t('tracking.export.csvFilter'), extensions: ['csv'] } : { name: t('tracking.export.xlsxFilter'), extensions: ['xlsx'] },
      ];
      const saved = await platform.saveFile({ suggestedName, filters, data: ownBuffer(data) });
      if (saved.status === 'saved') {
        const done = saved.path ? t('tracking.export.savedTo', { count: total, path: saved.path }) : t('tracking.export.done', { count: total });
        notifications.show(
          archivedLeftOut > 0
            ? { color: 'yellow', title: done, message: t('tracking.export.archivedLeftOut', { count: archivedLeftOut }), autoClose: false }
            : { color: 'teal', message: done },
        );
      }
    } catch (error) {
      if (!abort.signal.aborted) {
        notifications.show({ color: 'red', title: t('tracking.export.failed'), message: errorText(t, asStoreError(error).data), autoClose: false });
      }
    } finally {
      controller.current = null;
      setProgress(null);
    }
  }

  return {
    progress,
    run: (format: ExportFormat, source: ExportSource) => void run(format, source),
    cancel: () => controller.current?.abort(),
  };
}
