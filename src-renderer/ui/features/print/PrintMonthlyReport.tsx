import { useEffect } from 'react';
import { ErrorAlert } from '../../components/ErrorAlert';
import { usePlatform, useStoreQuery } from '../../data/hooks';
import { MonthlyReportSheet } from './MonthlyReportSheet';

/**
 * 月度投诉分析报告 as printable A4 pages, for the route `/print/report/:year/:month`.
 * Tells the platform when the report is on screen so nothing prints half drawn.
 */
export function PrintMonthlyReport({ year, month }: { year: string; month: string }) {
  const platform = usePlatform();
  // Whatever the route holds goes to the store host, which refuses a month that is not one.
  const args = { year: Number(year), month: Number(month) };
  const report = useStoreQuery('reports.monthly', args, `${year}-${month}`);
  const settings = useStoreQuery('settings.get', {}, 'settings');
  const error = report.error ?? settings.error;
  const complete = report.data !== undefined && settings.data !== undefined;

  useEffect(() => {
    if (complete || error) platform.printReady();
  }, [complete, error, platform]);

  if (error) return <ErrorAlert error={error} />;
  if (!report.data || !settings.data) return null;
  return <MonthlyReportSheet report={report.data} centreName={settings.data.centreName} paper={settings.data.print} />;
}
