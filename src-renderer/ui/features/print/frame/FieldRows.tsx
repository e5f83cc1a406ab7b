import type { ReactNode } from 'react';
import classes from './frame.module.css';

/** A label and its value; a null value leaves room to write by hand (`tall` for long texts). */
export interface Field {
  label: string;
  value: ReactNode | null;
  tall?: boolean;
}

export type FieldRow = [Field] | [Field, Field];

function blankClass(field: Field): string | undefined {
  if (field.value !== null) return undefined;
  return field.tall ? classes.blankTall : classes.blank;
}

/** About a third of a page of text: a row longer than this may break across pages where it stands. */
const FLOWING_TEXT = 600;

/** Any long text flows (a description under a grading form's summary too): kept whole, it would leave a page nearly empty. */
const flows = (row: FieldRow) => row.some((field) => typeof field.value === 'string' && field.value.length > FLOWING_TEXT);

/** Two fields to a row; a single field takes the whole row (long texts wrap and may continue on the next page). */
export function FieldRows({ rows }: { rows: FieldRow[] }) {
  return rows.map((row) => (
    <tr key={row.map((field) => field.label).join('|')} className={flows(row) ? classes.flows : undefined}>
      {row.flatMap((field) => [
        <th key={`${field.label}-label`} scope="row">
          {field.label}
        </th>,
        <td key={`${field.label}-value`} colSpan={row.length === 1 ? 3 : 1} className={blankClass(field)}>
          {field.value}
        </td>,
      ])}
    </tr>
  ));
}
