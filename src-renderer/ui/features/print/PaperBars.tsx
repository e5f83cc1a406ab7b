import type { TFunction } from 'i18next';
import type { MonthlyReport } from '../../../domain/reports/monthly';
import { CHANNELS } from '../../../domain/cases/vocabulary';
import classes from './print.module.css';

export interface Bar {
  label: string;
  value: number;
}

/** Layout of a chart in SVG units: one row a bar, the label left of it and the count after it. */
const ROW = 16;
const LABEL = 130;
const WIDTH = 600;
const VALUE = 60;

/**
 * A horizontal bar chart for paper: black on white (a grey laser print reads it), every bar
 * labelled with its count, so nothing depends on colour or on a legend. The rows are as given.
 */
export function PaperBars({ title, bars }: { title: string; bars: Bar[] }) {
  const max = Math.max(1, ...bars.map((bar) => bar.value));
  const span = WIDTH - LABEL - VALUE;
  const height = bars.length * ROW + 4;
  return (
    <figure className={classes.paperChart}>
      <figcaption>{title}</figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${height}`} width="100%" role="img" aria-label={`${title}：${bars.map((bar) => `${bar.label} ${bar.value}`).join('，')}`}>
        {bars.map((bar, i) => {
          const y = i * ROW + 2;
          const length = (bar.value / max) * span;
          return (
            <g key={bar.label} data-bar={bar.label} data-value={bar.value}>
              <text x={LABEL - 6} y={y + ROW * 0.7} textAnchor="end" fontSize={11}>
                {bar.label}
              </text>
              <rect x={LABEL} y={y + 2} width={Math.max(bar.value > 0 ? 1 : 0, length)} height={ROW - 5} fill="#555" />
              <text x={LABEL + length + 4} y={y + ROW * 0.7} fontSize={11}>
                {bar.value}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}

/**
 * The charts the printed report carries after a table, by the table's id: cases received by channel,
 * by category and by department, most first (channels in their usual order). None for a month
 * without cases: an empty chart says nothing the table does not.
 */
export function reportCharts(t: TFunction, report: MonthlyReport): Partial<Record<string, { title: string; bars: Bar[] }>> {
  const { received, categories, byDepartment } = report.figures;
  if (received.total === 0) return {};
  const nonZero = (bars: Bar[]) => bars.filter((bar) => bar.value > 0);
  return {
    byChannel: { title: t('reports.charts.byChannel'), bars: nonZero(CHANNELS.map((c) => ({ label: t(`channel.${c}`), value: received.channelTotals[c] }))) },
    byCategory: {
      title: t('reports.charts.byCategory'),
      bars: nonZero(categories.map((c) => ({ label: c.category === null ? t('reports.ungraded') : t(`category.${c.category}`), value: c.count }))),
    },
    departments: {
      title: t('reports.charts.byDepartment'),
      bars: nonZero(
        [...byDepartment].sort((a, b) => b.received - a.received).map((d) => ({ label: d.department || t('reports.noDepartment'), value: d.received })),
      ),
    },
  };
}
