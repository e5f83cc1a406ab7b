import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { monthKey, type MonthlyReport } from '../../../domain/reports/monthly';
import { encodeXlsxWorkbook } from '../../export/xlsx';
import { usePlatform, useStoreQuery } from '../../data/hooks';
import { asStoreError } from '../../data/store-client';
import { errorText } from '../../i18n/errors';
import { reportSheets } from './model/workbook';

/** The report's tables as one workbook, a sheet per table, through the save dialog (Electron) or a download (web). */
export function useReportExport() {
  const { t } = useTranslation();
  const platform = usePlatform();
  const [busy, setBusy] = useState(false);
  const settings = useStoreQuery('settings.get', {}, 'settings');

  async function run(report: MonthlyReport): Promise<void> {
    setBusy(true);
    try {
      const bytes = await encodeXlsxWorkbook(reportSheets(t, report, { centreName: settings.data?.centreName ?? '', exportedAt: Date.now() }));
      // The encoder's bytes own a plain ArrayBuffer; the platform takes exactly that.
      const data = new Uint8Array(bytes.buffer as ArrayBuffer, bytes.byteOffset, bytes.byteLength);
      const saved = await platform.saveFile({
        suggestedName: `${t('reports.actions.fileName', { month: monthKey(report) })}.xlsx`,
        filters: [{ name: t('reports.actions.xlsxFilter'), extensions: ['xlsx'] }],
        data,
      });
      if (saved.status === 'saved') {
        notifications.show({
          color: 'teal',
          message: saved.path ? t('reports.actions.exported', { path: saved.path }) : t('reports.actions.exportedDownload'),
        });
      }
    } catch (error) {
      notifications.show({ color: 'red', title: t('reports.actions.exportFailed'), message: errorText(t, asStoreError(error).data), autoClose: false });
    } finally {
      setBusy(false);
    }
  }

  // The workbook's overview names the centre: offered once the settings have come (their failure is said where the button is).
  return { busy, ready: settings.data !== undefined, error: settings.error, run: (report: MonthlyReport) => void run(report) };
}
