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

/** The label's font size, and how much of it a character takes: a CJK one its full size, others about 0.6. */
const FONT = 11;
const charUnits = (char: string) => (/[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/u.test(char) ? FONT : FONT * 0.6);

/** A label cut to the room left of the bars, with … (the table above names it whole). */
function fitted(label: string, room = LABEL - 8): string {
  let used = 0;
  const chars = [...label];
  for (let i = 0; i < chars.length; i += 1) {
    used += charUnits(chars[i]!);
    if (used > room) return `${chars.slice(0, Math.max(1, i - 1)).join('')}…`;
  }
  return label;
}

/**
 * A horizontal bar chart for paper: black on white (a grey laser print reads it), every bar
 * labelled with its count, so nothing depends on colour or on a legend. The rows are as given;
 * `description` reads the whole chart out (title and every bar), for screen readers.
 */
export function PaperBars({ title, bars, description }: { title: string; bars: Bar[]; description: string }) {
  const max = Math.max(1, ...bars.map((bar) => bar.value));
  const span = WIDTH - LABEL - VALUE;
  const height = bars.length * ROW + 4;
  return (
    <figure className={classes.paperChart}>
      <figcaption>{title}</figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${height}`} width="100%" role="img" aria-label={description}>
        {bars.map((bar, i) => {
          const y = i * ROW + 2;
          const length = (bar.value / max) * span;
          return (
            <g key={bar.label} data-bar={bar.label} data-value={bar.value}>
              <text x={LABEL - 6} y={y + ROW * 0.7} textAnchor="end" fontSize={FONT}>
                {fitted(bar.label)}
              </text>
              <rect x={LABEL} y={y + 2} width={Math.max(bar.value > 0 ? 1 : 0, length)} height={ROW - 5} fill="#555" />
              <text x={LABEL + length + 4} y={y + ROW * 0.7} fontSize={FONT}>
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
export function reportCharts(t: TFunction, report: MonthlyReport): Partial<Record<string, { title: string; bars: Bar[]; description: string }>> {
  const { received, categories, byDepartment } = report.figures;
  if (received.total === 0) return {};
  const chart = (title: string, all: Bar[]) => {
    const bars = all.filter((bar) => bar.value > 0);
    const read = bars.map((bar) => t('reports.charts.bar', { label: bar.label, count: bar.value })).join(t('case.listSeparator'));
    return { title, bars, description: t('reports.charts.described', { title, bars: read }) };
  };
  return {
    byChannel: chart(t('reports.charts.byChannel'), CHANNELS.map((c) => ({ label: t(`channel.${c}`), value: received.channelTotals[c] }))),
    byCategory: chart(
      t('reports.charts.byCategory'),
      categories.map((c) => ({ label: c.category === null ? t('reports.ungraded') : t(`category.${c.category}`), value: c.count })),
    ),
    departments: chart(
      t('reports.charts.byDepartment'),
      [...byDepartment].sort((a, b) => b.received - a.received).map((d) => ({ label: d.department || t('reports.noDepartment'), value: d.received })),
    ),
  };
}
