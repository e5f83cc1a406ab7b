import type { ReactNode } from 'react';
import classes from './frame.module.css';

interface ListTableProps {
  title: string;
  headers: string[];
  /** Column widths in percent, in the order of `headers`. */
  widths: number[];
  rows: Array<{ key: string; cells: ReactNode[] }>;
  empty: string;
}

/** A titled list (progress entries, pauses, …): its column headers repeat on every page it continues on. */
export function ListTable({ title, headers, widths, rows, empty }: ListTableProps) {
  return (
    <table className={classes.fields} aria-label={title}>
      <colgroup>
        {widths.map((width, i) => (
          <col key={i} style={{ width: `${width}%` }} />
        ))}
      </colgroup>
      <thead>
        <tr>
          <th colSpan={headers.length} className={classes.section}>
            {title}
          </th>
        </tr>
        <tr>
          {headers.map((header) => (
            <th key={header}>{header}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.length === 0 ? (
          <tr>
            <td colSpan={headers.length}>{empty}</td>
          </tr>
        ) : (
          rows.map((row) => (
            <tr key={row.key}>
              {row.cells.map((cell, i) => (
                <td key={i}>{cell}</td>
              ))}
            </tr>
          ))
        )}
      </tbody>
    </table>
  );
}
