import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { PrintSettings } from '../../../../domain/settings/settings';
import { formatDateTime } from '../../../components/format';
import { CaseQr } from './CaseQr';
import classes from './frame.module.css';
import { PAGE_COUNTER_VALUES, pageRules } from './pageRules';

interface PrintDocumentProps {
  title: string;
  centreName: string;
  print: PrintSettings;
  /** Null on a blank form: a line to write the number on instead. */
  caseNo: string | null;
  /** What the number is when not a case's (请求编号 of a deletion request's reply). */
  numberLabel?: string;
  /** A list of many cases (the tracking table on paper): no case number, landscape pages. */
  list?: boolean;
  /** A document of no one case (the monthly report): this line (its period) instead of a case number. */
  subtitle?: string;
  children: ReactNode;
}

/**
 * The frame of every printed form: the page from Settings, a header on every
 * page (centre, title, case number and its QR code, print time) and
 * “第 x 页 / 共 y 页” in the bottom margin.
 */
export function PrintDocument({ title, centreName, print, caseNo, numberLabel, list = false, subtitle, children }: PrintDocumentProps) {
  const { t } = useTranslation();
  const noLabel = numberLabel ?? t('print.caseNo');
  const [printedAt] = useState(Date.now);
  return (
    <article className={list ? `${classes.document} ${classes.list}` : classes.document} aria-label={title}>
      <style>{pageRules(print, t('print.pageOf', PAGE_COUNTER_VALUES), list ? 'landscape' : 'portrait')}</style>
      <table className={classes.frame} role="presentation">
        <thead>
          <tr>
            <td>
              <header className={classes.header}>
                <div className={classes.heading}>
                  <div className={classes.centre}>{centreName}</div>
                  <h1 className={classes.title}>{title}</h1>
                </div>
                <div className={classes.meta}>
                  <div className={classes.metaLines}>
                    {subtitle !== undefined && <span>{subtitle}</span>}
                    {!list && subtitle === undefined && (
                      <span>
                        {noLabel}
                        {t('print.colon')}{caseNo ? <span className={classes.caseNo}>{caseNo}</span> : <span className={classes.blankNo} />}
                      </span>
                    )}
                    <span className={classes.printedAt}>
                      {t('print.printedAt')}
                      {t('print.colon')}{formatDateTime(printedAt)}
                    </span>
                  </div>
                  {caseNo && !list && <CaseQr value={caseNo} label={`${noLabel} ${caseNo}`} />}
                </div>
              </header>
            </td>
          </tr>
        </thead>
        <tbody>
          <tr>
            <td>{children}</td>
          </tr>
        </tbody>
      </table>
    </article>
  );
}
