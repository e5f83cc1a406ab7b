import type { ReactNode } from 'react';
import classes from './frame.module.css';

/** A bordered four-column table of labels and values (two fields to a row), as on the paper forms. */
export function FieldTable({ label, children }: { label: string; children: ReactNode }) {
  return (
    <table className={classes.fields} aria-label={label}>
      <colgroup>
        <col className={classes.label} />
        <col />
        <col className={classes.label} />
        <col />
      </colgroup>
      <tbody>{children}</tbody>
    </table>
  );
}
