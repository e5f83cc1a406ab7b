import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { monthKey, type MonthlyReport } from '../../../domain/reports/monthly';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PrintButtons } from '../../components/PrintButtons';
import { useReportExport } from './useReportExport';

/** The print view of a month's report. */
export function reportPrintRoute({ year, month }: { year: number; month: number }): string {
  return `/print/report/${year}/${month}`;
}

/**
 * 打印报告 · 保存为 PDF (desktop) · 导出 Excel, for the report on screen. The print view shows a
 * finalised month's final edition: while its current data are on screen (`finalOnly`), nothing is
 * offered, so no paper of them passes for the report (the page says to go back to the edition).
 */
export function ReportActions({ report, finalOnly = false }: { report: MonthlyReport | undefined; finalOnly?: boolean }) {
  const { t } = useTranslation();
  const exporter = useReportExport();
  const month = report ? monthKey(report) : '';
  const unavailable = report === undefined || finalOnly;
  return (
    <Group gap="xs">
      <PrintButtons
        route={report ? reportPrintRoute(report) : '/print/report'}
        fileName={`${t('reports.actions.fileName', { month })}.pdf`}
        printLabel={t('reports.actions.print')}
        pdfLabel={t('reports.actions.savePdf')}
        disabled={unavailable || exporter.busy}
      />
      <Button
        variant="default"
        loading={exporter.busy}
        disabled={unavailable || exporter.busy || !exporter.ready}
        onClick={() => report && exporter.run(report)}
      >
        {t('reports.actions.exportXlsx')}
      </Button>
      {exporter.error && <ErrorAlert error={exporter.error} />}
    </Group>
  );
}
