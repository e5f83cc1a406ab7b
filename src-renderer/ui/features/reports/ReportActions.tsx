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

/** 打印报告 · 保存为 PDF (desktop) · 导出 Excel, for the report on screen. */
export function ReportActions({ report }: { report: MonthlyReport | undefined }) {
  const { t } = useTranslation();
  const exporter = useReportExport();
  const month = report ? monthKey(report) : '';
  return (
    <Group gap="xs">
      <PrintButtons
        route={report ? reportPrintRoute(report) : '/print/report'}
        fileName={`${t('reports.actions.fileName', { month })}.pdf`}
        printLabel={t('reports.actions.print')}
        pdfLabel={t('reports.actions.savePdf')}
        disabled={report === undefined || exporter.busy}
      />
      <Button
        variant="default"
        loading={exporter.busy}
        disabled={report === undefined || exporter.busy || !exporter.ready}
        onClick={() => report && exporter.run(report)}
      >
        {t('reports.actions.exportXlsx')}
      </Button>
      {exporter.error && <ErrorAlert error={exporter.error} />}
    </Group>
  );
}
