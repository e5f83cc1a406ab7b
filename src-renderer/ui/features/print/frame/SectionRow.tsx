import classes from './frame.module.css';

/** The shaded heading row of one part of a form. */
export function SectionRow({ title }: { title: string }) {
  return (
    <tr>
      <th colSpan={4} className={classes.section}>
        {title}
      </th>
    </tr>
  );
}
