import { Text, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MonthlyReport } from '../../../domain/reports/monthly';
import { formatDateTime } from '../../components/format';
import { periodText } from '../reports/model/period';
import { reportSections } from '../reports/model/tables';
import { ReportTableView } from '../reports/ReportTableView';
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

/** 月度投诉分析报告 on A4: every section of the screen, the manager's notes, the centre and the print time. */
export function MonthlyReportSheet({ report, centreName }: { report: MonthlyReport; centreName: string }) {
  const { t } = useTranslation();
  const [printedAt] = useState(Date.now);
  const sections = useMemo(() => reportSections(t, report), [t, report]);
  const { notes } = report;
  return (
    <article className={classes.reportSheet}>
      <Title order={1} ta="center" size="h2">
        {t('reports.docTitle', { centre: centreName, year: report.year, month: report.month }).trim()}
      </Title>
      <div className={classes.meta}>
        <span>{periodText(t, report)}</span>
        <span>
          {t('print.printedAt')}
          {t('print.colon')}{formatDateTime(printedAt)}
        </span>
      </div>
      <Text fw={600} mt="sm">
        {t('reports.total', { count: report.figures.received.total })}
      </Text>
      {sections.map((section) => (
        <section key={section.id}>
          <h2>{section.title}</h2>
          {section.summary && <p className={classes.reportSummary}>{section.summary}</p>}
          {section.tables.map((table) => (
            <div key={table.id}>
              {section.tables.length > 1 && <h3>{table.title}</h3>}
              <ReportTableView table={table} className={classes.reportTable} dense />
            </div>
          ))}
        </section>
      ))}
      <Note title={t('reports.sections.analysis')} text={notes?.analysis ?? ''} />
      <Note title={t('reports.sections.recommendations')} text={notes?.recommendations ?? ''} />
      {notes && (
        <p className={classes.reportSummary}>{t('reports.notes.savedBy', { name: notes.updatedBy.name, at: formatDateTime(notes.updatedAt) })}</p>
      )}
    </article>
  );
}
