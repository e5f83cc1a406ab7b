import { Text } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { MonthlyReport } from '../../../domain/reports/monthly';
import type { PrintSettings } from '../../../domain/settings/settings';
import { formatDateTime } from '../../components/format';
import { editionLine, periodText } from '../reports/model/period';
import { reportSections } from '../reports/model/tables';
import { ReportTableView } from '../reports/ReportTableView';
import { PrintDocument } from './frame/PrintDocument';
import { Signatures } from './frame/Signatures';
import { PaperBars, reportCharts } from './PaperBars';
import classes from './print.module.css';

function Note({ title, text }: { title: string; text: string }) {
  const { t } = useTranslation();
  return (
    <section>
      <h2>{title}</h2>
      <div className={classes.reportNote}>{text.trim() === '' ? t('reports.notes.notWritten') : text}</div>
    </section>
  );
}

/**
 * 月度投诉分析报告 on paper, in the frame of every form (the page and margins of Settings, the
 * centre, title, period and print time at the top of every page, 第 x 页 / 共 y 页 at the foot):
 * every section of the screen and the manager's notes, and which edition it is: 定稿 (by whom,
 * when), or not finalised, with the instant its data run to.
 */
export function MonthlyReportSheet({ report, centreName, paper }: { report: MonthlyReport; centreName: string; paper: PrintSettings }) {
  const { t } = useTranslation();
  const sections = useMemo(() => reportSections(t, report), [t, report]);
  const charts = useMemo(() => reportCharts(t, report), [t, report]);
  const { notes } = report;
  return (
    <PrintDocument
      title={t('reports.printTitle', { year: report.year, month: report.month })}
      centreName={centreName}
      print={paper}
      caseNo={null}
      subtitle={periodText(t, report)}
    >
      <div className={classes.reportSheet}>
        <Text fw={600}>{t('reports.total', { count: report.figures.received.total })}</Text>
        <p className={classes.reportSummary} data-testid="report-edition">
          {editionLine(t, report)}
        </p>
        {sections.map((section) => (
          <section key={section.id}>
            <h2>{section.title}</h2>
            {section.summary && <p className={classes.reportSummary}>{section.summary}</p>}
            {section.tables.map((table) => (
              <div key={table.id}>
                {section.tables.length > 1 && <h3>{table.title}</h3>}
                <ReportTableView table={table} className={classes.reportTable} dense />
                {table.note && (
                  <p className={classes.reportFootnote} style={{ whiteSpace: 'pre-line' }}>
                    {table.note}
                  </p>
                )}
                {charts[table.id] && <PaperBars {...charts[table.id]!} />}
              </div>
            ))}
          </section>
        ))}
        <Note title={t('reports.sections.analysis')} text={notes?.analysis ?? ''} />
        <Note title={t('reports.sections.recommendations')} text={notes?.recommendations ?? ''} />
        {notes && (
          <p className={classes.reportSummary}>{t('reports.notes.savedBy', { name: notes.updatedBy.name, at: formatDateTime(notes.updatedAt) })}</p>
        )}
        {/* Signed by who prepared it and who reviewed it, as a report filed on paper is. */}
        <Signatures labels={[t('reports.signatures.preparedBy'), t('reports.signatures.reviewedBy')]} />
      </div>
    </PrintDocument>
  );
}
