/** Changes to the table layout (order, hidden columns, widths) made from the header and the columns menu. */
import { columnOrder, type ColumnId, type TableLayout } from '../../../domain/tracking/columns';

// The one order the grid and the menu both follow.
export { columnOrder } from '../../../domain/tracking/columns';

/** Puts `column` at position `to` of the full order. */
export function moveColumn(layout: TableLayout, column: ColumnId, to: number): TableLayout {
  const order = columnOrder(layout).filter((id) => id !== column);
  order.splice(Math.max(0, Math.min(order.length, to)), 0, column);
  return { ...layout, order };
}

/** Puts `column` just before `before` (a header dropped onto another). */
export function moveBefore(layout: TableLayout, column: ColumnId, before: ColumnId): TableLayout {
  const without = columnOrder(layout).filter((id) => id !== column);
  return moveColumn(layout, column, without.indexOf(before));
}

export function setHidden(layout: TableLayout, column: ColumnId, hidden: boolean): TableLayout {
  const others = layout.hidden.filter((id) => id !== column);
  return { ...layout, hidden: hidden ? [...others, column] : others };
}

/** A new width, or null to go back to the column's default. */
export function setWidth(layout: TableLayout, column: ColumnId, width: number | null): TableLayout {
  const widths = { ...layout.widths };
  if (width === null) delete widths[column];
  else widths[column] = width;
  return { ...layout, widths };
}
